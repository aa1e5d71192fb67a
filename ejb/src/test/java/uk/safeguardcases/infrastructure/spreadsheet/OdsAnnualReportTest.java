package uk.safeguardcases.infrastructure.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.annualreport.AnnualReport;
import uk.safeguardcases.application.annualreport.AnnualWords;
import uk.safeguardcases.application.annualreport.ReportRow;
import uk.safeguardcases.application.annualreport.ReportSection;
import uk.safeguardcases.application.annualreport.ReportSpread;
import uk.safeguardcases.application.annualreport.ReportTable;
import uk.safeguardcases.application.annualreport.RowLabel;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.domain.report.Shown;
import uk.safeguardcases.domain.report.Spread;

/** The spreadsheet read back as a spreadsheet program would: a sheet per section, numbers as numbers, no hidden count. */
class OdsAnnualReportTest {

    @Test
    void eachSectionIsASheetWithPublishedCountsAsNumbersAndHiddenOnesAsWords() throws IOException {
        ReportTable sources = new ReportTable("concerns.source", List.of(
                new ReportRow(RowLabel.of(CaseSource.MONITORING), Shown.of(12), Shown.of(20)),
                new ReportRow(RowLabel.of(CaseSource.SELF_REPORT), new Shown(3, Shown.Mark.FEWER_THAN_FIVE),
                        Shown.of(9)),
                new ReportRow(RowLabel.of(CaseSource.MANUAL), new Shown(7, Shown.Mark.WITHHELD), Shown.of(0))),
                new ReportRow(RowLabel.of("figure.total"), Shown.of(22), Shown.of(29)));
        AnnualReport report = new AnnualReport("Cwm Taf Safeguarding Boards", "Byrddau Diogelu Cwm Taf", true,
                ReportPeriod.financialYear(2025), List.of(
                        new ReportSection("investigations", List.of(sources), List.of(), "Our year: “busier”.",
                                "Ein blwyddyn: “prysurach”."),
                        new ReportSection("duration", List.of(), List.of(new ReportSpread("closure",
                                new Spread(12, 10.25, 30.0), new Spread(2, 1.0, 2.0))), null, null)),
                Instant.parse("2026-05-01T09:00:00Z"));

        byte[] ods = new OdsAnnualReport().spreadsheet(report, AnnualWords.in(Texts.WELSH));

        SpreadSheet book = new SpreadSheet(new ByteArrayInputStream(ods));
        assertThat(book.getSheets()).extracting(Sheet::getName).containsExactly("Ymchwiliadau", "Pa mor hir");
        List<List<Object>> investigations = rows(book.getSheet(0));
        assertThat(investigations).contains(List.of("Offeryn monitro", 12.0, 20.0),
                List.of("Hunan-adrodd", "llai na 5", 9.0), List.of("Codwyd gan swyddog", "wedi’i gadw’n ôl", 0.0),
                List.of("Cyfanswm", 22.0, 29.0));
        assertThat(investigations.stream().flatMap(List::stream)).contains("Ein blwyddyn: “prysurach”.")
                .doesNotContain(3.0, 7.0);
        assertThat(rows(book.getSheet(1))).contains(List.of("Canolrif", 10.3, "heb ei gyhoeddi (rhy ychydig o achosion)"),
                List.of("Achosion a gaewyd", 12.0, "llai na 5"));
    }

    private static List<List<Object>> rows(Sheet sheet) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] row : sheet.getDataRange().getValues()) {
            rows.add(new ArrayList<>(Arrays.asList(row)));
        }
        return rows;
    }
}

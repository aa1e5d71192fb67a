package uk.safeguardcases.application.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.domain.report.Spread;

/** The annual report as the API's data: the CSV's figures and words, and no number behind a figure not published. */
class AnnualReportDataTest {

    private static AnnualReport report() {
        Map<RowLabel, Long> now = new LinkedHashMap<>();
        now.put(RowLabel.of(CaseSource.MONITORING), 12L);
        now.put(RowLabel.of(CaseSource.SELF_REPORT), 3L);
        now.put(RowLabel.of(CaseSource.MANUAL), 7L);
        ReportTable table = AnnualReportService.published(new RawTable("concerns.source", now, true),
                new RawTable("concerns.source", now, true));
        return new AnnualReport("Cwm Taf Safeguarding Boards", "Byrddau Diogelu Cwm Taf", true,
                ReportPeriod.financialYear(2025),
                List.of(new ReportSection("investigations", List.of(table), List.of(),
                                "Six – “quoted” £5 ‏🙂", "Chwech – ŵ ŷ"),
                        new ReportSection("duration", List.of(), List.of(new ReportSpread("closure",
                                new Spread(3, 2.0, 3.0), new Spread(12, 10.25, 30.0))), null, null)),
                Instant.parse("2026-05-01T09:00:00Z"));
    }

    @Test
    void eachFigureIsTheCsvsAndOneNotPublishedHasOnlyItsWords() {
        AnnualReportData data = AnnualReportData.of(report(), Texts.ENGLISH);

        assertThat(data.language()).isEqualTo("en");
        assertThat(data.board()).isEqualTo("Cwm Taf Safeguarding Boards");
        assertThat(data.period()).isEqualTo(new AnnualReportData.Period(LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 3, 31), "2025–26"));
        assertThat(data.periodBefore().label()).isEqualTo("2024–25");
        AnnualReportData.Section investigations = data.sections().get(0);
        assertThat(investigations.title()).isEqualTo("Investigations");
        assertThat(investigations.narrative()).isEqualTo("Six – “quoted” £5 ‏🙂");
        assertThat(investigations.narrativeCy()).isEqualTo("Chwech – ŵ ŷ");
        AnnualReportData.Table bySource = investigations.tables().get(0);
        assertThat(bySource.title()).isEqualTo("Concerns by source");
        assertThat(bySource.rows()).extracting(AnnualReportData.Row::label, AnnualReportData.Row::period)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Monitoring tool", new AnnualReportData.Figure(12L, "12")),
                        org.assertj.core.groups.Tuple.tuple("Self-report",
                                new AnnualReportData.Figure(null, "fewer than 5")),
                        org.assertj.core.groups.Tuple.tuple("Raised by an officer",
                                new AnnualReportData.Figure(null, "withheld")));
        assertThat(bySource.total()).isEqualTo(new AnnualReportData.Row("Total", new AnnualReportData.Figure(22L, "22"),
                new AnnualReportData.Figure(22L, "22")));
        AnnualReportData.Duration closure = data.sections().get(1).durations().get(0);
        assertThat(closure.cases()).isEqualTo(new AnnualReportData.Figure(null, "fewer than 5"));
        assertThat(closure.medianDays()).isNull();
        assertThat(closure.median()).isEqualTo("not published (too few cases)");
        assertThat(closure.medianDaysBefore()).isEqualTo(10.3);
        assertThat(closure.medianBefore()).isEqualTo("10.3 days");
        assertThat(closure.ninetiethDaysBefore()).isEqualTo(30.0);
    }

    @Test
    void inWelshTheBoardsWelshNameAndTheReportsWelshWords() {
        AnnualReportData data = AnnualReportData.of(report(), Texts.WELSH);

        assertThat(data.language()).isEqualTo("cy");
        assertThat(data.board()).isEqualTo("Byrddau Diogelu Cwm Taf");
        assertThat(data.sections().get(0).title()).isEqualTo("Ymchwiliadau");
        assertThat(data.sections().get(0).tables().get(0).title()).isEqualTo("Pryderon yn ôl ffynhonnell");
        assertThat(data.sections().get(0).tables().get(0).rows().get(1))
                .isEqualTo(new AnnualReportData.Row("Hunan-adrodd", new AnnualReportData.Figure(null, "llai na 5"),
                        new AnnualReportData.Figure(null, "llai na 5")));
    }
}

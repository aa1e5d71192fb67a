package uk.safeguardcases.infrastructure.spreadsheet;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import com.github.miachm.sods.Style;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.annualreport.AnnualReport;
import uk.safeguardcases.application.annualreport.AnnualReportSpreadsheet;
import uk.safeguardcases.application.annualreport.AnnualWords;
import uk.safeguardcases.application.annualreport.ReportRow;
import uk.safeguardcases.application.annualreport.ReportSection;
import uk.safeguardcases.application.annualreport.ReportSpread;
import uk.safeguardcases.application.annualreport.ReportTable;
import uk.safeguardcases.domain.report.Shown;

/**
 * The annual report as an OpenDocument spreadsheet (ISO/IEC 26300, what the UK government's open standards ask for),
 * written by SODS ({@code com.github.miachm.sods}): a small library with no dependencies of its own that writes and
 * reads .ods, where the ODF Toolkit brings Xerces and a document object model the report does not need. One sheet per
 * section; a published number is a number cell (so a reader can add it up), a figure not published is its words.
 */
@ApplicationScoped
public class OdsAnnualReport implements AnnualReportSpreadsheet {

    private static final int COLUMNS = 3;

    @Override
    public byte[] spreadsheet(AnnualReport report, AnnualWords words) {
        SpreadSheet book = new SpreadSheet();
        Style bold = new Style();
        bold.setBold(true);
        for (ReportSection section : report.sections()) {
            List<Object[]> lines = new ArrayList<>();
            List<Integer> headings = new ArrayList<>();
            headings.add(lines.size());
            lines.add(line(words.text("section." + section.key() + ".title"), "", ""));
            lines.add(line(words.text("section." + section.key() + ".intro"), "", ""));
            if (words.welsh() && section.narrativeCy() != null) {
                lines.add(line(section.narrativeCy(), "", ""));
            }
            if (section.narrative() != null) {
                lines.add(line(section.narrative(), "", ""));
            }
            String current = words.text("column.period", report.period().label());
            String previous = words.text("column.period", report.previous().label());
            for (ReportTable table : section.tables()) {
                lines.add(line("", "", ""));
                headings.add(lines.size());
                lines.add(line(words.text("table." + table.key() + ".title"), current, previous));
                for (ReportRow row : table.rows()) {
                    lines.add(line(words.label(row.label()), figure(row.current(), words),
                            figure(row.previous(), words)));
                }
                if (table.total() != null) {
                    headings.add(lines.size());
                    lines.add(line(words.text("figure.total"), figure(table.total().current(), words),
                            figure(table.total().previous(), words)));
                }
            }
            for (ReportSpread spread : section.spreads()) {
                lines.add(line("", "", ""));
                headings.add(lines.size());
                lines.add(line(words.text("spread." + spread.key() + ".title"), current, previous));
                lines.add(line(words.text("spread.cases"), figure(spread.current().shownCases(), words),
                        figure(spread.previous().shownCases(), words)));
                lines.add(line(words.text("spread.median"), days(spread.current().publishedMedian(), words),
                        days(spread.previous().publishedMedian(), words)));
                lines.add(line(words.text("spread.ninetieth"), days(spread.current().publishedNinetieth(), words),
                        days(spread.previous().publishedNinetieth(), words)));
            }
            Sheet sheet = new Sheet(sheetName(words.text("section." + section.key() + ".title")), lines.size(),
                    COLUMNS);
            Object[][] values = lines.toArray(new Object[0][]);
            sheet.getDataRange().setValues(values);
            for (int heading : headings) {
                Range range = sheet.getRange(heading, 0, 1, COLUMNS);
                range.setStyle(bold);
            }
            sheet.setColumnWidth(0, 120.0);
            sheet.setColumnWidth(1, 40.0);
            sheet.setColumnWidth(2, 40.0);
            book.appendSheet(sheet);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            book.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("The spreadsheet could not be written", e);
        }
        return out.toByteArray();
    }

    private static Object[] line(Object label, Object current, Object previous) {
        return new Object[] {label, current, previous};
    }

    /** A published count as a number; a figure not published as its words. */
    private static Object figure(Shown shown, AnnualWords words) {
        return shown.isShown() ? (Object) (double) shown.value() : words.shown(shown);
    }

    private static Object days(java.util.Optional<Double> days, AnnualWords words) {
        return days.<Object>map(d -> Math.round(d * 10) / 10.0).orElse(words.days(days));
    }

    /** Sheet names may not hold [ ] * ? : / \ and are at most 31 characters in spreadsheets that read them. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]*?:/\\\\]", " ");
        return name.length() <= 31 ? name : name.substring(0, 31);
    }
}

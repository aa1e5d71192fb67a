package uk.safeguardcases.application.annualreport;

import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.CsvCells;

/**
 * The annual report as CSV, one line per row of every table: section, figure, row, the period, the period before.
 * Figures not published are written as the page writes them ("fewer than 5", "withheld"), never as numbers; the
 * statistics of how long follow as rows of their own.
 */
public final class AnnualReportCsv {

    private AnnualReportCsv() {
    }

    public static String write(AnnualReport report, AnnualWords words) {
        StringBuilder csv = new StringBuilder();
        csv.append(CsvCells.line(List.of(words.text("csv.section"), words.text("csv.figure"), words.text("csv.row"),
                words.text("column.period", report.period().label()),
                words.text("column.period", report.previous().label()))));
        for (ReportSection section : report.sections()) {
            String sectionTitle = words.text("section." + section.key() + ".title");
            for (ReportTable table : section.tables()) {
                String title = words.text("table." + table.key() + ".title");
                List<ReportRow> rows = new ArrayList<>(table.rows());
                for (ReportRow row : rows) {
                    csv.append(CsvCells.line(List.of(sectionTitle, title, words.label(row.label()),
                            words.shown(row.current()), words.shown(row.previous()))));
                }
                if (table.total() != null) {
                    csv.append(CsvCells.line(List.of(sectionTitle, title, words.text("figure.total"),
                            words.shown(table.total().current()), words.shown(table.total().previous()))));
                }
            }
            for (ReportSpread spread : section.spreads()) {
                String title = words.text("spread." + spread.key() + ".title");
                csv.append(CsvCells.line(List.of(sectionTitle, title, words.text("spread.cases"),
                        words.shown(spread.current().shownCases()), words.shown(spread.previous().shownCases()))));
                csv.append(CsvCells.line(List.of(sectionTitle, title, words.text("spread.median"),
                        words.days(spread.current().publishedMedian()),
                        words.days(spread.previous().publishedMedian()))));
                csv.append(CsvCells.line(List.of(sectionTitle, title, words.text("spread.ninetieth"),
                        words.days(spread.current().publishedNinetieth()),
                        words.days(spread.previous().publishedNinetieth()))));
            }
        }
        return csv.toString();
    }
}

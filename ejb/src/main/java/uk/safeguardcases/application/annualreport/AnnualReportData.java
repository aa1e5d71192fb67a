package uk.safeguardcases.application.annualreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.domain.report.Shown;

/**
 * The annual report as data for another system (the API's JSON): the same figures as the page, the CSV and the PDF,
 * worded in one language. A figure not published has no {@code value}, only the words the page shows for it ("fewer
 * than 5", "withheld"), as the CSV writes it: the suppression rule holds here as everywhere the report goes.
 */
public record AnnualReportData(String board, String language, Period period, Period periodBefore,
        Instant preparedAt, List<Section> sections) {

    /** Twelve months: the first day, the last day and the report's label ("2025–26"). */
    public record Period(LocalDate from, LocalDate lastDay, String label) {

        static Period of(ReportPeriod period) {
            return new Period(period.from(), period.lastDay(), period.label());
        }
    }

    /** One section: its tables, its statistics of how long, and the board's own words (each language as written). */
    public record Section(String key, String title, String narrative, String narrativeCy, List<Table> tables,
            List<Duration> durations) {
    }

    /** One figure's table: a row per label, and the total when the rows add up. */
    public record Table(String key, String title, List<Row> rows, Row total) {
    }

    public record Row(String label, Figure period, Figure periodBefore) {
    }

    /** A count as published: {@code value} only when it is shown; {@code shown} as the page writes it. */
    public record Figure(Long value, String shown) {

        static Figure of(Shown shown, AnnualWords words) {
            return new Figure(shown.published().isPresent() ? shown.published().getAsLong() : null, words.shown(shown));
        }
    }

    /** How long, in days: the cases counted, the median and the 90th percentile, each as published. */
    public record Duration(String key, String title, Figure cases, Figure casesBefore, Double medianDays,
            Double medianDaysBefore, Double ninetiethDays, Double ninetiethDaysBefore, String median,
            String medianBefore, String ninetieth, String ninetiethBefore) {
    }

    /** {@code report} worded in {@code language} (the report's own words and its parts'). */
    public static AnnualReportData of(AnnualReport report, Locale language) {
        AnnualWords words = report.wordsIn(language);
        boolean welsh = words.welsh();
        List<Section> sections = new ArrayList<>();
        for (ReportSection section : report.sections()) {
            List<Table> tables = new ArrayList<>();
            for (ReportTable table : section.tables()) {
                List<Row> rows = table.rows().stream().map(row -> row(words.label(row.label()), row, words)).toList();
                Row total = table.total() == null ? null : row(words.text("figure.total"), table.total(), words);
                tables.add(new Table(table.key(), words.text("table." + table.key() + ".title"), rows, total));
            }
            List<Duration> durations = section.spreads().stream().map(spread -> new Duration(spread.key(),
                    words.text("spread." + spread.key() + ".title"),
                    Figure.of(spread.current().shownCases(), words), Figure.of(spread.previous().shownCases(), words),
                    rounded(spread.current().publishedMedian()), rounded(spread.previous().publishedMedian()),
                    rounded(spread.current().publishedNinetieth()), rounded(spread.previous().publishedNinetieth()),
                    words.days(spread.current().publishedMedian()), words.days(spread.previous().publishedMedian()),
                    words.days(spread.current().publishedNinetieth()),
                    words.days(spread.previous().publishedNinetieth()))).toList();
            sections.add(new Section(section.key(), words.text("section." + section.key() + ".title"),
                    section.narrative(), section.narrativeCy(), List.copyOf(tables), durations));
        }
        String board = welsh && report.boardNameCy() != null && !report.boardNameCy().isBlank() ? report.boardNameCy()
                : report.boardName();
        return new AnnualReportData(board, welsh ? "cy" : "en", Period.of(report.period()),
                Period.of(report.previous()), report.preparedAt(), List.copyOf(sections));
    }

    private static Row row(String label, ReportRow row, AnnualWords words) {
        return new Row(label, Figure.of(row.current(), words), Figure.of(row.previous(), words));
    }

    /** Days to one decimal place, as the page shows them ({@link AnnualWords#tenths}). */
    private static Double rounded(Optional<Double> days) {
        return days.map(AnnualWords::tenths).orElse(null);
    }
}

package uk.safeguardcases.application.annualreport;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import uk.safeguardcases.domain.report.ReportPeriod;

/**
 * A board's year in numbers, safe to publish: every count already through the suppression rule, no person's name
 * and no case reference anywhere in it. {@code bilingual}: the board's pages are in Welsh and English, and so are its
 * documents. {@code partsWords}: the bundles of the processes' parts whose tables it holds, which word them.
 */
public record AnnualReport(String boardName, String boardNameCy, boolean bilingual, ReportPeriod period,
        List<ReportSection> sections, Instant preparedAt, List<String> partsWords) {

    /** A report of the product's own tables only, worded by the report's own bundle. */
    public AnnualReport(String boardName, String boardNameCy, boolean bilingual, ReportPeriod period,
            List<ReportSection> sections, Instant preparedAt) {
        this(boardName, boardNameCy, bilingual, period, sections, preparedAt, List.of());
    }

    /** Its words in {@code language}: the report's own, then each part's ({@code partsWords}, their bundles). */
    public AnnualWords wordsIn(Locale language) {
        return AnnualWords.in(language, partsWords);
    }

    public ReportPeriod previous() {
        return period.previous();
    }

    /** Every table of every section, in order. */
    public List<ReportTable> tables() {
        return sections.stream().flatMap(s -> s.tables().stream()).toList();
    }

    public ReportTable table(String key) {
        return tables().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table " + key));
    }
}

package uk.safeguardcases.application.annualreport;

import java.time.Instant;
import java.util.List;
import uk.safeguardcases.domain.report.ReportPeriod;

/**
 * A board's year in numbers, safe to publish: every count already through the suppression rule, no person's name
 * and no case reference anywhere in it. {@code bilingual}: the board's pages are in Welsh and English, and so are its
 * documents.
 */
public record AnnualReport(String boardName, String boardNameCy, boolean bilingual, ReportPeriod period,
        List<ReportSection> sections, Instant preparedAt) {

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

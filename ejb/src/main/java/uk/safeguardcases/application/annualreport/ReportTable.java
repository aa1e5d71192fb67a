package uk.safeguardcases.application.annualreport;

import java.util.List;

/**
 * One figure of the report as it may be published: its rows for the period and the one before, and their total when
 * the rows add up to one (a concern has one source; a case may cite several clauses, so that table has none).
 * {@code key} names its words in the report's bundle ({@code table.<key>.title}, {@code .rows}, {@code .about}).
 */
public record ReportTable(String key, List<ReportRow> rows, ReportRow total) {

    public boolean additive() {
        return total != null;
    }
}

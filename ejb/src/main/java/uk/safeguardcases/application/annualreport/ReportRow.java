package uk.safeguardcases.application.annualreport;

import uk.safeguardcases.domain.report.Shown;

/** One row of a report table: the period reported on, and the twelve months before it, as they may be published. */
public record ReportRow(RowLabel label, Shown current, Shown previous) {
}

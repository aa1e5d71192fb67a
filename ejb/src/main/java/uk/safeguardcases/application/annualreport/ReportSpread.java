package uk.safeguardcases.application.annualreport;

import uk.safeguardcases.domain.report.Spread;

/** How long something took, in days, in the period and the one before ({@code key}: its words in the bundle). */
public record ReportSpread(String key, Spread current, Spread previous) {
}

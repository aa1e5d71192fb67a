package uk.safeguardcases.application.annualreport;

import java.util.List;

/** A section of the annual report: its figures and the board's own words about them (null for none written). */
public record ReportSection(String key, List<ReportTable> tables, List<ReportSpread> spreads, String narrative,
        String narrativeCy) {
}

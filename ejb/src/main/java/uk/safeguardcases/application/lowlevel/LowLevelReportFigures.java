package uk.safeguardcases.application.lowlevel;

import uk.safeguardcases.domain.report.ReportPeriod;

/** The register's figures for the annual report, each one query on the caller's board (Hibernate's filter). */
public interface LowLevelReportFigures {

    /** Low-level concerns entered in the register in the period, still there (one removed is no longer counted). */
    Entered entered(ReportPeriod period);

    /** The register's pattern alerts raised in the period. */
    Alerts alertsRaised(ReportPeriod period);

    /** Entered at triage, from a concern below the harm threshold, or directly by an officer. */
    record Entered(long atTriage, long direct) {
    }

    /** Reviewed by a senior manager, or still waiting for it. */
    record Alerts(long reviewed, long waiting) {
    }
}

package uk.safeguardcases.application.annualreport;

import java.time.Instant;
import java.util.List;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.domain.report.Spread;

/**
 * The product's own figures of the annual report (its cases, their deadlines and results, the referrals, subject
 * access), as the database counts them on the caller's board: each table one grouped query, in the report's order.
 * What each counts is said in {@code docs/processes/annual-report.md}.
 */
public interface AnnualFiguresReadModel {

    /** Concerns raised in the period: by source, whom, sector, organisation, clause, repeat, triage, the LADO. */
    List<RawTable> investigations(ReportPeriod period);

    /** The statutory deadlines that fell in the period (subject access: requests received in it), and how each went. */
    List<RawTable> timeliness(ReportPeriod period, Instant now);

    /** Closures, findings, referrals, disciplinary outcomes and appeals of the period. */
    List<RawTable> results(ReportPeriod period);

    /** Days from concern to closure of the cases closed in the period (all, or those investigated). */
    Spread concernToClosure(ReportPeriod period, boolean investigatedOnly);
}

package uk.safeguardcases.application.search;

import java.util.Map;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.report.ReportPeriod;

/** The child searches' figures for the annual report, on the caller's board (Hibernate's filter). */
public interface ChildSearchReportFigures {

    /** Searches about children asked for in the period: authorised, refused, or still waiting for a decision. */
    Asked asked(ReportPeriod period);

    /** Searches asked for in the period by each platform asked for, every platform in its order (one search may ask for several). */
    Map<Platform, Long> askedByPlatform(ReportPeriod period);

    record Asked(long authorised, long refused, long waiting) {
    }
}

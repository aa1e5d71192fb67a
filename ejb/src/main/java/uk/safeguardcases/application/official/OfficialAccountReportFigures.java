package uk.safeguardcases.application.official;

import java.util.Map;
import uk.safeguardcases.domain.report.ReportPeriod;

/** The official accounts' figures for the annual report, on the caller's board (Hibernate's filter). */
public interface OfficialAccountReportFigures {

    /** Business cases for official accounts made in the period, by where they stand (null: none). */
    Map<Object, Long> businessCasesByStatus(ReportPeriod period);

    /** Accreditations of authorised users passed for the first time, renewed, and expired in the period. */
    Accreditations accreditations(ReportPeriod period);

    record Accreditations(long passed, long renewed, long expired) {
    }
}

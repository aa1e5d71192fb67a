package uk.safeguardcases.application.declaration;

import java.util.Map;
import uk.safeguardcases.domain.report.ReportPeriod;

/** The declarations' figures for the annual report, on the caller's board (Hibernate's filter). */
public interface DeclarationReportFigures {

    /** Members asked in the period to declare a policy version, by where their declaration stands (null: none). */
    Map<Object, Long> askedByStatus(ReportPeriod period);
}

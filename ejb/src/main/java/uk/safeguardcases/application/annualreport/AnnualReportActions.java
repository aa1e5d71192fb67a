package uk.safeguardcases.application.annualreport;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.domain.report.AnnualReportAction;

/** The annual report's timeline entries, registered so the timeline reads them back as their kind. */
@ApplicationScoped
public class AnnualReportActions implements TimelineActions {

    @Override
    public List<AnnualReportAction> actions() {
        return List.of(AnnualReportAction.values());
    }
}

package uk.safeguardcases.application.investigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.safeguardcases.application.process.ProcessSteps;
import uk.safeguardcases.domain.cases.InvestigationProcess;

/** The breach investigation, as the product follows it: its subject is a case, which takes the step the process is at. */
@ApplicationScoped
public class InvestigationProcessSteps implements ProcessSteps {

    @Inject
    private InvestigationSteps steps;

    @Override
    public String processKey() {
        return InvestigationProcess.KEY;
    }

    @Override
    public String subjectVariable() {
        return InvestigationProcess.CASE_ID;
    }

    @Override
    public void stepEntered(long caseId, String activityId) {
        steps.stepEntered(caseId, activityId);
    }
}

package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.safeguardcases.application.investigation.DecisionService;
import uk.safeguardcases.domain.cases.CaseOutcome;

/** The officer's decision on the outcome (Cwm Taf Outcomes) and the findings it rests on. */
@Dependent
public class OutcomeForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionService decisions;

    private CaseOutcome outcome;
    private String findings;

    public void decide() {
        send("outcome", "case.done.outcome", () -> decisions.decideOutcome(ref(), outcome, findings));
    }

    public CaseOutcome[] getOutcomes() {
        return CaseOutcome.values();
    }

    public CaseOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CaseOutcome outcome) {
        this.outcome = outcome;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }
}

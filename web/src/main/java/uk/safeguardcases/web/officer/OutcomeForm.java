package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.safeguardcases.application.investigation.DecisionService;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.web.shell.Language;

/** The officer's decision on the outcome (Cwm Taf Outcomes) and the findings it rests on. */
@Dependent
public class OutcomeForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionService decisions;

    @Inject
    private CoolingOffPeriod coolingOff;

    private CaseOutcome outcome;
    private String findings;

    /**
     * An outcome that closes the case (no breach, advice and guidance) is checked first; a referral goes to a senior
     * manager for approval, and a missing answer is said at once.
     */
    public void decide() {
        if (outcome == null || findings == null || findings.isBlank()
                || outcome == CaseOutcome.DISCIPLINARY_REFERRAL || outcome == CaseOutcome.GROSS_MISCONDUCT_REFERRAL) {
            confirmed("decide");
            return;
        }
        checkFirst(new CheckStep("decide", java.util.List.of(
                CheckStep.row("case.outcome.outcome", Language.text("shell", "CaseOutcome." + outcome.name())),
                CheckStep.row("case.outcome.findings", findings)),
                CheckStep.says("check.outcome." + outcome.name(), coolingOff.days())));
    }

    @Override
    protected void confirmed(String action) {
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

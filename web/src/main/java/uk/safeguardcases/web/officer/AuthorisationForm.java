package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.safeguardcases.application.investigation.AuthorisationService;

/** The senior manager's authorisation of the investigation (LSCB §3), with the justification logged. */
@Dependent
public class AuthorisationForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuthorisationService authorisation;

    @Inject
    private CoolingOffPeriod coolingOff;

    private String justification;

    public void authorise() {
        decide(true);
    }

    /** Refusing closes the case, so it is checked first (a missing justification is said at once instead). */
    public void refuse() {
        if (justification == null || justification.isBlank()) {
            decide(false);
            return;
        }
        checkFirst(new CheckStep("refuse", java.util.List.of(
                CheckStep.row("check.decision", CheckStep.says("case.authorise.no")),
                CheckStep.row("case.authorise.justification", justification)),
                CheckStep.says("check.authorisation.refuse", coolingOff.days())));
    }

    @Override
    protected void confirmed(String action) {
        decide(false);
    }

    private void decide(boolean authorise) {
        send("authorisation", authorise ? "case.done.authorised" : "case.done.refused",
                () -> authorisation.decide(ref(), authorise, justification));
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }
}

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

    private String justification;

    public void authorise() {
        decide(true);
    }

    public void refuse() {
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

package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.safeguardcases.application.investigation.DecisionService;

/** The officer's check that the content is gone, with the finding (internal or for the member to see). */
@Dependent
public class VerificationForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionService decisions;

    private String finding;
    private boolean internal;

    public void record() {
        send("verify", "case.done.verified", () -> decisions.verifyRemoval(ref(), finding, internal));
    }

    public String getFinding() {
        return finding;
    }

    public void setFinding(String finding) {
        this.finding = finding;
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }
}

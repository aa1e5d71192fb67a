package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.safeguardcases.application.investigation.RequestService;

/** The officer's review of the member's contest of the content-removal request. */
@Dependent
public class ContestForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestService requests;

    private String reason;

    public void uphold() {
        review(true);
    }

    public void reject() {
        review(false);
    }

    private void review(boolean upheld) {
        send("contest", upheld ? "case.done.contestUpheld" : "case.done.contestRejected",
                () -> requests.reviewContest(ref(), upheld, reason));
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.safeguardcases.application.investigation.DecisionService;

/** The senior manager's approval of a disciplinary referral (four eyes), or its return to the officer. */
@Dependent
public class ApprovalForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionService decisions;

    private String note;

    /** Approving sends the referral pack to the employer's HR partner, so it is checked first. */
    public void approve() {
        checkFirst(new CheckStep("approve", java.util.List.of(
                CheckStep.row("check.decision", CheckStep.says("case.approval.approve")),
                CheckStep.row("case.approval.note", note)),
                CheckStep.says("check.approval.approve", file().summary().organisationName())));
    }

    @Override
    protected void confirmed(String action) {
        decide(true);
    }

    public void returnToOfficer() {
        decide(false);
    }

    private void decide(boolean approve) {
        send("approval", approve ? "case.done.referralApproved" : "case.done.referralReturned",
                () -> decisions.approveReferral(ref(), approve, note));
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

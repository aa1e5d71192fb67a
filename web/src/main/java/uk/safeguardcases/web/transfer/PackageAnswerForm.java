package uk.safeguardcases.web.transfer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.transfer.TransferPackages;
import uk.safeguardcases.web.officer.CheckStep;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * A senior manager records the answer a board on another deployment gave to the package it was sent: accepted (its
 * reference) or declined (why). It settles the transfer, so it is checked first (the GOV.UK check step).
 */
@Named
@ViewScoped
public class PackageAnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ACCEPTED = "ACCEPTED";
    static final String DECLINED = "DECLINED";

    @Inject
    private TransferPackages packages;

    private Long id;
    private String answer;
    private String theirReference;
    private String answerReason;
    private CheckStep check;

    /** The form's own checks, then the check step. */
    public void record(long transferId, String toBoardName) {
        this.id = transferId;
        if (!ACCEPTED.equals(answer) && !DECLINED.equals(answer)) {
            Pages.fieldErrors("packageAnswer", Map.of("answer", text("package.answer.missing")));
            return;
        }
        boolean accepted = ACCEPTED.equals(answer);
        if (accepted && (theirReference == null || theirReference.isBlank())) {
            Pages.fieldErrors("packageAnswer", Map.of("theirReference", text("package.answer.reference.missing")));
            return;
        }
        if (!accepted && (answerReason == null || answerReason.isBlank())) {
            Pages.fieldErrors("packageAnswer", Map.of("answerReason", text("decline.reason.missing")));
            return;
        }
        check = new CheckStep("packageAnswer", List.of(
                new CheckStep.Row(text("package.answer"), text("package.answer." + answer)),
                accepted ? new CheckStep.Row(text("package.answer.reference"), theirReference == null ? ""
                        : theirReference) : new CheckStep.Row(text("package.answer.reason"), answerReason == null ? ""
                        : answerReason)),
                text("package.answer.consequence", toBoardName));
    }

    /** Confirmed on the check step: the answer is recorded. */
    public void confirm() {
        Pages.Step step = Pages.step("packageAnswer", text("package.answer.recorded"), "/transfer/sent.xhtml?id="
                + id, () -> packages.recordAnswer(id, ACCEPTED.equals(answer), theirReference, answerReason));
        if (step != Pages.Step.DONE) {
            check = null;
        }
    }

    public void change() {
        check = null;
    }

    public boolean isChecking() {
        return check != null;
    }

    public CheckStep getCheck() {
        return check;
    }

    private static String text(String key, Object... arguments) {
        return Language.text(TransferPages.BUNDLE, key, arguments);
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getTheirReference() {
        return theirReference;
    }

    public void setTheirReference(String theirReference) {
        this.theirReference = theirReference;
    }

    public String getAnswerReason() {
        return answerReason;
    }

    public void setAnswerReason(String answerReason) {
        this.answerReason = answerReason;
    }
}

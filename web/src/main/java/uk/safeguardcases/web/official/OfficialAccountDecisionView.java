package uk.safeguardcases.web.official;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguardcases.application.official.BusinessCaseDecisions;
import uk.safeguardcases.application.official.BusinessCases;
import uk.safeguardcases.application.official.OfficialAccountRequestView;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * One business case for the board (CHSCB authorised use 2.2): approve and register it with the profile picture
 * checked (2.3-2.4), ask for further consultation, or refuse it. Four eyes: never by who asked.
 */
@Named
@ViewScoped
public class OfficialAccountDecisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BusinessCases businessCases;

    @Inject
    private BusinessCaseDecisions decisions;

    private String ref;
    private OfficialAccountRequestView detail;
    private boolean pictureChecked;
    private String approvalNote;
    private String question;
    private String refusalReason;

    static String pathOf(String reference) {
        return "/senior/official-account.xhtml?ref=" + reference;
    }

    public void load() {
        Pages.load(() -> detail = businessCases.request(ref));
    }

    public void approve() {
        Pages.step("approve", Language.text("officer", "official.approved"), pathOf(ref),
                () -> decisions.approve(ref, approvalNote, pictureChecked));
    }

    public void consult() {
        Pages.step("consult", Language.text("officer", "official.consulted"), pathOf(ref),
                () -> decisions.consult(ref, question));
    }

    public void refuse() {
        Pages.step("refuse", Language.text("officer", "official.refused"), pathOf(ref),
                () -> decisions.refuse(ref, refusalReason));
    }

    public OfficialAccountRequestView getDetail() {
        return detail;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public boolean isPictureChecked() {
        return pictureChecked;
    }

    public void setPictureChecked(boolean pictureChecked) {
        this.pictureChecked = pictureChecked;
    }

    public String getApprovalNote() {
        return approvalNote;
    }

    public void setApprovalNote(String approvalNote) {
        this.approvalNote = approvalNote;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(String refusalReason) {
        this.refusalReason = refusalReason;
    }
}

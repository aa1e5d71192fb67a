package uk.safeguardcases.web.officer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.access.SubjectAccessDetail;
import uk.safeguardcases.application.access.SubjectAccessGathering;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/**
 * One subject access request: its details and deadline, more time, the third parties' details to redact, what the
 * answer would hold (redacted, as the requester would read it), and the answer itself once given.
 */
@Named
@ViewScoped
public class SubjectAccessRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SubjectAccessRequests requests;

    private String ref;
    private SubjectAccessDetail detail;
    private transient SubjectAccessGathering.Disclosure preview;

    private String extendedTo;
    private String extensionReason;
    private String terms;
    private String leftOut;
    private String leftOutReason;

    static String pathOf(String reference) {
        return "/officer/subject-access-request.xhtml?ref=" + reference;
    }

    public void load() {
        Pages.load(() -> {
            detail = requests.detail(ref);
            if (terms == null) {
                terms = detail.redactions();
            }
            if (leftOut == null) {
                leftOut = detail.leftOut();
                leftOutReason = detail.leftOutReason();
            }
        });
    }

    public void extend() {
        Pages.step("extension", () -> {
            requests.extend(ref, SubjectAccessView.date("extendedTo", extendedTo), extensionReason);
            return Done.then(pathOf(ref), Language.text("officer", "sar.extended"));
        });
    }

    public void redact() {
        Pages.step("redactions", Language.text("officer", "sar.redactionsSaved"), pathOf(ref),
                () -> requests.redact(ref, terms));
    }

    public void leaveOut() {
        Pages.step("leaveOut", Language.text("officer", "sar.leftOutSaved"), pathOf(ref),
                () -> requests.leaveOut(ref, leftOut, leftOutReason));
    }

    public void answer() {
        Pages.step("answer", () -> {
            requests.answer(ref);
            return Done.then(pathOf(ref), Language.text("officer", "sar.answeredDone"));
        });
    }

    /** What the answer would hold now, read once per view (not once answered: the kept answer is what counts). */
    public SubjectAccessGathering.Disclosure getPreview() {
        if (preview == null && detail != null && detail.answeredAt() == null) {
            preview = requests.preview(ref);
        }
        return preview;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> getPreviewCases() {
        return getPreview() == null ? List.of() : (List<Map<String, Object>>) getPreview().tree().get("cases");
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> getPreviewEmails() {
        return getPreview() == null ? List.of() : (List<Map<String, Object>>) getPreview().tree().get("emails");
    }

    /** The cases found but left out, as the preview lists them. */
    public String getPreviewLeftOut() {
        return getPreview() == null ? "" : String.join(", ", getPreview().leftOut());
    }

    public SubjectAccessDetail getDetail() {
        return detail;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getExtendedTo() {
        return extendedTo;
    }

    public void setExtendedTo(String extendedTo) {
        this.extendedTo = extendedTo;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getLeftOut() {
        return leftOut;
    }

    public void setLeftOut(String leftOut) {
        this.leftOut = leftOut;
    }

    public String getLeftOutReason() {
        return leftOutReason;
    }

    public void setLeftOutReason(String leftOutReason) {
        this.leftOutReason = leftOutReason;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }
}

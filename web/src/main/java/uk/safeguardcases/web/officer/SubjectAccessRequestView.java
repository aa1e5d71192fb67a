package uk.safeguardcases.web.officer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.access.SubjectAccessClock;
import uk.safeguardcases.application.access.SubjectAccessDetail;
import uk.safeguardcases.application.access.SubjectAccessGathering;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.domain.access.SubjectAccessPause;
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

    @Inject
    private SubjectAccessClock clock;

    private transient List<SubjectAccessClock.SearchLine> searches;
    private String noticeTo;
    private String noticeLanguage;
    private String pausedFor;
    private String pausedAsked;
    private String pausedOn;
    private String resumedOn;
    private String searchedIn;
    private String searchedBy;
    private String searchedOn;
    private String found;

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
            if (noticeTo == null) {
                noticeTo = detail.subjectEmail();
            }
            if (leftOut == null) {
                leftOut = detail.leftOut();
                leftOutReason = detail.leftOutReason();
            }
        });
    }

    public void extend() {
        Pages.step("extension", () -> {
            requests.extend(ref, SubjectAccessView.date("extendedTo", extendedTo), extensionReason, noticeTo,
                    "cy".equals(noticeLanguage) ? Texts.WELSH : Locale.ENGLISH);
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

    /** UK GDPR Article 12A: the board asked the requester for what it reasonably needs; the clock stops. */
    public void pause() {
        Pages.step("pause", Language.text("officer", "sar.pausedDone"), pathOf(ref), () -> clock.pause(ref,
                pausedFor == null || pausedFor.isBlank() ? null : SubjectAccessPause.valueOf(pausedFor), pausedAsked,
                SubjectAccessView.date("pausedOn", pausedOn)));
    }

    public void resume() {
        Pages.step("resume", Language.text("officer", "sar.resumedDone"), pathOf(ref),
                () -> clock.resume(ref, SubjectAccessView.date("resumedOn", resumedOn)));
    }

    public void logSearch() {
        Pages.step("search", Language.text("officer", "sar.searchLogged"), pathOf(ref), () -> clock.logSearch(ref,
                searchedIn, searchedBy, SubjectAccessView.date("searchedOn", searchedOn), found));
    }

    public List<SubjectAccessClock.SearchLine> getSearches() {
        if (searches == null && detail != null) {
            searches = clock.searches(ref);
        }
        return searches;
    }

    public SubjectAccessPause[] getPauseKinds() {
        return SubjectAccessPause.values();
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

    public String getNoticeTo() {
        return noticeTo;
    }

    public void setNoticeTo(String noticeTo) {
        this.noticeTo = noticeTo;
    }

    public String getNoticeLanguage() {
        return noticeLanguage;
    }

    public void setNoticeLanguage(String noticeLanguage) {
        this.noticeLanguage = noticeLanguage;
    }

    public String getPausedFor() {
        return pausedFor;
    }

    public void setPausedFor(String pausedFor) {
        this.pausedFor = pausedFor;
    }

    public String getPausedAsked() {
        return pausedAsked;
    }

    public void setPausedAsked(String pausedAsked) {
        this.pausedAsked = pausedAsked;
    }

    public String getPausedOn() {
        return pausedOn;
    }

    public void setPausedOn(String pausedOn) {
        this.pausedOn = pausedOn;
    }

    public String getResumedOn() {
        return resumedOn;
    }

    public void setResumedOn(String resumedOn) {
        this.resumedOn = resumedOn;
    }

    public String getSearchedIn() {
        return searchedIn;
    }

    public void setSearchedIn(String searchedIn) {
        this.searchedIn = searchedIn;
    }

    public String getSearchedBy() {
        return searchedBy;
    }

    public void setSearchedBy(String searchedBy) {
        this.searchedBy = searchedBy;
    }

    public String getSearchedOn() {
        return searchedOn;
    }

    public void setSearchedOn(String searchedOn) {
        this.searchedOn = searchedOn;
    }

    public String getFound() {
        return found;
    }

    public void setFound(String found) {
        this.found = found;
    }
}

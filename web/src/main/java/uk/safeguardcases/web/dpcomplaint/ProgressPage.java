package uk.safeguardcases.web.dpcomplaint;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.dpcomplaint.ComplaintProgress;
import uk.safeguardcases.application.dpcomplaint.DataProtectionComplaints;
import uk.safeguardcases.application.dpcomplaint.DataProtectionComplaints.PublicBoardName;
import uk.safeguardcases.application.publicconcern.LimitReachedException;
import uk.safeguardcases.web.publicconcern.PublicPage;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The complainant's page ({@code /dp-complaint/progress.xhtml?board=<board>}), no sign-in, phone first: they give
 * their complaint's reference and their receipt code and read its state (received, acknowledged on…, the steps they
 * were told of, the outcome). A wrong code, another board's reference, or none: one and the same "not found"; wrong
 * ones are counted against the address as the public concern form's are, and over the limit the page says when to
 * try again. Only this answer holds what was found (the bean keeps nothing of it for the next request).
 */
@Named
@ViewScoped
public class ProgressPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/dp-complaint/progress.xhtml";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    private DataProtectionComplaints complaints;

    @Inject
    private Language language;

    private String board;
    private PublicBoardName shown;
    private String reference;
    private String code;
    private transient ComplaintProgress found;
    private boolean notFound;
    private Long limitMinutes;

    public void load() {
        if (shown != null) {
            return;
        }
        shown = complaints.publicBoard(board).orElse(null);
        if (shown == null) {
            Pages.notFound("No board " + (board == null ? "" : board.replaceAll("[^a-z0-9-]", "?")));
            return;
        }
        if (language.isWelsh() && !shown.welsh()) {
            Pages.redirect(PAGE + "?board=" + shown.id() + "&lang=en");
        }
    }

    public void look() {
        found = null;
        notFound = false;
        limitMinutes = null;
        if (shown == null || !shown.id().equals(board)) {
            Pages.notFound("A post for another board than its page's");
            return;
        }
        try {
            found = complaints.progress(shown.id(), PublicPage.address(),
                    language.isWelsh() ? Language.WELSH : Language.ENGLISH, reference, code).orElse(null);
            notFound = found == null;
        } catch (LimitReachedException e) {
            limitMinutes = e.minutes();
        } finally {
            // The code is not kept for the next request, nor shown back.
            code = null;
        }
    }

    public boolean isFound() {
        return found != null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getLimit() {
        return limitMinutes == null ? null : text("progress.limit", limitMinutes);
    }

    public String getFoundReference() {
        return found == null ? "" : found.reference();
    }

    public String getReceived() {
        return found == null ? "" : text("progress.received", day(found.received()));
    }

    public String getAcknowledged() {
        if (found == null) {
            return "";
        }
        return found.acknowledged() != null ? text("progress.acknowledged", day(found.acknowledged()))
                : text("progress.notYetAcknowledged");
    }

    public List<ComplaintProgress.Step> getSteps() {
        return found == null ? List.of() : found.steps();
    }

    public String stepDay(ComplaintProgress.Step step) {
        return day(step.at());
    }

    public String getOutcome() {
        if (found == null) {
            return "";
        }
        return found.outcome() == null ? text("progress.noOutcome") : text("progress.outcome",
                text("ComplaintOutcome." + found.outcome().name()), day(found.outcomeAt()));
    }

    public String getOutcomeWords() {
        return found == null || found.outcome() == null ? null : found.outcomeWords();
    }

    public String getBoardName() {
        if (shown == null) {
            return "";
        }
        return language.isWelsh() && shown.nameCy() != null ? shown.nameCy() : shown.name();
    }

    private static String day(Instant at) {
        return at == null ? "" : at.atZone(UK).toLocalDate().format(DateTimeFormatter.ofPattern("d/M/yyyy"));
    }

    private String text(String key, Object... arguments) {
        return Texts.in(DpComplaintPages.BUNDLE, language.isWelsh() ? Language.WELSH : Language.ENGLISH, key,
                arguments);
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }

    /** {@code cy} on a Welsh page, so that its form posts to an address that says so. */
    public String getLang() {
        return language.isWelsh() ? Language.WELSH_TAG : null;
    }

    public void setLang(String lang) {
        // The language is the request's (LanguageFilter keeps it); the parameter is only carried in the address.
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

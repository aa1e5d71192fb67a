package uk.safeguardcases.web.publicconcern;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.cases.ReferencesNotKeptException;
import uk.safeguardcases.application.publicconcern.ConcernFromAnyone;
import uk.safeguardcases.application.publicconcern.ConcernIntake;
import uk.safeguardcases.application.publicconcern.LimitReachedException;
import uk.safeguardcases.application.publicconcern.PublicBoard;
import uk.safeguardcases.application.publicconcern.PublicPages;
import uk.safeguardcases.domain.publicconcern.ReporterRelation;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The board's public page for raising a concern ({@code /concern/raise.xhtml?board=<board>}), no sign-in. On a
 * refusal (a problem with what was typed, an unsolved challenge, a limit) the page comes back with everything typed
 * still in it and says what to do; once sent, it shows the receipt code, once: the code is kept for the one answer that
 * shows it (the request), never in this view's bean, so the page sent again or gone back to says only that it was
 * shown once.
 */
@Named
@ViewScoped
public class RaiseConcernPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/concern/raise.xhtml";

    @Inject
    private PublicPages pages;

    @Inject
    private ConcernIntake intake;

    @Inject
    private Language language;

    private String board;
    private PublicBoard shown;
    private String challenge;
    private String nonce;
    private String whatHappened;
    private String addresses;
    private LocalDate happenedOn;
    private String subjectName;
    private Long organisationId;
    private String organisationAsKnown;
    private ReporterRelation relation;
    private transient List<Part> files;
    private String reporterName;
    private String reporterEmail;
    private String reporterPhone;
    private boolean sent;
    private Long limitMinutes;
    private String again;

    public void load() {
        if (shown == null) {
            shown = PublicPage.load(pages, board, language, PAGE).orElse(null);
            again = PublicPage.again();
        }
        if (shown != null && challenge == null) {
            challenge = pages.challenge(shown.id());
        }
    }

    public void send() {
        limitMinutes = null;
        again = null;
        if (!PublicPage.sameBoard(shown, board)) {
            return;
        }
        ConcernFromAnyone concern = new ConcernFromAnyone(whatHappened, addresses, happenedOn, subjectName,
                organisationId, organisationAsKnown, relation, PublicPage.files(files), reporterName, reporterEmail,
                reporterPhone, challenge, nonce);
        try {
            PublicPage.showOnce(intake.raise(shown.id(), PublicPage.address(), PublicPage.locale(language), concern));
            sent = true;
        } catch (InvalidInputException e) {
            Pages.fieldErrors("report", e.fieldMessages());
        } catch (LimitReachedException e) {
            limitMinutes = e.minutes();
        } catch (ReferencesNotKeptException e) {
            // The reporter's words stay on the page; only the service's operator can mend this.
            Pages.error(uk.safeguardcases.application.Texts.in(PublicPage.locale(language), "references.notKept"));
        } finally {
            // Each challenge is good for one report; a page sent back gets a new one for its next try.
            challenge = pages.challenge(shown.id());
            nonce = null;
        }
    }

    public String getBoardName() {
        return shown == null ? "" : PublicPage.name(shown, language);
    }

    public List<PublicBoard.Choice> getOrganisations() {
        return shown == null ? List.of() : shown.organisations();
    }

    public String organisationName(PublicBoard.Choice choice) {
        return language.isWelsh() && choice.nameCy() != null ? choice.nameCy() : choice.name();
    }

    public ReporterRelation[] getRelations() {
        return ReporterRelation.values();
    }

    public boolean isSent() {
        return sent;
    }

    /** The code, in the answer to the post that sent the concern; null ever after. */
    public String getReceiptCode() {
        return PublicPage.shownOnce();
    }

    /** Why the page was started afresh ({@code expired}, {@code unread}), or null. */
    public String getAgain() {
        return again;
    }

    public Long getLimitMinutes() {
        return limitMinutes;
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }

    /**
     * {@code cy} on a Welsh page, so that its forms post to an address that says so: a page started afresh (its
     * session gone) or a refusal made before anything of the post is read is then in the person's language too.
     */
    public String getLang() {
        return language.isWelsh() ? Language.WELSH_TAG : null;
    }

    public void setLang(String lang) {
        // The language is the request's (LanguageFilter keeps it); the parameter is only carried in the address.
    }

    public String getChallenge() {
        return challenge;
    }

    public void setChallenge(String challenge) {
        // The page's copy is only read back to check it is the one this page was given (the server's copy is used).
    }

    public String getNonce() {
        return nonce;
    }

    public void setNonce(String nonce) {
        this.nonce = nonce;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getAddresses() {
        return addresses;
    }

    public void setAddresses(String addresses) {
        this.addresses = addresses;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public void setHappenedOn(LocalDate happenedOn) {
        this.happenedOn = happenedOn;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getOrganisationAsKnown() {
        return organisationAsKnown;
    }

    public void setOrganisationAsKnown(String organisationAsKnown) {
        this.organisationAsKnown = organisationAsKnown;
    }

    public ReporterRelation getRelation() {
        return relation;
    }

    public void setRelation(ReporterRelation relation) {
        this.relation = relation;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    public String getReporterName() {
        return reporterName;
    }

    public void setReporterName(String reporterName) {
        this.reporterName = reporterName;
    }

    public String getReporterEmail() {
        return reporterEmail;
    }

    public void setReporterEmail(String reporterEmail) {
        this.reporterEmail = reporterEmail;
    }

    public String getReporterPhone() {
        return reporterPhone;
    }

    public void setReporterPhone(String reporterPhone) {
        this.reporterPhone = reporterPhone;
    }
}

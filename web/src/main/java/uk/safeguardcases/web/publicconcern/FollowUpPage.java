package uk.safeguardcases.web.publicconcern;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.publicconcern.FollowUp;
import uk.safeguardcases.application.publicconcern.LimitReachedException;
import uk.safeguardcases.application.publicconcern.PublicBoard;
import uk.safeguardcases.application.publicconcern.PublicPages;
import uk.safeguardcases.application.publicconcern.ReporterFollowUp;
import uk.safeguardcases.application.publicconcern.WrongCodeException;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The reporter comes back ({@code /concern/follow-up.xhtml?board=<board>}): the code is typed into a form and posted,
 * never put in an address. This page keeps, on the server, only what the service gave back to act on the report
 * again, and forgets it when the reporter closes the concern here.
 */
@Named
@ViewScoped
public class FollowUpPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/concern/follow-up.xhtml";

    @Inject
    private PublicPages pages;

    @Inject
    private ReporterFollowUp reports;

    @Inject
    private Language language;

    private String board;
    private PublicBoard shown;
    private String code;
    private FollowUp opened;
    private boolean wrong;
    private Long limitMinutes;
    private String answer;
    private transient List<Part> moreFiles;
    private String said;
    private boolean answerTaken;
    private String again;

    public void load() {
        if (shown == null) {
            shown = PublicPage.load(pages, board, language, PAGE).orElse(null);
            again = PublicPage.again();
        }
    }

    public void open() {
        again = null;
        if (!PublicPage.sameBoard(shown, board)) {
            return;
        }
        wrong = false;
        limitMinutes = null;
        said = null;
        try {
            opened = reports.open(shown.id(), PublicPage.address(), PublicPage.locale(language), code);
        } catch (WrongCodeException e) {
            wrong = true;
        } catch (LimitReachedException e) {
            limitMinutes = e.minutes();
        } finally {
            code = null;
        }
    }

    public void send() {
        said = null;
        answerTaken = false;
        if (!PublicPage.sameBoard(shown, board)) {
            return;
        }
        try {
            opened = reports.answer(shown.id(), PublicPage.address(), PublicPage.locale(language), opened.access(),
                    answer);
            answer = null;
            answerTaken = true;
            said = Language.text(PublicConcernPages.BUNDLE, "follow.sent");
        } catch (InvalidInputException e) {
            Pages.fieldErrors("answer", Map.of("words", String.join(" ", e.fieldMessages().values())));
        } catch (LimitReachedException e) {
            Pages.fieldErrors("answer", Map.of("words", busy(e)));
        } catch (WrongCodeException e) {
            gone();
        }
    }

    public void addFiles() {
        said = null;
        answerTaken = false;
        if (!PublicPage.sameBoard(shown, board)) {
            return;
        }
        try {
            opened = reports.addEvidence(shown.id(), PublicPage.address(), PublicPage.locale(language),
                    opened.access(), PublicPage.files(moreFiles));
            said = Language.text(PublicConcernPages.BUNDLE, "follow.filesAdded");
        } catch (InvalidInputException e) {
            Pages.fieldErrors("evidence", e.fieldMessages());
        } catch (LimitReachedException e) {
            Pages.fieldErrors("evidence", Map.of("moreFiles", busy(e)));
        } catch (WrongCodeException e) {
            gone();
        }
    }

    /** The reporter asks for the link that confirms their e-mail address again (see the service's limits). */
    public void sendLinkAgain() {
        said = null;
        answerTaken = false;
        if (!PublicPage.sameBoard(shown, board)) {
            return;
        }
        try {
            opened = reports.sendLinkAgain(shown.id(), PublicPage.address(), PublicPage.locale(language),
                    opened.access());
            said = Language.text(PublicConcernPages.BUNDLE, "follow.address.sent");
        } catch (InvalidInputException e) {
            Pages.fieldErrors("address", Map.of("again", String.join(" ", e.fieldMessages().values())));
        } catch (LimitReachedException e) {
            Pages.fieldErrors("address", Map.of("again", busy(e)));
        } catch (WrongCodeException e) {
            gone();
        }
    }

    private static String busy(LimitReachedException e) {
        return Language.text(PublicConcernPages.BUNDLE, "follow.busy").replace("{0}", String.valueOf(e.minutes()));
    }

    /** The report went (removed under the retention rule) while the page was open: the one answer of a wrong code. */
    private void gone() {
        opened = null;
        answer = null;
        wrong = true;
    }

    public void close() {
        opened = null;
        said = null;
    }

    public String getBoardName() {
        return shown == null ? "" : PublicPage.name(shown, language);
    }

    public FollowUp getOpened() {
        return opened;
    }

    public boolean isWrong() {
        return wrong;
    }

    public Long getLimitMinutes() {
        return limitMinutes;
    }

    public String getSaid() {
        return said;
    }

    /** Whether the answer was just taken: the page's draft of it in the browser then ends. */
    public boolean isAnswerTaken() {
        return answerTaken;
    }

    /** Why the page was started afresh ({@code expired}, {@code unread}), or null. */
    public String getAgain() {
        return again;
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public List<Part> getMoreFiles() {
        return moreFiles;
    }

    public void setMoreFiles(List<Part> moreFiles) {
        this.moreFiles = moreFiles;
    }
}

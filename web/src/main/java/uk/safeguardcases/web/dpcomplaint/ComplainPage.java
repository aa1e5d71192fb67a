package uk.safeguardcases.web.dpcomplaint;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.dpcomplaint.ComplaintForm;
import uk.safeguardcases.application.publicconcern.LimitReachedException;
import uk.safeguardcases.application.dpcomplaint.DataProtectionComplaints;
import uk.safeguardcases.application.dpcomplaint.DataProtectionComplaints.PublicBoardName;
import uk.safeguardcases.web.publicconcern.PublicPage;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The board's public page for a data protection complaint ({@code /dp-complaint/complain.xhtml?board=<board>}), no
 * sign-in, phone first. A refusal brings the page back with everything typed in it and says what to put right; once
 * sent, it shows the receipt code once (kept for that answer only, never in this bean) and when to expect the
 * acknowledgement.
 */
@Named
@ViewScoped
public class ComplainPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/dp-complaint/complain.xhtml";
    private static final String SHOWN_ONCE = ComplainPage.class.getName() + ".receiptCode";

    @Inject
    private DataProtectionComplaints complaints;

    @Inject
    private Language language;

    private String board;
    private PublicBoardName shown;
    private String words;
    private String name;
    private String email;
    private String phone;
    private boolean sent;
    private String acknowledgeBy;
    private String challenge;
    private String nonce;
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
            return;
        }
        if (challenge == null) {
            challenge = complaints.challenge(shown.id());
        }
    }

    public void send() {
        if (shown == null || !shown.id().equals(board)) {
            Pages.notFound("A post for another board than its page's");
            return;
        }
        limitMinutes = null;
        try {
            String code = complaints.complain(shown.id(), language.isWelsh() ? Language.WELSH : Language.ENGLISH,
                    PublicPage.address(), new ComplaintForm(words, name, email, phone), challenge, nonce);
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(SHOWN_ONCE, code);
            acknowledgeBy = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                    .plusDays(uk.safeguardcases.domain.dpcomplaint.DataProtectionComplaint.DAYS_TO_ACKNOWLEDGE)
                    .format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy"));
            sent = true;
        } catch (InvalidInputException e) {
            Pages.fieldErrors("complaint", e.fieldMessages());
            Pages.error(text("form.problems"));
        } catch (LimitReachedException e) {
            // Nothing typed is lost: the page comes back with it, and says when to try again.
            limitMinutes = e.minutes();
        } finally {
            // Each challenge is good for one complaint; a page sent back gets a new one for its next try.
            challenge = sent ? null : complaints.challenge(shown.id());
            nonce = null;
        }
    }

    /** The refusal when the address or the board has sent too many this hour; null otherwise. */
    public String getLimit() {
        return limitMinutes == null ? null : text("form.limit", limitMinutes);
    }

    public String getChallenge() {
        return challenge;
    }

    public void setChallenge(String challenge) {
        this.challenge = challenge;
    }

    public String getNonce() {
        return nonce;
    }

    public void setNonce(String nonce) {
        this.nonce = nonce;
    }

    /** The code, in the answer to the post that sent the complaint; null ever after. */
    public String getReceiptCode() {
        return (String) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(SHOWN_ONCE);
    }

    public String getBoardName() {
        if (shown == null) {
            return "";
        }
        return language.isWelsh() && shown.nameCy() != null ? shown.nameCy() : shown.name();
    }

    public String getIntro() {
        return text("intro", getBoardName());
    }

    public String getSentNext() {
        return text("sent.next", acknowledgeBy);
    }

    private String text(String key, Object... arguments) {
        return Texts.in(DpComplaintPages.BUNDLE, language.isWelsh() ? Language.WELSH : Language.ENGLISH, key,
                arguments);
    }

    public boolean isSent() {
        return sent;
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

    /** Who the complaint is registered with: the data protection officer the privacy notice names. */
    public String getDpo() {
        return shown == null || shown.dpoName() == null ? text("dpo.none") : text("dpo", shown.dpoName());
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}

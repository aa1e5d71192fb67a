package uk.safeguardcases.web.publicconcern;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguardcases.application.publicconcern.PublicBoard;
import uk.safeguardcases.application.publicconcern.PublicPages;
import uk.safeguardcases.application.publicconcern.ReporterFollowUp;
import uk.safeguardcases.web.shell.Language;

/**
 * The link in the one e-mail sent to an address a reporter gave ({@code /concern/confirm-address.xhtml?board=&token=}):
 * opening it confirms nothing (a mail scanner that follows links must not confirm an address for its owner); the
 * button, a POST, does. Every token that does not confirm (wrong, expired, used, another board's) gets one answer.
 */
@Named
@ViewScoped
public class ConfirmAddressPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicPages pages;

    @Inject
    private ReporterFollowUp reports;

    @Inject
    private Language language;

    private String board;
    private PublicBoard shown;
    private String token;
    /** Null until the button was pressed; then whether it confirmed. */
    private Boolean confirmed;

    public void load() {
        if (shown == null) {
            shown = PublicPage.load(pages, board, language, PublicPages.CONFIRM_PAGE).orElse(null);
        }
    }

    public void confirm() {
        confirmed = shown != null && reports.confirmAddress(shown.id(), PublicPage.locale(language), token);
        token = null;
    }

    public String getBoardName() {
        return shown == null ? "" : PublicPage.name(shown, language);
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        // Kept on the server with the page: only the link's first opening carries it.
        if (token != null && !token.isBlank()) {
            this.token = token.length() > 100 ? token.substring(0, 100) : token;
        }
    }

    public Boolean getConfirmed() {
        return confirmed;
    }
}

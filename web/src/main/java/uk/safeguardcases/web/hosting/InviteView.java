package uk.safeguardcases.web.hosting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguardcases.application.hosting.HostedBoards;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/** The operator invites a board's administrator ({@code /operator/invite.xhtml?board=}). */
@Named
@ViewScoped
public class InviteView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HostedBoards boards;

    private String board;
    private String username;
    private String displayName;
    private String email;

    public String invite() {
        Pages.step("invite", () -> {
            boards.inviteAdministrator(board, username, displayName, email);
            return Done.then("/operator/boards.xhtml", Language.text("hosting", "operator.invite.sent",
                    displayName.strip(), email.strip(), board));
        });
        return null;
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

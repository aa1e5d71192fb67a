package uk.safeguardcases.web.hosting;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.people.Accounts;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The page a board administrator's invitation opens ({@code /invitation.xhtml?token=}): they choose their password
 * (once, within seven days), then sign in, and their board has them set up an authenticator before anything else.
 */
@Named
@ViewScoped
public class InvitationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Accounts accounts;

    private String token;
    private String chosen;
    private String repeated;
    private Boolean opens;

    public boolean isOpens() {
        if (opens == null) {
            opens = accounts.resetLinkOpens(token);
        }
        return opens;
    }

    public void accept() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            accounts.resetPassword(token, chars(chosen), chars(repeated));
        } catch (InvalidInputException e) {
            if (e.fieldMessages().containsKey("token")) {
                opens = false;
            } else {
                Pages.fieldErrors("invitation", e.fieldMessages());
            }
            return;
        } finally {
            chosen = null;
            repeated = null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Language.text("hosting", "invitation.done"), null));
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/login.xhtml");
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}

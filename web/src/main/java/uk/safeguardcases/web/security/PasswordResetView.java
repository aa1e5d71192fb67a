package uk.safeguardcases.web.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.people.Accounts;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * "I forgot my password" and the page its e-mailed link opens. Asking never says whether the user name exists; the
 * link works once, for 30 minutes, and a link that no longer works says so and offers a new one.
 */
@Named
@ViewScoped
public class PasswordResetView implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Accounts accounts;

    private String username;
    private String token;
    private String chosen;
    private String repeated;
    private boolean sent;
    private Boolean opens;

    public void ask() {
        if (username == null || username.isBlank() || username.length() > 100) {
            Pages.fieldErrors("forgot", java.util.Map.of("username", Language.text("shell", "forgot.username.missing")));
            return;
        }
        accounts.requestPasswordReset(username.strip());
        sent = true;
    }

    /** Whether the link in the address still opens (asked once per request). */
    public boolean isOpens() {
        if (opens == null) {
            opens = accounts.resetLinkOpens(token);
        }
        return opens;
    }

    public void reset() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            accounts.resetPassword(token, chars(chosen), chars(repeated));
        } catch (InvalidInputException e) {
            if (e.fieldMessages().containsKey("token")) {
                opens = false;
            } else {
                Pages.fieldErrors("reset", e.fieldMessages());
            }
            return;
        } finally {
            chosen = null;
            repeated = null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Language.text("shell", "reset.done"), null));
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + SignIn.LOGIN_PAGE);
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public boolean isSent() {
        return sent;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

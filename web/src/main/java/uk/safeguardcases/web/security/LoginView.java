package uk.safeguardcases.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguardcases.web.shell.Language;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The sign-in form. A failure never says whether the user name or the password was wrong. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (username == null || username.isBlank() || password == null || password.isEmpty()
                || username.length() > 100 || password.length() > 200) {
            fail();
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username.trim(), new Password(password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
            default -> fail();
        }
    }

    private void fail() {
        password = null;
        // Drop whatever the failed attempt left in the session (a half-finished authentication would
        // otherwise answer the next protected request with an empty page instead of the log-in page).
        // The language chosen before signing in survives.
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Object language = request.getSession(false) == null ? null
                : request.getSession(false).getAttribute(Language.SESSION_LANGUAGE);
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        if (language != null) {
            request.getSession().setAttribute(Language.SESSION_LANGUAGE, language);
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Language.text("shell", "login.failed"), null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

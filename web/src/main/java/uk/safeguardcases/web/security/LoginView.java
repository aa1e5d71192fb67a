package uk.safeguardcases.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.people.Accounts;
import uk.safeguardcases.application.people.PasswordChecked;
import uk.safeguardcases.application.people.SingleSignOnBoard;
import uk.safeguardcases.application.people.SingleSignOnSignIn;
import uk.safeguardcases.web.shell.Language;

/**
 * The sign-in form: the password, the first step ({@link SignIn} takes it from there). A failure never says whether
 * the user name or the password was wrong, or that the account is locked, or that this address tried too often.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private FacesContext faces;

    @Inject
    private Accounts accounts;

    @Inject
    private SignIn signIn;

    @Inject
    private SingleSignOnSignIn singleSignOn;

    private String username;
    private String password;
    private List<SingleSignOnBoard> providers;

    /** The boards whose people sign in through their own identity provider, each a button on the sign-in page. */
    public List<SingleSignOnBoard> getProviders() {
        if (providers == null) {
            providers = singleSignOn.boards();
        }
        return providers;
    }

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (username == null || username.isBlank() || password == null || password.isEmpty()
                || username.length() > 100 || password.length() > 200) {
            fail(request);
            return;
        }
        PasswordChecked checked = accounts.checkPassword(username.strip(), password.toCharArray(),
                request.getRemoteAddr());
        password = null;
        if (!checked.ok()) {
            fail(request);
            return;
        }
        go(faces, signIn.afterPassword(request, (HttpServletResponse) external.getResponse(), checked));
    }

    /** Sends the browser where a sign-in step said (a page of the product), or leaves the response already sent. */
    static void go(FacesContext faces, Optional<String> page) throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (page.isPresent()) {
            external.redirect(external.getRequestContextPath() + page.get());
        } else {
            faces.responseComplete();
        }
    }

    private void fail(HttpServletRequest request) {
        password = null;
        SignIn.forget(request);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Language.text("shell", "login.failed") + " " + Language.text("shell", "login.failed.wait"), null));
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

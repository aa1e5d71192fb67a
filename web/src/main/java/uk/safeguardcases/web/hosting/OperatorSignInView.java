package uk.safeguardcases.web.hosting;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguardcases.application.hosting.HostOperators;
import uk.safeguardcases.domain.hosting.HostOperator;
import uk.safeguardcases.web.shell.Language;

/**
 * The hosting operator's sign-in: user name, password and authenticator code on one form, always all three. A
 * failure never says which was wrong; five in a row lock the operator's sign-in for a quarter of an hour.
 */
@Named
@RequestScoped
public class OperatorSignInView {

    @Inject
    private FacesContext faces;

    @Inject
    private HostOperators operators;

    @Inject
    private SecurityContext security;

    private String username;
    private String password;
    private String code;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String typed = password;
        password = null;
        if (username == null || username.isBlank() || username.length() > 100 || typed == null || typed.isEmpty()
                || typed.length() > 200) {
            fail("operator.signIn.failed");
            return;
        }
        HostOperator.SignInResult result = operators.signIn(username.strip(), typed.toCharArray(), code);
        code = null;
        if (result != HostOperator.SignInResult.SIGNED_IN) {
            fail(result == HostOperator.SignInResult.LOCKED ? "operator.signIn.locked" : "operator.signIn.failed");
            return;
        }
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().credential(new VerifiedOperator(username.strip())).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + OperatorDoor.HOME);
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            fail("operator.signIn.failed");
        }
    }

    private void fail(String key) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Language.text("hosting", key), null));
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

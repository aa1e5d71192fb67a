package uk.safeguardcases.web.hosting;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.hosting.HostOperators;
import uk.safeguardcases.web.security.QrCode;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * A new hosting operator's one-time enrolment link ({@code /operator/enrol.xhtml?token=}): they choose a password
 * and set up an authenticator app together, the secret kept here on the server until its first code confirms it.
 */
@Named
@ViewScoped
public class OperatorEnrolView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HostOperators operators;

    private String token;
    private String username;
    private String secret;
    private String chosen;
    private String repeated;
    private String code;
    private boolean loaded;

    /** The link's operator, once per view; a link used or expired shows no form and says so. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Optional<String> operator = operators.enrolmentFor(token);
        username = operator.orElse(null);
        secret = operator.isPresent() ? operators.newSecret() : null;
    }

    public boolean isOpens() {
        return username != null;
    }

    public String getQrCode() {
        return username == null ? "" : QrCode.svg(operators.enrolmentUri(username, secret),
                Language.text("hosting", "operator.enrol.qrLabel"));
    }

    public void enrol() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            operators.enrol(token, secret, chars(chosen), chars(repeated), code);
        } catch (InvalidInputException e) {
            if (e.fieldMessages().containsKey("token")) {
                username = null;
            } else {
                Pages.fieldErrors("enrol", e.fieldMessages());
            }
            return;
        } finally {
            chosen = null;
            repeated = null;
            code = null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Language.text("hosting", "operator.enrol.done"), null));
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + OperatorDoor.SIGN_IN);
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

    public String getUsername() {
        return username;
    }

    public String getSecret() {
        return secret;
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

package uk.safeguardcases.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import uk.safeguardcases.application.administration.SingleSignOnAdministration;
import uk.safeguardcases.application.administration.SingleSignOnSettings;
import uk.safeguardcases.web.security.SingleSignOnAddresses;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * admin/sign-in.xhtml: the board's own identity provider (OpenID Connect). The administrator registers this product
 * there as a client (the page shows the address to register for it), then types the issuer, the client ID and secret
 * and the claim that names a person here. While it is on, the board's people sign in there; its administrators keep
 * their passwords.
 */
@Named
@ViewScoped
public class SingleSignOnView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SingleSignOnAdministration administration;

    private SingleSignOnSettings current;
    private String issuer;
    private String clientId;
    private String clientSecret;
    private String claim;

    public void load() {
        current = administration.settings();
        issuer = current.issuer();
        clientId = current.clientId();
        claim = current.claim();
        clientSecret = null;
    }

    public void save() {
        Pages.step("sso", Language.text("accounts", "sso.saved"), "/admin/sign-in.xhtml",
                () -> administration.use(issuer, clientId, clientSecret, claim));
        clientSecret = null;
    }

    public void turnOff() {
        Pages.step("ssoOff", Language.text("accounts", "sso.turnedOff"), "/admin/sign-in.xhtml", administration::stop);
    }

    /** The address to register at the provider as this product's redirect URI. */
    public String getReturnAddress() {
        return SingleSignOnAddresses.returnAddress(
                (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public SingleSignOnSettings getCurrent() {
        return current;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getClaim() {
        return claim;
    }

    public void setClaim(String claim) {
        this.claim = claim;
    }
}

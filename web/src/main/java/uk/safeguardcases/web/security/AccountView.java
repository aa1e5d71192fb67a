package uk.safeguardcases.web.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.people.AccountSummary;
import uk.safeguardcases.application.people.Accounts;
import uk.safeguardcases.application.people.SecondFactorEnrolment;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/**
 * A person's own account: change the password (the current one first), set up a second factor where the board does
 * not already require one, and forget the browsers that skip the code.
 */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Accounts accounts;

    private AccountSummary account;
    private String current;
    private String chosen;
    private String repeated;
    private SecondFactorEnrolment enrolment;
    private String code;
    private List<String> recoveryCodes = List.of();

    @Inject
    private uk.safeguardcases.application.api.PersonalAccessTokens personalTokens;

    private List<uk.safeguardcases.application.api.PersonalAccessTokens.TokenView> tokens;
    private uk.safeguardcases.application.api.PersonalAccessTokens.NewToken newToken;
    private String tokenName;
    private String tokenScope = "READ";
    private String tokenDays = "30";

    public List<uk.safeguardcases.application.api.PersonalAccessTokens.TokenView> getTokens() {
        if (tokens == null) {
            tokens = personalTokens.mine();
        }
        return tokens;
    }

    /** A token for a program to use the API as this person; shown on this page this once. */
    public void issueToken() {
        Pages.step("tokens", () -> {
            int days;
            try {
                days = Integer.parseInt(tokenDays == null ? "" : tokenDays.strip());
            } catch (NumberFormatException e) {
                days = 0;
            }
            uk.safeguardcases.domain.api.PersonalAccessToken.Scope scope =
                    "READ_WRITE".equals(tokenScope) ? uk.safeguardcases.domain.api.PersonalAccessToken.Scope.READ_WRITE
                            : "READ".equals(tokenScope) ? uk.safeguardcases.domain.api.PersonalAccessToken.Scope.READ
                            : null;
            newToken = personalTokens.issue(tokenName, scope, days);
            tokens = null;
            tokenName = null;
            return Done.here(Language.text("shell", "account.tokens.issued"));
        });
    }

    public void revokeToken(long id) {
        Pages.stepOnListed(() -> {
            personalTokens.revoke(id);
            tokens = null;
            newToken = null;
            return Done.here(Language.text("shell", "account.tokens.revokedDone"));
        });
    }

    public uk.safeguardcases.application.api.PersonalAccessTokens.NewToken getNewToken() {
        return newToken;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getTokenScope() {
        return tokenScope;
    }

    public void setTokenScope(String tokenScope) {
        this.tokenScope = tokenScope;
    }

    public String getTokenDays() {
        return tokenDays;
    }

    public void setTokenDays(String tokenDays) {
        this.tokenDays = tokenDays;
    }

    public AccountSummary getAccount() {
        if (account == null) {
            account = accounts.ownAccount();
        }
        return account;
    }

    public void changePassword() {
        try {
            Pages.step("password", () -> {
                accounts.changeOwnPassword(chars(current), chars(chosen), chars(repeated));
                account = null;
                return Done.here(Language.text("shell", "account.password.changed"));
            });
        } finally {
            current = null;
            chosen = null;
            repeated = null;
        }
    }

    public void startSecondFactor() {
        enrolment = accounts.startOwnSecondFactor();
        recoveryCodes = List.of();
    }

    public void confirmSecondFactor() {
        try {
            Pages.step("secondFactor", () -> {
                recoveryCodes = accounts.confirmOwnSecondFactor(code == null ? "" : code.strip());
                enrolment = null;
                account = null;
                return Done.here(null);
            });
        } finally {
            code = null;
        }
    }

    public void forgetDevices() {
        int forgotten = accounts.forgetRememberedDevices();
        Pages.info(Language.text("shell", "account.devices.forgotten", forgotten));
        account = null;
    }

    public String getQrCode() {
        return enrolment == null ? "" : QrCode.svg(enrolment.uri(), Language.text("shell", "signIn.setUp.qrLabel"));
    }

    public String getSecret() {
        return enrolment == null ? "" : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public boolean isEnrolling() {
        return enrolment != null;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
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

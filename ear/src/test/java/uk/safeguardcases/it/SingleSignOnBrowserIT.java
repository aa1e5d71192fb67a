package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on through a real OpenID Connect provider (Keycloak, started by the test): a board's administrator
 * points the board at it, and its people then sign in there and arrive here as themselves, while another board keeps
 * its passwords. Someone the provider knows but the board does not is refused and not created; a return that is not
 * this browser's sign-in is refused; the board's people can no longer use a password, its administrator can.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final String REALM = "lscb-staff";
    private static final String CLIENT_SECRET = "lscb-client-secret-2026";
    private static final String PROVIDER_PASSWORD = "Keycloak-Pass-2026";

    private static Keycloak keycloak;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(AccountFixtureServlet.class);
    }

    @ArquillianResource
    private URL baseUrl;

    private final List<String> accessibility = new ArrayList<>();

    @BeforeAll
    static void needsChromium() {
        Chromium.assumeInstalled();
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /**
     * The provider's realm: the product as a confidential client with PKCE, the board's officer (as the provider
     * knows them: user name, e-mail, name) and a stranger the board does not know.
     */
    private static String realm(String board) {
        return """
                {"realm": "%s", "enabled": true, "sslRequired": "none",
                 "clients": [{"clientId": "safeguard-cases", "enabled": true, "publicClient": false,
                   "secret": "%s", "standardFlowEnabled": true, "directAccessGrantsEnabled": false,
                   "redirectUris": ["*"],
                   "attributes": {"pkce.code.challenge.method": "S256"}}],
                 "users": [
                   {"username": "%s.officer", "enabled": true, "email": "%s.officer@demo.example.org",
                    "emailVerified": true, "firstName": "Olivia", "lastName": "Okafor",
                    "credentials": [{"type": "password", "value": "%s", "temporary": false}]},
                   {"username": "stranger", "enabled": true, "email": "stranger@elsewhere.example.org",
                    "emailVerified": true, "firstName": "Sam", "lastName": "Stranger",
                    "credentials": [{"type": "password", "value": "%s", "temporary": false}]}]}
                """.formatted(REALM, CLIENT_SECRET, board, board, PROVIDER_PASSWORD, PROVIDER_PASSWORD);
    }

    private Chromium browser() {
        return new Chromium(URI.create(baseUrl.toString()));
    }

    /** A board of the test's own, like LSCB, so no other test meets its single sign-on. */
    private String newBoard() {
        try (Chromium fixture = browser()) {
            fixture.open("test-fixtures/account/board?like=lscb");
            return fixture.text().strip();
        }
    }

    @Test
    void aBoardSignsInThroughItsProviderWhileAnotherKeepsPasswords() throws Exception {
        String board = newBoard();
        keycloak = Keycloak.start(REALM, realm(board));
        try (Chromium admin = browser()) {
            admin.signIn(board + ".admin", PASSWORD);
            admin.open("admin/sign-in.xhtml");
            assertThat(admin.text("ssoState")).contains("Single sign-on is off");
            assertThat(admin.text("returnAddress")).endsWith("/sign-in/returned");
            check(admin, "single sign-on settings");

            // A mistyped issuer is told at once, and nothing is kept.
            admin.type("sso:issuer", keycloak.issuer("no-such-realm"));
            admin.type("sso:clientId", "safeguard-cases");
            admin.type("sso:clientSecret", CLIENT_SECRET);
            admin.type("sso:claim", "preferred_username");
            admin.click("sso:save");
            assertThat(admin.text()).contains("did not answer with its OpenID configuration");
            admin.open("admin/sign-in.xhtml");
            assertThat(admin.text("ssoState")).contains("Single sign-on is off");

            // Plain HTTP to another machine is refused before anything is asked of it.
            admin.type("sso:issuer", "http://idp.example.org/realms/x");
            admin.type("sso:clientId", "safeguard-cases");
            admin.click("sso:save");
            assertThat(admin.text()).contains("Enter the issuer as an https:// address");

            admin.type("sso:issuer", keycloak.issuer(REALM));
            admin.type("sso:clientId", "safeguard-cases");
            admin.type("sso:clientSecret", CLIENT_SECRET);
            admin.type("sso:claim", "preferred_username");
            admin.click("sso:save");
            assertThat(admin.text()).contains("Single sign-on saved");
            assertThat(admin.text("ssoState")).contains("Single sign-on is on");
            assertThat(admin.html()).doesNotContain(CLIENT_SECRET);
            admin.screenshot("admin-single-sign-on");
            check(admin, "single sign-on on");
        }
        {
            // An officer of the board signs in at the provider and arrives here as themselves.
            try (Chromium officer = browser()) {
                officer.open("login.xhtml");
                assertThat(officer.has("provider-" + board)).isTrue();
                assertThat(officer.has("provider-chscb")).as("boards without single sign-on offer no button").isFalse();
                officer.screenshot("sign-in-with-provider");
                check(officer, "sign-in page with a provider");
                officer.click("provider-" + board);
                officer.waitFor(() -> officer.url().startsWith(keycloak.issuer(REALM)), "the provider's sign-in page");
                officer.type("username", board + ".officer");
                officer.type("password", PROVIDER_PASSWORD);
                officer.click("kc-login");
                officer.waitFor(() -> officer.url().startsWith(baseUrl.toString()) && !officer.url().contains("login"),
                        "the way back from the provider");
                assertThat(officer.text()).contains("Olivia Okafor");
                officer.open("officer/cases.xhtml");
                assertThat(officer.url()).contains("/officer/cases.xhtml");
                assertThat(officer.title()).doesNotContain("Sign in");
            }

            // Someone the provider knows but the board does not: refused, and not created.
            try (Chromium stranger = browser()) {
                stranger.open("login.xhtml");
                stranger.click("provider-" + board);
                stranger.waitFor(() -> stranger.url().startsWith(keycloak.issuer(REALM)), "the provider's sign-in page");
                stranger.type("username", "stranger");
                stranger.type("password", PROVIDER_PASSWORD);
                stranger.click("kc-login");
                stranger.waitFor(() -> stranger.url().contains("/login.xhtml"), "the way back to the sign-in page");
                assertThat(stranger.text("providerRefused")).contains("does not match anyone on the board");
                stranger.open("officer/cases.xhtml");
                assertThat(stranger.url()).contains("login");
            }
            try (Chromium admin = browser()) {
                admin.signIn(board + ".admin", PASSWORD);
                admin.open("admin/people.xhtml");
                assertThat(admin.text()).doesNotContain("stranger").doesNotContain("Stranger");
            }

            // The board's people no longer sign in with a password; another board's still do.
            try (Chromium withPassword = browser()) {
                withPassword.open("login.xhtml");
                withPassword.type("login:username", board + ".officer");
                withPassword.type("login:password", PASSWORD);
                withPassword.click("login:signIn");
                assertThat(withPassword.url()).contains("login");
                assertThat(withPassword.text()).contains("The user name or password is not correct");
                withPassword.signIn("chscb.officer", PASSWORD);
                assertThat(withPassword.url()).doesNotContain("login");
            }

            // Another board's administrator sees their own board's setting, not this one's.
            try (Chromium other = browser()) {
                other.signIn("chscb.admin", PASSWORD);
                other.open("admin/sign-in.xhtml");
                assertThat(other.text("ssoState")).contains("Single sign-on is off");
                assertThat(other.html()).doesNotContain(keycloak.issuer(REALM));
            }

            // A return from the provider that no sign-in in this browser started is refused.
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(baseUrl
                    + "sign-in/returned?code=made-up&state=made-up")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).isEqualTo(302);
            assertThat(forged.headers().firstValue("Location").orElse("")).contains("login.xhtml?provider=refused");
            HttpResponse<String> unknownBoard = http.send(HttpRequest.newBuilder(URI.create(baseUrl
                    + "sign-in/provider?board=chscb")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(unknownBoard.headers().firstValue("Location").orElse("")).contains("provider=refused");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(baseUrl + "sign-in/provider?board=" + board)).build(),
                    HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location").orElse(""))
                    .startsWith(keycloak.issuer(REALM) + "/protocol/openid-connect/auth?")
                    .contains("code_challenge_method=S256").contains("state=").contains("nonce=");
        }
        try (Chromium admin = browser()) {
            admin.signIn(board + ".admin", PASSWORD);
            admin.open("admin/sign-in.xhtml");
            admin.click("ssoOff:turnOff");
            assertThat(admin.text()).contains("Single sign-on is off");
            assertThat(admin.text("ssoState")).contains("Single sign-on is off");
        }
        try (Chromium again = browser()) {
            again.signIn(board + ".officer", PASSWORD);
            assertThat(again.url()).as("passwords work again once single sign-on is off").doesNotContain("login");
        }
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private void check(Chromium browser, String name) {
        browser.accessibilityProblems().forEach(p -> accessibility.add(name + ": " + p));
    }
}

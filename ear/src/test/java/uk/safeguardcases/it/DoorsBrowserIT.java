package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.domain.people.Totp;

/**
 * The doors as a person meets them in a real browser: setting up an authenticator app, signing in with its code,
 * a browser remembered for 30 days, and the warning before an idle session ends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DoorsBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(AccountFixtureServlet.class);
    }

    @ArquillianResource
    private URL baseUrl;

    private Chromium browser;
    private final List<String> accessibility = new ArrayList<>();

    @BeforeEach
    void start() {
        Chromium.assumeInstalled();
        browser = new Chromium(URI.create(baseUrl.toString()));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private String newOfficer(String board, String name) {
        browser.open("test-fixtures/account/person?board=" + board + "&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
        return browser.text().strip();
    }

    @Test
    void anOfficerSetsUpAnAuthenticatorAppSignsInWithItsCodeAndHasTheirBrowserRemembered() {
        String username = newOfficer("cwmtaf", "Angharad Ŵyn-Prŷs");
        browser.signIn(username, PASSWORD);
        browser.click("account-link");
        assertThat(browser.text()).contains("Your account").contains("confirmed by your password only");
        check("account");

        browser.click("startSecondFactor:start");
        assertThat(browser.html()).contains("<svg").contains("qr-code");
        String secret = browser.text("secret").replace(" ", "");
        assertThat(secret).hasSize(32);
        browser.screenshot("account-second-factor");
        check("account, setting up");

        browser.type("secondFactor:code", "000000");
        browser.click("secondFactor:confirm");
        assertThat(browser.text()).contains("That code does not match");
        browser.type("secondFactor:code", Totp.codeAt(secret, Instant.now().minusSeconds(30)));
        browser.click("secondFactor:confirm");
        assertThat(browser.text()).contains("Your recovery codes").contains("this is the only time they are shown");
        assertThat(browser.text("recoveryCodes").split("\\s+")).hasSize(10);
        check("account, recovery codes");

        browser.signOut();
        browser.type("login:username", username);
        browser.type("login:password", PASSWORD);
        browser.click("login:signIn");
        assertThat(browser.url()).endsWith("/sign-in/code.xhtml");
        assertThat(browser.text()).contains("Enter your code");
        browser.screenshot("sign-in-code");
        check("sign-in code");
        browser.type("enterCode:code", "123456");
        browser.click("enterCode:continue");
        assertThat(browser.text()).contains("That code is not right");
        browser.type("enterCode:code", Totp.codeAt(secret, Instant.now()));
        browser.check("enterCode:remember");
        browser.click("enterCode:continue");
        assertThat(browser.url()).endsWith("/officer/dashboard.xhtml");

        browser.signOut();
        browser.signIn(username, PASSWORD);
        assertThat(browser.url()).as("a remembered browser is not asked for a code")
                .endsWith("/officer/dashboard.xhtml");
        browser.click("account-link");
        assertThat(browser.text("rememberedDevices")).isEqualTo("1");
        browser.click("devices:forget");
        assertThat(browser.text()).contains("Every browser asks for a code again (1 forgotten)");
        browser.signOut();
        browser.type("login:username", username);
        browser.type("login:password", PASSWORD);
        browser.click("login:signIn");
        assertThat(browser.url()).endsWith("/sign-in/code.xhtml");
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    void aBoardThatAsksItsOfficersForASecondFactorHasThemSetItUpAtTheirNextSignInBeforeAnythingElse() {
        browser.open("test-fixtures/account/board?like=lscb");
        String board = browser.text().strip();

        browser.signIn(board + ".admin", PASSWORD);
        browser.open("admin/accounts.xhtml");
        browser.script("document.querySelector(\"input[name='secondFactor:roles'][value='officer']\").click();");
        browser.click("secondFactor:save");
        assertThat(browser.text()).contains("People in those roles set up an authenticator app at their next sign-in");
        assertThat((Boolean) browser.script(
                "return document.querySelector(\"input[name='secondFactor:roles'][value='officer']\").checked;"))
                .as("the officer role stays ticked").isTrue();
        browser.signOut();

        browser.type("login:username", board + ".officer");
        browser.type("login:password", PASSWORD);
        browser.click("login:signIn");
        assertThat(browser.url()).endsWith("/sign-in/set-up.xhtml");
        assertThat(browser.text()).contains("Set up a second factor")
                .contains("Your board asks everyone in your role to confirm their sign-in");
        check("sign-in, second factor set-up");
        browser.open("officer/dashboard.xhtml");
        assertThat(browser.url()).as("no page before the second factor is set up").doesNotContain("/officer/");

        browser.type("login:username", board + ".officer");
        browser.type("login:password", PASSWORD);
        browser.click("login:signIn");
        String secret = browser.text("secret").replace(" ", "");
        browser.type("setUp:code", "999999");
        browser.click("setUp:confirm");
        assertThat(browser.url()).endsWith("/sign-in/set-up.xhtml");
        assertThat(browser.text("setUp:codeError")).isNotBlank();
        browser.type("setUp:code", Totp.codeAt(secret, Instant.now()));
        browser.click("setUp:confirm");
        assertThat(browser.text("recoveryCodes").split("\\s+")).hasSize(10);
        browser.click("finish:continue");
        assertThat(browser.url()).endsWith("/officer/dashboard.xhtml");

        browser.signOut();
        browser.type("login:username", board + ".officer");
        browser.type("login:password", PASSWORD);
        browser.click("login:signIn");
        assertThat(browser.url()).as("from now on the code is asked for").endsWith("/sign-in/code.xhtml");
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    void aSessionLeftIdleWarnsFirstThenEndsWithAMessageSayingWhy() {
        browser.signIn("nscb.officer", PASSWORD);
        browser.open("test-fixtures/account/idle?seconds=20");
        browser.open("officer/dashboard.xhtml");
        assertThat(browser.html()).contains("data-idle-seconds=\"20\"");
        assertThat((Boolean) browser.script("return document.getElementById('idle-warning').hidden;")).isTrue();
        browser.waitFor(() -> Boolean.FALSE.equals(browser.script(
                "return document.getElementById('idle-warning').hidden;")), "the idle warning");
        assertThat(browser.text()).contains("Still there?").contains("Stay signed in");
        assertThat(browser.focused()).isEqualTo("idle-stay");
        browser.screenshot("idle-warning");
        check("idle warning");

        browser.click("idle-stay");
        browser.waitFor(() -> Boolean.TRUE.equals(browser.script(
                "return document.getElementById('idle-warning').hidden;")), "the warning gone after staying");
        browser.waitFor(() -> browser.url().contains("/login.xhtml"), "signed out after the idle time");
        assertThat(browser.text()).contains("You were signed out because nothing was done for 30 minutes");
        browser.open("officer/dashboard.xhtml");
        assertThat(browser.url()).as("the session really ended").contains("/login.xhtml");
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private void check(String name) {
        browser.accessibilityProblems().forEach(p -> accessibility.add(name + ": " + p));
    }
}

package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
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
 * A bilingual board's first administrator takes up the hosting operator's invitation in Welsh, in a real browser:
 * the Welsh letter's link opens the page in Welsh, they choose a password, sign in, set up an authenticator app before
 * anything else, and reach their board's administration; the link then works no more.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationBrowserIT {

    private static final String PASSWORD = "Cyfrinair–Siân “ŵ ŷ” £26";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(HostingFixtureServlet.class);
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

    @Test
    void theFirstAdministratorTakesUpTheInvitationInWelshAndSetsUpTheSecondFactorFirst() {
        browser.open("test-fixtures/hosting/invited");
        String[] invited = browser.text().strip().split("\\s+");
        String username = invited[0];
        String link = invited[1];

        browser.open(link);
        assertThat(browser.html()).contains("lang=\"cy\"").contains("Dewis y cyfrinair hwn");
        assertThat(browser.text()).contains("Croeso i Achosion Diogelu");
        check("invitation, Welsh");
        browser.type("invitation:chosen", "byr");
        browser.type("invitation:repeated", "byr");
        browser.click("invitation:accept");
        assertThat(browser.url()).contains("invitation.xhtml");
        check("invitation, a password too short");
        browser.type("invitation:chosen", PASSWORD);
        browser.type("invitation:repeated", PASSWORD);
        browser.click("invitation:accept");
        assertThat(browser.url()).contains("login.xhtml");
        assertThat(browser.text()).contains("Mae eich cyfrinair wedi'i ddewis");

        browser.signIn(username, PASSWORD);
        assertThat(browser.url()).as("the second factor before anything else").contains("sign-in/set-up.xhtml");
        check("setting up the second factor, Welsh");
        String secret = browser.text("secret").replace(" ", "");
        browser.type("setUp:code", Totp.codeAt(secret, Instant.now()));
        browser.click("setUp:confirm");
        browser.click("finish:continue");
        assertThat(browser.url()).contains("admin/board.xhtml");
        assertThat(browser.text()).contains("Gwent");
        check("the board's administration, Welsh");

        browser.signOut();
        browser.open(link);
        assertThat(browser.text()).as("the link works once").contains("wedi'i ddefnyddio");
        assertThat(accessibility).as("serious accessibility problems").isEmpty();
    }

    private void check(String name) {
        browser.accessibilityProblems().forEach(p -> accessibility.add(name + ": " + p));
    }
}

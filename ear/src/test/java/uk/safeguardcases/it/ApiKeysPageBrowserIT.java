package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
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

/** The board administrator's API keys page in a real browser, checked with axe-core at each state. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiKeysPageBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWith();
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
    void anAdministratorMakesReplacesAndRevokesAKeyOnAnAccessiblePage() {
        browser.signIn("cwmtaf.admin", PASSWORD);
        browser.clickLinkTo("/admin/api-keys.xhtml");
        assertThat(browser.text()).contains("API keys for monitoring tools");
        check("api keys");

        browser.click("newKey:create");
        assertThat(browser.text()).contains("Give the key a name");
        check("api keys, no name");

        browser.type("newKey:name", "Offeryn Dŵr – “gwe” 🙂");
        browser.click("newKey:create");
        assertThat(browser.text()).contains("Copy the new key now").contains("Key \"Offeryn Dŵr – “gwe” 🙂\" made.");
        String key = (String) browser.script("return document.getElementById('madeKey').value;");
        assertThat(key).hasSize(43);
        check("api keys, key made");

        browser.click("keys:list:0:rotate");
        String replacement = (String) browser.script("return document.getElementById('madeKey').value;");
        assertThat(replacement).hasSize(43).isNotEqualTo(key);
        assertThat(browser.text()).contains("the old key no longer works").contains("Revoked");

        browser.click("keys:list:0:revoke");
        assertThat(browser.text()).contains("revoked: it no longer works").doesNotContain("Copy the new key now");
        check("api keys, revoked");
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private void check(String name) {
        browser.accessibilityProblems().forEach(p -> accessibility.add(name + ": " + p));
        assertThat(browser.html()).doesNotContain("Exception:");
        assertThat(browser.text()).as(name).doesNotContain("Something went wrong");
    }
}

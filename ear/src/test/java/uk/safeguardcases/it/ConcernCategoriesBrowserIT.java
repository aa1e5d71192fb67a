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

/**
 * Issue 65 in Chromium: a Welsh board's annual report, in Welsh and in English, counts allegations by category with
 * the KCSIE 2025 and 2026 online content risks among its rows, and concerns by sector with education and childcare
 * settings among the safeguarding partners. Every page is checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcernCategoriesBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(AccountFixtureServlet.class, CaseFixtureServlet.class);
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
    void aWelshBoardsAnnualReportCountsTheNewCategoriesAndPartnersInWelshAndEnglish() {
        browser.open("test-fixtures/account/board?like=cwmtaf");
        String board = browser.text().strip();
        browser.signIn(board + ".senior", PASSWORD);

        browser.open("annual/report.xhtml?lang=cy");
        assertThat(browser.html()).contains("Honiadau yn ôl categori")
                .contains("Camwybodaeth, twyllwybodaeth neu ddamcaniaethau cynllwyn")
                .contains("Delweddau personol a grëwyd gan y person ei hun, gan gynnwys rhai a wnaed gan AI")
                .contains("Lleoliad addysg (coleg, darpariaeth amgen)")
                .contains("Lleoliad gofal plant (meithrinfa, gwarchodwr plant)");
        WalkPages.check(browser, "annual report", true, null, false, accessibility);

        browser.open("annual/report.xhtml?lang=en");
        assertThat(browser.html()).contains("Allegations by category")
                .contains("Misinformation, disinformation or conspiracy theories")
                .contains("Self-generated intimate images, including AI-made ones")
                .contains("Education setting (college, alternative provision)")
                .contains("Childcare setting (nursery, childminder)");
        WalkPages.check(browser, "annual report, English", false, null, false, accessibility);

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }
}

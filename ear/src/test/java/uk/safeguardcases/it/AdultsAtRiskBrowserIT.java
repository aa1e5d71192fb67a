package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * The adults' route in Chromium, in Welsh, on a board like Cwm Taf: the administrator sets its timescale; the officer
 * triages a concern about an adult at risk (refused first when they say it concerns children only), sees the report
 * to the adult safeguarding team due on the case and on the dashboard, and records it with the team's reference; the
 * dashboard counts the board's cases by whom they concern. Every page is checked with axe-core. Screenshots go to
 * {@code docs/screenshots/adult-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdultsAtRiskBrowserIT {

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
    void anOfficerOfABoardLikeCwmTafReportsAnAdultAtRiskInWelsh() {
        browser.open("test-fixtures/account/board?like=cwmtaf");
        String board = browser.text().strip();

        signIn(board + ".admin");
        browser.open("admin/settings.xhtml");
        browser.type("deadlines:adultReportDays", "2");
        browser.click("deadlines:save");
        browser.waitFor(() -> browser.text().contains("Cadwyd y terfynau amser"), "saved");
        browser.open("admin/settings.xhtml");
        assertThat((String) browser.script("return document.getElementById('deadlines:adultReportDays').value;"))
                .isEqualTo("2");
        check("settings");
        browser.signOut();

        String ref = CaseFixtureClient.ask(baseUrl, "board=" + board + "&step=AWAITING_TRIAGE&subject="
                + URLEncoder.encode("Morgan Evans", StandardCharsets.UTF_8))[0];
        signIn(board + ".officer");
        browser.open("officer/case.xhtml?ref=" + ref);
        String note = Typed.text("Preswylydd cartref gofal – oedolyn sy’n wynebu risg");
        // One question (issue 38): whom the concern puts at risk; adults at risk take the adults' route.
        assertThat(browser.has("triage:adultAtRisk")).as("no second question about adults at risk").isFalse();
        assertThat(browser.text()).contains("Dewiswch oedolion sy’n wynebu risg (neu’r ddau)");
        browser.chooseByValue("triage:decision", "INVESTIGATE");
        browser.type("triage:note", note);
        check("case, triage");
        browser.chooseByValue("triage:concerns", "ADULTS_AT_RISK");
        browser.click("triage:record");
        browser.waitFor(() -> browser.has("adultReport:adultReportReference"), "the report's form");
        assertThat(browser.text("case-step")).isEqualTo("Adroddiad diogelu oedolion yn ddyledus");
        assertThat(browser.text("case-concerns-whom")).isEqualTo("Oedolion sy’n wynebu risg");
        assertThat(browser.text()).contains("Rhoi gwybod i’r tîm diogelu oedolion");
        check("case, adult safeguarding report");
        browser.screenshot("adult-report-cy");

        browser.open("officer/dashboard.xhtml");
        assertThat(browser.text("cases-by-concern")).contains("Oedolion sy’n wynebu risg");
        assertThat((String) browser.script(
                "return document.querySelector('#cases-by-concern td[data-whom=ADULTS_AT_RISK]').textContent;"))
                .isEqualTo("1");
        assertThat(browser.html()).contains("/officer/case.xhtml?ref=" + ref);
        check("dashboard");
        browser.screenshot("adult-dashboard-cy");

        browser.open("officer/case.xhtml?ref=" + ref);
        browser.click("adultReport:record");
        assertThat(browser.text()).contains("Cofnodwch y cyfeirnod a roddodd y tîm diogelu oedolion");
        String teamReference = Typed.text("ASA/2026/17");
        browser.type("adultReport:adultReportReference", teamReference);
        browser.click("adultReport:record");
        browser.waitFor(() -> browser.text().contains("Cofnodwyd yr adroddiad i’r tîm diogelu oedolion"), "recorded");
        assertThat(browser.text("case-step")).isEqualTo("Yn aros am awdurdodiad");
        assertThat(browser.text()).contains(teamReference.replace("\u200F", ""));
        browser.open("officer/cases.xhtml?whom=ADULTS_AT_RISK");
        assertThat(browser.text()).contains(ref);
        browser.open("officer/cases.xhtml?whom=CHILDREN");
        assertThat(browser.text()).doesNotContain(ref);

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private void signIn(String username) {
        browser.signIn(username, PASSWORD);
        browser.open("account.xhtml?lang=cy");
    }

    private void check(String page) {
        WalkPages.check(browser, page, true, null, false, accessibility);
    }
}

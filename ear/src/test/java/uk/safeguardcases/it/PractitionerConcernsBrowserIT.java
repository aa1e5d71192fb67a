package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Issue 65 in Chromium: a Welsh board's officer (a board like Cwm Taf) sees, in Welsh, a practitioner concern raised
 * on the Friday evening before the summer bank holiday due to the designated person at the end of the Tuesday, answers
 * the threshold checklist, records the transferable risk and the outcome, and finds each on the timeline; the same
 * panel reads in English; a board like City &amp; Hackney has no such panel on its own case and cannot open the Welsh
 * board's. Every page is checked with axe-core. Screenshots go to {@code docs/screenshots/practitioner-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PractitionerConcernsBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(AccountFixtureServlet.class, CaseFixtureServlet.class,
                PractitionerFixtureServlet.class);
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
    void aWelshBoardsOfficerRecordsAPractitionerConcernInWelshAndAnotherBoardSeesNoneOfIt() {
        browser.open("test-fixtures/account/board?like=cwmtaf");
        String board = browser.text().strip();
        String ref = CaseFixtureClient.ask(baseUrl, "board=" + board + "&step=AWAITING_TRIAGE&subject="
                + URLEncoder.encode("Rhodri Llŷr", StandardCharsets.UTF_8))[0];
        moveRaised(ref, "2026-08-28T18:30"); // a Friday evening; Monday 31 August is the summer bank holiday

        signIn(board + ".officer", "cy");
        browser.open("officer/case.xhtml?ref=" + ref);
        assertThat(browser.text("practitioner-heading"))
                .isEqualTo("Pryder am ymarferydd (Gweithdrefnau Diogelu Cymru, Adran 5)");
        assertThat(browser.text("practitioner-due")).contains("1").contains("Medi 2026").contains("17:00");
        assertThat(browser.has("practitioner-overdue")).isTrue();
        check("case, practitioner concern");

        browser.click("practitionerThreshold:record");
        browser.waitFor(() -> browser.text().contains("Atebwch ie neu na i’r maen prawf hwn."), "the refusal");
        // Each criterion: 0 is "yes", 1 is "no"; the third (a risk of harm) is met.
        for (int i = 0; i < 4; i++) {
            browser.check("practitionerThreshold:criterion:" + i + ":answer:" + (i == 2 ? 0 : 1));
        }
        browser.click("practitionerThreshold:record");
        browser.waitFor(() -> browser.text().contains("Mae meini prawf y trothwy wedi’u cofnodi."), "recorded");
        assertThat(browser.text("practitioner-threshold-result")).contains("Mae’r trothwy wedi’i gyrraedd.");

        String roles = Typed.text("Gwirfoddolwr, Clwb Pêl-droed Ieuenctid Aberdâr");
        String whom = Typed.text("DSP y clwb – “Mrs Ŵyn”");
        browser.type("practitionerRisk:otherRoles", roles);
        browser.type("practitionerRisk:riskToldWhom", whom);
        browser.click("practitionerRisk:record");
        browser.waitFor(() -> browser.text().contains("Dywedwch ar ba ddiwrnod y cawson nhw wybod."), "refused");
        assertThat((String) browser.script("return document.getElementById('practitionerRisk:otherRoles').value;"))
                .as("nothing typed is lost").isEqualTo(roles);
        browser.script("document.getElementById('practitionerRisk:riskToldOn').value = '2026-09-01';");
        browser.click("practitionerRisk:record");
        browser.waitFor(() -> browser.text().contains("Mae’r risg drosglwyddadwy wedi’i chofnodi."), "risk recorded");
        assertThat(browser.text("practitioner-other-roles")).isEqualTo(roles.replace("\u200F", ""));
        assertThat(browser.text("practitioner-told-whom")).isEqualTo(whom.replace("\u200F", ""));

        browser.chooseByValue("practitionerOutcome:outcome", "STRATEGY_MEETING");
        browser.click("practitionerOutcome:record");
        browser.waitFor(() -> browser.text().contains("Mae’r canlyniad wedi’i gofnodi."), "outcome recorded");
        assertThat(browser.text("practitioner-outcome"))
                .contains("Trothwy wedi’i gyrraedd: cyfarfod strategaeth proffesiynol");

        browser.type("practitionerTold:designatedPerson", "Siân Ŵyn, DSP");
        browser.click("practitionerTold:record");
        browser.waitFor(() -> browser.text().contains("Cofnodwyd bod y person dynodedig wedi cael gwybod."), "told");
        assertThat(browser.has("practitioner-overdue")).isFalse();
        assertThat(browser.text()).contains("Pryder am ymarferydd: meini prawf y trothwy wedi’u cofnodi")
                .contains("Pryder am ymarferydd: risg drosglwyddadwy wedi’i chofnodi")
                .contains("Pryder am ymarferydd: canlyniad wedi’i gofnodi")
                .contains("Pryder am ymarferydd: y person dynodedig wedi cael gwybod");
        check("case, practitioner concern recorded");
        browser.screenshot("practitioner-concern-cy");

        browser.open("account.xhtml?lang=en");
        browser.open("officer/case.xhtml?ref=" + ref);
        assertThat(browser.text("practitioner-heading"))
                .isEqualTo("Concern about a practitioner (Wales Safeguarding Procedures, Section 5)");
        assertThat(browser.text("practitioner-due")).isEqualTo("1 Sep 2026, 17:00");
        assertThat(browser.text("practitioner-threshold-result")).contains("The threshold is met.");
        assertThat(browser.text("practitioner-outcome")).contains("Threshold met: professional strategy meeting");
        assertThat(browser.text()).contains("Practitioner concern: transferable risk recorded");
        check("case, practitioner concern, English");
        browser.screenshot("practitioner-concern-en");
        browser.signOut();

        browser.open("test-fixtures/account/board?like=chscb");
        String other = browser.text().strip();
        String own = CaseFixtureClient.ask(baseUrl, "board=" + other + "&step=AWAITING_TRIAGE&subject="
                + URLEncoder.encode("Amelia Hart", StandardCharsets.UTF_8))[0];
        signIn(other + ".officer", "en");
        browser.open("officer/case.xhtml?ref=" + own);
        assertThat(browser.has("case-practitioner")).as("an English board's case has no such panel").isFalse();
        browser.open("officer/case.xhtml?ref=" + ref);
        assertThat(browser.has("case-practitioner")).isFalse();
        assertThat(browser.text()).doesNotContain(roles.substring(0, 20)).doesNotContain("Rhodri");

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private void moveRaised(String ref, String at) {
        try {
            HttpResponse<String> moved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl
                    + "test-fixtures/practitioner-raised?ref=" + URLEncoder.encode(ref, StandardCharsets.UTF_8)
                    + "&at=" + at)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(moved.statusCode()).isEqualTo(200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void signIn(String username, String language) {
        browser.signIn(username, PASSWORD);
        browser.open("account.xhtml?lang=" + language);
    }

    private void check(String page) {
        WalkPages.check(browser, page, !page.endsWith("English"), null, false, accessibility);
    }
}

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
import java.time.Duration;
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
 * A senior manager of a bilingual board meets stuck work on their own screen, in Welsh and on a phone: a LADO
 * escalation that failed every try and an e-mail given up on; they try the step again once it is mended (the case's
 * timeline then shows the escalation) and say the e-mail was dealt with another way, after a check step.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StuckWorkBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(CaseFixtureServlet.class, StuckWorkFixtureServlet.class);
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
        stuck("board=cwmtaf&act=mend");
    }

    @Test
    void aSeniorManagerSeesStuckWorkInWelshAndOnAPhoneAndPutsItRight() {
        String ref = CaseFixtureClient.ask(baseUrl, "board=cwmtaf&step=lado&subject="
                + URLEncoder.encode("Gwenllïan Ŵyn", StandardCharsets.UTF_8))[0];
        stuck("board=cwmtaf&ref=" + ref);
        String subject = "Neges “Dŵr” – £5 " + System.nanoTime();
        stuck("board=cwmtaf&email=" + URLEncoder.encode(subject, StandardCharsets.UTF_8));

        browser.signIn("cwmtaf.senior", PASSWORD);
        browser.open("senior/stuck-work.xhtml?lang=cy");
        assertThat(browser.text()).contains("Gwaith sydd wedi stopio yn").contains(ref).contains(subject)
                .contains("Escalate to the senior manager").contains("Methodd y cam gyda gwall ei hun.");
        // The failure's own words, for the service's operator, folded under the sentence.
        assertThat(browser.html()).contains("Manylion i weithredwr y gwasanaeth").contains("Test fault");
        assertThat(browser.html()).contains("value=\"Rhoi cynnig arall\"").contains("value=\"Wedi’i drin mewn ffordd arall\"")
                .contains("<span lang=\"en\">Escalate to the senior manager</span>");
        check("stuck work, Welsh");
        browser.screenshot("stuck-work-cy");
        browser.resize(375, 800);
        check("stuck work, Welsh, phone");
        browser.resize(1280, 900);

        // The step, mended, is tried again: the escalation is done and the case's timeline says so.
        browser.open("senior/stuck-work.xhtml?lang=en");
        stuck("board=cwmtaf&act=mend");
        browser.click(buttonInRowOf(ref, "tryAgain"));
        assertThat(browser.text()).contains("is being tried again");
        assertThat(browser.url()).endsWith("/senior/stuck-work.xhtml");
        // Until its try has run it is listed as being tried, with nothing to press; then it is gone from the page.
        assertThat(tryAgainInRowOf(ref)).as("no Try again while it is being tried").isNull();
        browser.open("officer/case.xhtml?ref=" + ref);
        browser.reloadUntil(() -> browser.text().contains("LADO timescale missed"), "the escalation of " + ref);
        assertThat(browser.text()).contains("Stopped step tried again");
        browser.open("senior/stuck-work.xhtml");
        // The step leaves the page once run (its escalation e-mail, meeting no mail server here, may be listed as
        // failing once it has been tried).
        // Only this case's row counts: another walk's case on the same demo board may have a step of its own here.
        browser.reloadUntil(() -> rowOf(ref, "Escalate to the senior manager") == null,
                "the step of " + ref + " to leave the page once run");

        // The e-mail: the first click only asks; the second removes it from the page.
        browser.open("senior/stuck-work.xhtml");
        browser.click(buttonInRowOf(subject, "dealtWith"));
        assertThat(browser.text()).contains("The e-mail will leave this page and will not be sent.").contains(subject);
        check("stuck work, check step");
        browser.screenshot("stuck-work-check-step");
        browser.click(buttonInRowOf(subject, "confirmDealtWith"));
        assertThat(browser.text()).contains("is recorded as dealt with another way");
        browser.open("senior/stuck-work.xhtml");
        assertThat(browser.text()).doesNotContain(subject);
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    /** The text of the first table row that shows both {@code text} and {@code also}, or null. */
    private Object rowOf(String text, String also) {
        return browser.script("var rows = document.querySelectorAll('tr');"
                + " for (var i = 0; i < rows.length; i++) { var t = rows[i].textContent;"
                + "   if (t.indexOf(arguments[0]) >= 0 && t.indexOf(arguments[1]) >= 0) { return t; } }"
                + " return null;", text, also);
    }

    /** The id of a Try again button in a row that shows {@code text}, or null. */
    private Object tryAgainInRowOf(String text) {
        return browser.script("var text = arguments[0]; var rows = document.querySelectorAll('tr');"
                + " for (var i = 0; i < rows.length; i++) { if (rows[i].textContent.indexOf(text) >= 0) {"
                + "   var b = rows[i].querySelector('[id$=\":tryAgain\"]'); if (b) { return b.id; } } }"
                + " return null;", text);
    }

    /** The id of the button {@code name} in the Stuck work table's row that shows {@code text}. */
    private String buttonInRowOf(String text, String name) {
        Object id = browser.script("var text = arguments[0], name = arguments[1];"
                + " var rows = document.querySelectorAll('tr');"
                + " for (var i = 0; i < rows.length; i++) { if (rows[i].textContent.indexOf(text) >= 0) {"
                + "   var b = rows[i].querySelector('[id$=\":' + name + '\"]'); if (b) { return b.id; } } }"
                + " return null;", text, name);
        assertThat(id).as(name + " in the row of " + text).isNotNull();
        return (String) id;
    }

    private void check(String name) {
        browser.accessibilityProblems().forEach(p -> accessibility.add(name + ": " + p));
        assertThat(browser.html()).doesNotContain("Exception:");
        assertThat(browser.text()).as(name).doesNotContain("Something went wrong");
    }

    private String stuck(String query) {
        try {
            HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl
                            + "test-fixtures/stuck?" + query)).timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(made.statusCode()).as(query + ": " + made.body()).isEqualTo(200);
            return made.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * "Raise a concern" as the officer uses it: the member is found among the board's people and chosen (no user name
 * to remember), when it happened and the address of the content are given, a wrong address is refused with the
 * typed text kept, and the case page shows all of it exactly as typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RaiseConcernBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final Pattern REFERENCE = Pattern.compile("CHSCB-\\d{4}-\\d{4}");
    private static final String SUMMARY = "Llun o “Gŵyl Dŷ” – plant i’w gweld, £5 y tocyn \u200F😀";

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
    void theOfficerFindsTheMemberGivesWhenAndWhereAndSeesItAllOnTheCase() {
        browser.signIn("chscb.officer", PASSWORD);
        browser.open("officer/raise.xhtml");
        check("raise, empty");

        browser.type("concern:memberSearch", "Zzyzx Ŵ");
        browser.click("concern:find");
        assertThat(browser.text("members-none")).contains("Nobody on the board matches");

        String tooLong = "Ŵ".repeat(4001);
        browser.type("concern:summary", "x");
        browser.script("var f = document.getElementById('concern:summary'); f.value = arguments[0];"
                + " f.dispatchEvent(new Event('input', {bubbles: true}));", tooLong);
        assertThat(browser.text("concern:summary-count")).as("counted down, over the limit")
                .isEqualTo("You have 1 character too many");
        browser.chooseFirst("concern:source");
        browser.type("concern:subjectName", "Rhywun Arall");
        browser.chooseFirst("concern:organisationId");
        browser.click("concern:raise");
        assertThat(browser.text()).contains("The description must be 4,000 characters or fewer.");
        assertThat(browser.focused()).as("the error summary at the top takes the focus").isEqualTo("error-summary");
        assertThat(browser.script("return document.querySelector('#error-summary a').getAttribute('href');"))
                .as("each problem links to its field").isEqualTo("#concern:summary");
        browser.script("document.querySelector('#error-summary a').click();");
        assertThat(browser.focused()).isEqualTo("concern:summary");
        assertThat(value("concern:summary")).as("nothing typed is cut off or lost").isEqualTo(tooLong);

        browser.type("concern:summary", SUMMARY);
        assertThat(browser.text("concern:summary-count")).as("the limit next to the field, counted down")
                .isEqualTo("You have " + String.format(java.util.Locale.UK, "%,d", 4000 - SUMMARY.strip().length())
                        + " characters left");
        browser.type("concern:memberSearch", "morgan");
        browser.click("concern:find");
        assertThat(browser.text("members-found")).contains("Morgan Evans");
        assertThat(browser.script("return document.getElementById('concern:summary').value;"))
                .as("what was typed before searching is kept").isEqualTo(SUMMARY);
        check("raise, members found");
        browser.screenshot("officer-raise-find-member");
        browser.click("concern:found:0:choose");
        assertThat(value("concern:subjectName")).isEqualTo("Morgan Evans");
        assertThat(value("concern:subjectUsername")).isEqualTo("chscb.member");
        assertThat(browser.script("var s = document.getElementById('concern:organisationId');"
                + " return s.options[s.selectedIndex].text;")).isEqualTo("Metropolitan Police Service");

        browser.chooseFirst("concern:source");
        browser.script("document.getElementById('concern:occurredAt').value = '2026-11-20T14:30';");
        browser.type("concern:contentUrl", "https://someone:secret@www.facebook.com/posts/1");
        browser.click("concern:raise");
        assertThat(browser.text()).contains("Remove the user name or password from the address");
        assertThat(value("concern:summary")).as("nothing typed is lost").isEqualTo(SUMMARY);
        assertThat(value("concern:occurredAt")).isEqualTo("2026-11-20T14:30");
        check("raise, wrong address");

        browser.type("concern:contentUrl", "https://www.facebook.com/posts/Dŵr-1");
        browser.click("concern:raise");
        browser.waitFor(() -> REFERENCE.matcher(browser.url()).find(), "the new case's page");
        Matcher reference = REFERENCE.matcher(browser.url());
        assertThat(reference.find()).isTrue();
        assertThat(browser.text("concern-occurred")).isEqualTo("20 Nov 2026, 14:30");
        assertThat(browser.text("concern-url")).isEqualTo("https://www.facebook.com/posts/Dŵr-1");
        assertThat(browser.html()).contains(SUMMARY);
        check("case with when and where");
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private Object value(String id) {
        return browser.script("return document.getElementById(arguments[0]).value;", id);
    }

    private void check(String name) {
        browser.accessibilityProblems().forEach(p -> accessibility.add(name + ": " + p));
    }
}

package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The disclosure log as a senior manager reads it in Chromium, in English (City &amp; Hackney) and in Welsh (Cwm Taf):
 * an officer answers a subject access request, and the log, filtered by its reference, lists that disclosure with its
 * legal basis in the reader's language, and its CSV holds the same. The page is checked with axe-core at desktop
 * width and on a phone. Another board's senior manager finds none of it, and an officer is refused the page.
 * Screenshots go to {@code docs/screenshots/disclosure-log*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisclosureLogBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final ZoneId UK = ZoneId.of("Europe/London");

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
    void aSeniorManagerOfCityAndHackneyReadsTheDisclosureLogInEnglish() throws Exception {
        walk("chscb", "CHSCB", false, "", "nscb");
    }

    @Test
    void aSeniorManagerOfCwmTafReadsTheDisclosureLogInWelsh() throws Exception {
        walk("cwmtaf", "CTSB", true, "-cy", "lscb");
    }

    private void walk(String board, String prefix, boolean welsh, String shot, String otherBoard) throws Exception {
        // An officer answers a subject access request: a disclosure to the person who asked.
        signIn(board + ".officer", welsh);
        browser.open("officer/subject-access.xhtml");
        browser.type("request:subjectName", "Gwenllïan ap Dafydd " + Long.toString(System.nanoTime(), 36));
        browser.type("request:requestedBy", Typed.text("Gwenllïan herself, by e-mail"));
        browser.script("document.getElementById('request:receivedOn').value = arguments[0];",
                LocalDate.now(UK).toString());
        browser.type("request:identityCheckedBy", "Ceri Jones");
        browser.type("request:identityEvidence", Typed.text("Passport seen"));
        browser.click("request:record");
        browser.waitFor(() -> browser.url().contains("subject-access-request.xhtml?ref="), "the request's page");
        Matcher found = Pattern.compile("ref=(" + prefix + "-SAR-\\d{4}-\\d{4})").matcher(browser.url());
        assertThat(found.find()).isTrue();
        String ref = found.group(1);
        browser.click("answer:answer");
        browser.waitFor(() -> browser.has("sar-sha256"), "the answer");
        browser.signOut();

        // The senior manager reads it, filtered by the request's reference.
        signIn(board + ".senior", welsh);
        browser.open("officer/dashboard.xhtml");
        assertThat(browser.html()).contains("/disclosures/log.xhtml");
        browser.open("disclosures/log.xhtml");
        browser.type("ref", ref);
        browser.click("show");
        browser.waitFor(() -> browser.url().contains("ref=" + ref), "the filtered log");
        assertThat(browser.text("disclosures")).contains(ref)
                .contains(welsh ? "Ateb i gais gwrthrych" : "Subject access answer")
                .contains(welsh ? "Erthygl 15 GDPR y DU: hawl yr unigolyn i gael mynediad"
                        : "UK GDPR Article 15: the person’s right of access");
        assertThat(browser.text("kinds")).contains(welsh
                ? "Deddf Llesiant Plant ac Ysgolion 2026: y ddyletswydd i rannu gwybodaeth er mwyn diogelu"
                : "Children’s Wellbeing and Schools Act 2026: the duty to share information for safeguarding");
        check(board, prefix, welsh, "disclosure log");
        browser.screenshot("disclosure-log" + shot);

        // Its CSV, in the reader's language, read as the browser downloads it.
        String csv = (String) browser.script("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false);"
                + " x.send(); return x.status + '|' + x.getResponseHeader('Content-Type') + '|' + x.responseText;",
                browser.url().replaceFirst("/disclosures/log\\.xhtml.*", "/disclosures/log.csv?ref=" + ref));
        assertThat(csv).startsWith("200|text/csv");
        assertThat(csv).contains(welsh ? "Pryd,Achos neu gais,Beth a ddatgelwyd,I bwy,Sail gyfreithiol,Gan"
                : "When,Case or request,What was disclosed,To whom,Legal basis,By")
                .contains(ref + "," + (welsh ? "Ateb i gais gwrthrych,Y sawl a wnaeth y cais"
                        : "Subject access answer,The person who made the request"));

        // The senior manager chooses another basis from the board's list for this one disclosure: shown with who chose it.
        browser.chooseByValue("change:basis", "UK_GDPR_ARTICLE_6_1_E");
        browser.click("change:changeBasis");
        browser.waitFor(() -> browser.has("disclosures") && browser.text("disclosures").contains(welsh
                ? "Erthygl 6(1)(e) GDPR y DU: tasg er budd y cyhoedd"
                : "UK GDPR Article 6(1)(e): a task in the public interest"), "the basis chosen again");
        assertThat(browser.text()).contains(welsh ? "Newidiwyd sail gyfreithiol y datgeliad."
                : "Legal basis of the disclosure changed.");
        assertThat(browser.text("disclosures")).contains(welsh ? "dewiswyd gan" : "chosen by");
        check(board, prefix, welsh, "disclosure log, a basis chosen again");

        // Another board's senior manager: none of it.
        Browser stranger = new Browser(URI.create(baseUrl.toString()));
        stranger.signIn(otherBoard + ".senior", PASSWORD);
        assertThat(stranger.open("disclosures/log.xhtml?ref=" + ref).body()).doesNotContain(">" + ref + "<");
        HttpResponse<byte[]> otherCsv = stranger.download("disclosures/log.csv?ref=" + ref);
        assertThat(otherCsv.statusCode()).isEqualTo(200);
        assertThat(new String(otherCsv.body(), StandardCharsets.UTF_8)).doesNotContain(ref);
        Browser officer = new Browser(URI.create(baseUrl.toString()));
        officer.signIn(board + ".officer", PASSWORD);
        assertThat(officer.open("disclosures/log.xhtml").status()).isEqualTo(403);
        assertThat(officer.download("disclosures/log.csv").statusCode()).isEqualTo(403);

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private void signIn(String username, boolean welsh) {
        browser.signIn(username, PASSWORD);
        if (welsh) {
            browser.open("account.xhtml?lang=cy");
            assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("cy");
        }
    }

    private void check(String board, String prefix, boolean welsh, String page) {
        WalkPages.check(browser, board + ", " + page, welsh, prefix, true, accessibility);
    }
}

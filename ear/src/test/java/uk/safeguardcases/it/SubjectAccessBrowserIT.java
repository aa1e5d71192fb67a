package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
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
 * A subject access request as the officer handles it in Chromium, in English (City &amp; Hackney) and in Welsh (Cwm
 * Taf): the list and the empty form sent back with its problems; the request recorded with text as people type it;
 * more time with a reason; the third parties' details marked; the answer prepared, its SHA-256 shown, and the ZIP
 * downloaded with exactly those bytes; the request among the officers' tasks, linking to its page. Every
 * page is checked with axe-core at desktop width and on a phone. Another board's officer gets the 404 page and no
 * ZIP. Screenshots go to {@code docs/screenshots/sar-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubjectAccessBrowserIT {

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
    void anOfficerOfCityAndHackneyAnswersARequestInEnglish() throws Exception {
        walk("chscb", "CHSCB", false, "", "nscb");
    }

    @Test
    void anOfficerOfCwmTafAnswersARequestInWelsh() throws Exception {
        walk("cwmtaf", "CTSB", true, "-cy", "lscb");
    }

    private void walk(String board, String prefix, boolean welsh, String shot, String otherBoard) throws Exception {
        String requestedBy = Typed.text("Morgan Evans, by e-mail");
        String evidence = Typed.text("Passport seen at the front desk");
        String reason = Typed.text("Several requests from the same person at once");
        String third = "Olivia Okafor";

        signIn(board + ".officer", welsh);
        browser.open("officer/subject-access.xhtml");
        assertThat(browser.html()).contains("href=\"/officer/subject-access.xhtml\"");
        check(board, prefix, welsh, "subject access requests");

        // Sent empty: every problem at the top, linked to its field; nothing is recorded.
        browser.click("request:record");
        browser.waitFor(() -> browser.has("error-summary"), "the error summary");
        assertThat(browser.focused()).isEqualTo("error-summary");
        check(board, prefix, welsh, "subject access request, problems");

        // Someone without an account (the demo member has every other test's cases, which make a long answer;
        // SubjectAccessIT checks what an answer holds).
        browser.type("request:subjectName", "Gwenllïan ap Dafydd " + Long.toString(System.nanoTime(), 36));
        browser.type("request:requestedBy", requestedBy);
        browser.script("document.getElementById('request:receivedOn').value = arguments[0];",
                LocalDate.now(UK).minusDays(2).toString());
        browser.type("request:identityCheckedBy", "Ceri Jones");
        browser.type("request:identityEvidence", evidence);
        browser.click("request:record");
        browser.waitFor(() -> browser.url().contains("subject-access-request.xhtml?ref="), "the request's page");
        Matcher found = Pattern.compile("ref=(" + prefix + "-SAR-\\d{4}-\\d{4})").matcher(browser.url());
        assertThat(found.find()).isTrue();
        String ref = found.group(1);
        assertThat(htmlOf("sar-requested-by")).isEqualTo(requestedBy);
        assertThat(browser.text("sar-state")).isEqualTo(welsh ? "Ar agor" : "Open");
        check(board, prefix, welsh, "subject access request");

        // Each search made is logged: where, by whom, what it found (Data (Use and Access) Act 2025 s.78).
        browser.type("search:searchedIn", Typed.text("The board’s shared mailbox, 2024–2026"));
        browser.type("search:searchedBy", "Dafydd Ŵyn");
        browser.script("document.getElementById('search:searchedOn').value = arguments[0];",
                LocalDate.now(UK).toString());
        browser.type("search:found", Typed.text("Nothing"));
        browser.click("search:logSearch");
        browser.waitFor(() -> browser.has("sar-search-log"), "the search log");
        assertThat(browser.text("sar-search-log")).contains("Dafydd Ŵyn");

        // The clock paused while the board waits for the requester (UK GDPR Article 12A), then resumed a day later.
        browser.chooseByValue("pause:pausedFor", "CLARIFICATION");
        browser.type("pause:pausedAsked", Typed.text("Which e-mails: the 2024 ones, or all of them?"));
        browser.script("document.getElementById('pause:pausedOn').value = arguments[0];",
                LocalDate.now(UK).minusDays(1).toString());
        browser.click("pause:pauseSubmit");
        browser.waitFor(() -> browser.has("sar-paused"), "the paused clock");
        assertThat(browser.text("sar-paused")).contains(welsh ? "Wedi’i oedi ers" : "Paused since");
        assertThat(browser.has("answer-paused")).isTrue();
        check(board, prefix, welsh, "subject access request, clock paused");
        browser.open("officer/subject-access.xhtml");
        assertThat(browser.text("sar-list")).contains(welsh ? "Cloc wedi’i oedi" : "Clock paused");
        browser.open("officer/subject-access-request.xhtml?ref=" + ref);
        browser.screenshot("sar-paused" + shot);
        browser.script("document.getElementById('resume:resumedOn').value = arguments[0];",
                LocalDate.now(UK).toString());
        browser.click("resume:resumeSubmit");
        browser.waitFor(() -> browser.has("sar-paused-days"), "the clock resumed");
        assertThat(browser.text("sar-paused-days")).startsWith(welsh ? "Un diwrnod i gyd" : "One day in all");

        browser.script("document.getElementById('extension:extendedTo').value = arguments[0];",
                browser.script("return document.getElementById('extension:extendedTo').max;"));
        browser.type("extension:extensionReason", reason);
        browser.type("extension:noticeTo", "gwen.sar@example.org");
        browser.chooseByValue("extension:noticeLanguage", welsh ? "cy" : "en");
        browser.click("extension:extend");
        browser.waitFor(() -> browser.has("sar-extension-reason"), "the extension");
        assertThat(htmlOf("sar-extension-reason")).startsWith(reason);
        assertThat(browser.text("sar-notice")).contains("gwen.sar@example.org").contains(welsh ? "Cymraeg" : "English");

        browser.type("redactions:terms", third);
        browser.click("redactions:save");
        browser.waitFor(() -> browser.text().contains(welsh ? "Cadwyd y golygiadau" : "Redactions saved"),
                "the redactions saved");
        assertThat(browser.text("sar-preview-counts")).matches(welsh ? "(Dim achos|Un achos|\\d+ achos), .*\\."
                : "(No case|One case|\\d+ cases), .*\\.");
        check(board, prefix, welsh, "subject access request, redactions");
        browser.screenshot("sar-request" + shot);

        // It is among the officers' tasks, on "My tasks" and the dashboard, linked to its own page.
        browser.open("senior/work.xhtml");
        assertThat(browser.html()).contains("/officer/subject-access-request.xhtml?ref=" + ref)
                .contains(welsh ? "Ateb y cais gwrthrych am wybodaeth" : "Answer the subject access request");
        List<String> allTasks = taskLinks("tasks");
        assertThat(allTasks).contains("/officer/subject-access-request.xhtml?ref=" + ref);
        // The dashboard shows the newest ten, as "My tasks" orders them. Other tests move the engine's clock on and
        // leave tasks "created" after this one; when they push it off the ten, the ten must still be those.
        browser.open("officer/dashboard.xhtml");
        List<String> shown = taskLinks("my-tasks");
        assertThat(shown).isEqualTo(allTasks.subList(0, Math.min(10, allTasks.size())));
        if (allTasks.indexOf("/officer/subject-access-request.xhtml?ref=" + ref) < 10) {
            assertThat(shown).contains("/officer/subject-access-request.xhtml?ref=" + ref);
        }

        browser.open("officer/subject-access-request.xhtml?ref=" + ref);
        browser.click("answer:answer");
        browser.waitFor(() -> browser.has("sar-sha256"), "the answer");
        String sha256 = browser.text("sar-sha256");
        assertThat(sha256).matches("[0-9a-f]{64}");
        check(board, prefix, welsh, "subject access request, answered");
        browser.screenshot("sar-answered" + shot);
        browser.open("officer/subject-access.xhtml");
        assertThat(browser.text("sar-list")).contains(ref).contains(welsh ? "Wedi’i ateb" : "Answered");
        check(board, prefix, welsh, "subject access requests, one answered");
        browser.screenshot("sar-list" + shot);

        Browser http = new Browser(URI.create(baseUrl.toString()));
        http.signIn(board + ".officer", PASSWORD);
        HttpResponse<byte[]> zip = http.download("officer/subject-access-export?ref=" + ref);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElse(""))
                .contains("subject-access-" + ref + ".zip");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip.body())))
                .as("the download is the answer kept").isEqualTo(sha256);

        Browser stranger = new Browser(URI.create(baseUrl.toString()));
        stranger.signIn(otherBoard + ".officer", PASSWORD);
        assertThat(stranger.open("officer/subject-access-request.xhtml?ref=" + ref).status()).isEqualTo(404);
        assertThat(stranger.download("officer/subject-access-export?ref=" + ref).statusCode()).isEqualTo(404);
        assertThat(stranger.open("officer/subject-access.xhtml").body()).doesNotContain(ref);
        Browser member = new Browser(URI.create(baseUrl.toString()));
        member.signIn(board + ".member", PASSWORD);
        assertThat(member.download("officer/subject-access-export?ref=" + ref).statusCode()).isIn(403, 404);

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

    @SuppressWarnings("unchecked")
    private List<String> taskLinks(String tableId) {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'[id=\"' + arguments[0] + '\"] a[href*=\"?ref=\"]')).map(a => a.getAttribute('href'));", tableId);
    }

    private String htmlOf(String id) {
        return (String) browser.script("return document.getElementById(arguments[0]).innerHTML;", id);
    }
}

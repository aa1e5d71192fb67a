package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Concerns from anyone (issue 41) as people meet them, in Welsh on a phone: an anonymous reporter raises a concern on
 * Cwm Taf's public page with a file and keeps the code; the officer triages it and asks a question; the reporter comes
 * back with the code and answers; a wrong code is refused, with the same answer for every wrong code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcernsFromAnyoneBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final String WHAT = "Postiodd lun o’r plant ar “Gŵyl Dŷ’r Ysgol” – £5 y tocyn 🙂";
    private static final String QUESTION = "Diolch. Pryd yn union welsoch chi’r llun?";
    private static final String ANSWER = "Ddydd Sadwrn, tua 10 y bore – “ar ôl y gêm”.";

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
    void anAnonymousReporterRaisesAConcernTheOfficerAsksAndTheReporterAnswersWithTheCode() throws Exception {
        String subject = "Elin Ŵyn " + Long.toString(System.nanoTime(), 36);
        browser.resize(375, 812);
        browser.open("concern/raise.xhtml?board=cwmtaf&lang=cy");
        assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("cy");
        assertThat(browser.text("concern-title")).startsWith("Codi pryder gyda");
        check("public page, empty");
        browser.screenshotPhone("concern-public-page-cy");

        // Sent with nothing: plain words, field by field, and the page says so at the top.
        browser.waitFor(() -> !"".equals(value("report:nonce")), "the page's proof of work");
        browser.click("report:send");
        assertThat(browser.text()).contains("Dywedwch beth ddigwyddodd.");
        check("public page, errors");

        browser.type("report:whatHappened", WHAT);
        browser.type("report:addresses", "https://social.example.org/posts/4711");
        java.time.LocalDate happened = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(3);
        browser.type("report:happenedOn", happened.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.type("report:subjectName", subject);
        browser.chooseFirst("report:organisation");
        browser.check("report:relation:1");
        Path png = Files.createTempFile("llun", ".png");
        Files.write(png, java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
        browser.attach("report:files", png);
        browser.waitFor(() -> !"".equals(value("report:nonce")), "the page's proof of work");
        browser.click("report:send");
        String code = browser.text("receipt-code");
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){6}");
        assertThat(browser.url()).doesNotContain(code);
        check("public page, sent");
        browser.screenshotPhone("concern-receipt-code-cy");

        // The officer finds the new concern "from a colleague", triages it and asks the reporter a question.
        browser.resize(1280, 900);
        browser.signIn("cwmtaf.officer", PASSWORD);
        browser.open("officer/cases.xhtml?lang=en&member="
                + java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8));
        String href = (String) browser.script("var a = document.querySelector('a.case-ref');"
                + " return a ? a.getAttribute('href') : null;");
        assertThat(href).as("the new concern in the case list").isNotNull();
        browser.open(href.replaceFirst("^.*?/officer/", "officer/"));
        assertThat(browser.text("reporter-from")).isEqualTo("From a colleague");
        assertThat(browser.text("reporter-anonymous")).contains("no contact details");
        assertThat(browser.html()).contains(WHAT.substring(0, 20));
        assertThat(browser.text("concern-occurred")).as("the reporter gave a day, so no time is invented")
                .contains(Integer.toString(happened.getDayOfMonth())).contains(Integer.toString(happened.getYear()))
                .doesNotContain(":");
        browser.chooseFirst("allegation:clauseId");
        browser.chooseFirst("allegation:category");
        browser.chooseFirst("allegation:severity");
        browser.type("allegation:particulars", "Llun o blant heb ganiatâd.");
        browser.click("allegation:add");
        browser.chooseByValue("triage:decision", "INVESTIGATE");
        browser.type("triage:note", "Ymchwilio.");
        browser.click("triage:record");
        assertThat(browser.text()).contains("Triage recorded.");
        browser.type("reporterMessage:message", QUESTION);
        browser.click("reporterMessage:send");
        assertThat(browser.text("reporter-messages")).contains(QUESTION);
        check("case page, reporter's panel");
        browser.screenshot("concern-officer-case");
        String caseUrl = browser.url();
        browser.signOut();

        // The reporter comes back: wrong codes all get one answer; the right one opens the concern.
        browser.resize(375, 812);
        browser.open("concern/follow-up.xhtml?board=cwmtaf&lang=cy");
        List<String> answers = new ArrayList<>();
        for (String wrong : List.of("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG", "nonsense", code.substring(0, 30) + "ZZ")) {
            browser.type("code:receipt", wrong);
            browser.click("code:open");
            answers.add(browser.text("main"));
        }
        assertThat(answers.get(0)).contains("Nid yw’r cod hwnnw’n agor pryder yma.");
        assertThat(answers).as("the same answer for every wrong code").containsOnly(answers.get(0));
        browser.screenshotPhone("concern-wrong-code-cy");
        browser.type("code:receipt", code.toLowerCase());
        browser.click("code:open");
        assertThat(browser.text("status")).isEqualTo("Yn cael ei ystyried");
        assertThat(browser.text("messages")).contains(QUESTION);
        browser.type("answer:words", ANSWER);
        browser.click("answer:send");
        assertThat(browser.text("messages")).contains(ANSWER);
        assertThat(browser.url()).doesNotContain(code);
        check("follow-up page");
        browser.screenshotPhone("concern-follow-up-cy");

        browser.resize(1280, 900);
        browser.signIn("cwmtaf.officer", PASSWORD);
        browser.open(caseUrl.substring(caseUrl.indexOf("officer/")));
        assertThat(browser.text("reporter-messages")).contains(QUESTION).contains(ANSWER);

        // The officer identifies whom it is about among the board's members, checks it, and confirms.
        browser.open(caseUrl.substring(caseUrl.indexOf("officer/")) + "&lang=en");
        assertThat(browser.text("subject-now")).contains("not linked to a member’s account");
        browser.type("subject:memberSearch", "cwmtaf.manager");
        browser.click("subject:find");
        browser.click("subject:found:0:choose");
        assertThat(browser.text("subject-chosen")).contains("Rhian Powell");
        browser.click("subject:identify");
        assertThat(browser.text("subject-consequence")).contains("linked to this member’s account");
        check("case page, identifying the member");
        browser.screenshot("concern-officer-identifies-member");
        browser.click("subjectCheck:confirm");
        assertThat(browser.text()).contains("The case is linked to the member.");
        assertThat(browser.text("subject-now")).contains("linked to the member’s account");
        assertThat(browser.text("case-member")).as("the name as the reporter typed it").doesNotContain("Rhian");

        // The member's chronology dates the conduct by its day, as the reporter gave it.
        browser.click("member-chronology");
        String happenedLine = (String) browser.script("var r = document.querySelector('#chronology tr.chronology-HAPPENED"
                + " a[href*=\\'" + caseUrl.substring(caseUrl.indexOf("ref=") + 4).replaceAll("&.*", "")
                + "\\']'); return r ? r.closest('tr').cells[0].textContent : null;");
        assertThat(happenedLine).as("the chronology's line for when it happened").isNotNull()
                .contains(Integer.toString(happened.getDayOfMonth())).doesNotContain(":");
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    /**
     * Nothing typed is lost (the second review): a file over the limit is named on the page before anything is sent;
     * a page whose session ended comes back with the words in it; the code is shown once, and the draft then ends.
     */
    @Test
    void nothingTypedIsLostToAFileTooLargeOrAnExpiredPageAndTheCodeIsShownOnce() throws Exception {
        String subject = "Siân Ŷw " + Long.toString(System.nanoTime(), 36);
        String school = "Ysgol “Glan‑y‑Môr” – £3 🙂";
        browser.resize(375, 812);
        browser.open("concern/raise.xhtml?board=cwmtaf&lang=cy");
        browser.type("report:whatHappened", WHAT);
        browser.type("report:subjectName", subject);
        browser.type("report:organisationAsKnown", school);
        browser.check("report:relation:0");
        Path big = Files.createTempFile("llun-mawr", ".png");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(10L * 1024 * 1024 + 1); // one byte over the 10 MB a file may be
        }
        browser.attach("report:files", big);
        browser.waitFor(() -> !"".equals(value("report:nonce")), "the page's proof of work");
        browser.script("window.notSent = true;");
        browser.clickStaying("report:send");
        browser.waitFor(() -> !browser.text("files-check").isEmpty(), "the page's word on the files");
        assertThat(browser.text("files-check")).contains(big.getFileName().toString()).contains("10 MB")
                .contains("Nid oes dim wedi’i anfon");
        assertThat(browser.script("return window.notSent === true;")).as("no post was made").isEqualTo(true);
        assertThat(value("report:whatHappened")).isEqualTo(WHAT);
        check("public page, a file too large");
        browser.screenshotPhone("concern-file-too-large-cy");

        // The session ends while the person writes (30 minutes): sent then, the page comes back with their words.
        browser.script("document.getElementById('report:files').value = '';");
        browser.deleteCookie("JSESSIONID");
        browser.click("report:send");
        browser.waitFor(() -> browser.has("again"), "the page started afresh");
        assertThat(browser.url()).contains("again=expired").contains("lang=cy");
        assertThat(browser.text("again")).contains("phwyswch anfon eto");
        assertThat(value("report:whatHappened")).isEqualTo(WHAT);
        assertThat(value("report:subjectName")).isEqualTo(subject);
        assertThat(value("report:organisationAsKnown")).isEqualTo(school);
        assertThat(browser.script("return document.getElementById('report:relation:0').checked;")).isEqualTo(true);
        assertThat((String) browser.script("return sessionStorage.getItem('sg.concern.report.cwmtaf');"))
                .as("the draft holds the words, never the files").contains(subject).doesNotContain("llun-mawr")
                .doesNotContain("nonce");
        check("public page, started afresh");
        browser.screenshotPhone("concern-started-afresh-cy");

        browser.waitFor(() -> !"".equals(value("report:nonce")), "the page's proof of work");
        browser.click("report:send");
        String code = browser.text("receipt-code");
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){6}");
        assertThat(browser.script("return sessionStorage.getItem('sg.concern.report.cwmtaf');"))
                .as("the draft ends once the code is shown").isNull();

        // Sent again by the browser (a reload): the code is not there to show any more, and the page says why.
        browser.refresh();
        assertThat(browser.has("receipt-code")).isFalse();
        assertThat(browser.html()).doesNotContain(code);
        assertThat(browser.text("shown-once")).contains("Dangoswyd ei god derbyn unwaith");
        check("public page, sent again");
        browser.screenshotPhone("concern-code-shown-once-cy");
        browser.open("concern/raise.xhtml?board=cwmtaf&lang=cy");
        assertThat(value("report:whatHappened")).as("a new page starts empty").isEqualTo("");
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private Object value(String id) {
        return browser.script("return document.getElementById(arguments[0]).value;", id);
    }

    private void check(String name) {
        browser.accessibilityProblems().forEach(p -> accessibility.add(name + ": " + p));
    }
}

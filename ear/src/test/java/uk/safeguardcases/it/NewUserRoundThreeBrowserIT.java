package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * What a new user met, round three (issue 63), walked in the browser: each of a reporter's pieces of evidence is
 * accepted on its own row and both go into the referral pack; a false finding on a demo board goes from one senior
 * manager to the board's second and into the cooling-off period; a case closed with no allegation is offered no
 * finding on an allegation. Every page checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewUserRoundThreeBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String ADDRESS = "https://social.example.org/posts/6301";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(CaseFixtureServlet.class, AccountFixtureServlet.class);
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
    void aReportersFirstPieceOfEvidenceIsAcceptedLikeTheSecondAndBothGoInTheReferralPack() throws IOException {
        String subject = "Gwilym Ŷr " + Long.toString(System.nanoTime(), 36);
        browser.open("concern/raise.xhtml?board=cwmtaf&lang=en");
        browser.type("report:whatHappened", "He posted “our day out” with the children’s faces – tickets £5.");
        browser.type("report:addresses", ADDRESS);
        browser.type("report:subjectName", subject);
        browser.chooseFirst("report:organisation");
        browser.check("report:relation:1");
        Path words = Files.createTempFile("sgrinlun", ".txt");
        Files.writeString(words, "Dyma’r neges – “ein diwrnod allan” – £5.\n", StandardCharsets.UTF_8);
        browser.attach("report:files", words);
        browser.waitFor(() -> !"".equals(browser.script("return document.getElementById('report:nonce').value;")),
                "the page's proof of work");
        browser.click("report:send");
        assertThat(browser.text("receipt-code")).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){6}");

        browser.signIn("cwmtaf.officer", PASSWORD);
        browser.open("officer/cases.xhtml?lang=en&member=" + URLEncoder.encode(subject, StandardCharsets.UTF_8));
        String href = (String) browser.script("var a = document.querySelector('a.case-ref');"
                + " return a ? a.getAttribute('href') : null;");
        assertThat(href).as("the new concern in the case list").isNotNull();
        String casePage = href.replaceFirst("^.*?/officer/", "officer/");
        String ref = casePage.replaceFirst("^.*ref=", "").replaceFirst("&.*$", "");
        browser.open(casePage);
        assertThat(browser.text("reporter-evidence")).contains("Evidence 1").contains("Evidence 2")
                .contains("not yet reviewed");
        check("case page, the reporter's evidence to review");

        // The first item: its own box ticked, its own button pressed.
        browser.check(reviewBox(0));
        browser.click(reviewButton(0));
        assertThat(browser.text()).doesNotContain("Confirm that you looked at it");
        assertThat(reviewed()).as("evidence 1 accepted").containsExactly("Evidence 1");
        check("case page, evidence 1 accepted");
        // The second, now the only one waiting: pressed unticked it is refused, ticked it is accepted.
        browser.click(reviewButton(0));
        assertThat(browser.text()).contains("Confirm that you looked at it");
        assertThat(reviewed()).containsExactly("Evidence 1");
        check("case page, evidence 2 refused unticked");
        browser.check(reviewBox(0));
        browser.click(reviewButton(0));
        assertThat(reviewed()).as("both accepted").containsExactly("Evidence 1", "Evidence 2");
        assertThat(browser.text("reporter-evidence")).doesNotContain("not yet reviewed");
        assertThat(browser.has("reviewSupplied")).as("nothing left to review").isFalse();
        check("case page, both accepted");

        // The officer links the concern to the member it is about; the board then takes it to the referral.
        browser.type("subject:memberSearch", "cwmtaf.member");
        browser.click("subject:find");
        browser.click("subject:found:0:choose");
        browser.click("subject:identify");
        browser.click("subjectCheck:confirm");
        assertThat(browser.text()).contains("The case is linked to the member.");
        browser.signOut();
        assertThat(CaseFixtureClient.ask(baseUrl, "board=cwmtaf&act=to-approval&ref="
                + URLEncoder.encode(ref, StandardCharsets.UTF_8))[0]).isEqualTo("AWAITING_REFERRAL_APPROVAL");

        Browser senior = new Browser(URI.create(baseUrl.toString()));
        senior.signIn("cwmtaf.senior", PASSWORD);
        HttpResponse<byte[]> preview = senior.download("officer/referral-pack-preview?ref=" + ref);
        assertThat(preview.statusCode()).isEqualTo(200);
        String pack = pdfText(preview.body()).replaceAll("\\s+", "");
        assertThat(pack).as("both of the reporter's pieces of evidence, in the pack")
                .contains(ADDRESS).contains("Filekeptbytheboard:evidence-2.txt");
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    void aFalseFindingOnADemoBoardGoesFromOneSeniorToTheSecondAndIntoTheCoolingOffPeriod() {
        String ref = CaseFixtureClient.ask(baseUrl, "board=cwmtaf&step=AWAITING_TRIAGE&subject="
                + URLEncoder.encode("Ffion Ŵyn", StandardCharsets.UTF_8))[0];
        browser.signIn("cwmtaf.officer", PASSWORD);
        browser.open("officer/case.xhtml?lang=en&ref=" + ref);
        allege();
        browser.chooseByValue("triage:decision", "NO_FURTHER_ACTION");
        browser.type("triage:note", "Dim byd i’w wneud – “a joke among friends”.");
        browser.click("triage:record");
        browser.click("triageCheck:confirm");
        browser.reloadUntil(() -> browser.text("case-step").equals("Closed"), "the closure");
        browser.signOut();

        browser.signIn("cwmtaf.senior", PASSWORD);
        browser.open("officer/case.xhtml?lang=en&ref=" + ref);
        browser.chooseByValue("retentionFinding:finding", "FALSE");
        browser.type("retentionFinding:reason", "The account was someone else’s – “nid ef”.");
        browser.click("retentionFinding:recordFinding");
        assertThat(browser.text("retentionFinding-consequence")).contains("a second senior manager must agree");
        browser.click("retentionFindingCheck:confirm");
        assertThat(browser.text("awaits-second-senior")).contains("Awaits a second senior manager");
        browser.signOut();

        // The board's second senior manager, a demo person like the first, finds it among their tasks and agrees.
        browser.signIn("cwmtaf.senior2", PASSWORD);
        browser.open("senior/work.xhtml?lang=en");
        assertThat(browser.text("tasks")).contains(ref);
        check("second senior's tasks");
        browser.clickLinkTo("case.xhtml?ref=" + ref);
        assertThat(browser.text("awaits-second-senior")).contains("The account was someone else’s");
        browser.type("proposal:proposalReason", "The platform confirmed it – “cyfrif arall”.");
        browser.click("proposal:agree");
        assertThat(browser.text("proposal-consequence")).contains("False");
        check("second senior, check step");
        browser.click("proposalCheck:confirm");
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + ref);
        String coolingOffEnds = LocalDate.now(UK).plusDays(30).format(DateTimeFormatter.ofPattern("d MMM yyyy",
                Locale.UK));
        assertThat(browser.text("finding")).contains("False").contains("Siân Llŷr");
        assertThat(browser.text("removal-not-before")).contains(coolingOffEnds);
        check("finding agreed by the second senior");
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    void aCaseClosedWithNoAllegationIsOfferedNoFindingOnAnAllegation() {
        String ref = CaseFixtureClient.ask(baseUrl, "board=cwmtaf&step=AWAITING_TRIAGE&subject="
                + URLEncoder.encode("Siôn Dim-Honiad", StandardCharsets.UTF_8))[0];
        browser.signIn("cwmtaf.officer", PASSWORD);
        browser.open("officer/case.xhtml?lang=en&ref=" + ref);
        browser.chooseByValue("triage:decision", "NO_FURTHER_ACTION");
        browser.type("triage:note", "Nothing alleged – “a misunderstanding”.");
        browser.click("triage:record");
        browser.click("triageCheck:confirm");
        browser.reloadUntil(() -> browser.text("case-step").equals("Closed"), "the closure");
        assertThat(browser.text("closure-summary")).contains("No allegation was recorded against a clause.");
        assertThat(browser.has("retentionFinding:finding")).as("no finding offered to the officer").isFalse();
        browser.signOut();

        browser.signIn("cwmtaf.senior", PASSWORD);
        browser.open("officer/case.xhtml?lang=en&ref=" + ref);
        assertThat(browser.has("retentionFinding:finding")).as("no finding offered to the senior").isFalse();
        assertThat(browser.text("finding-none-possible"))
                .isEqualTo("No allegation was recorded on this case, so there is no finding on an allegation to record.");
        assertThat(browser.text("retention")).doesNotContain("removed after the cooling-off period");
        check("case closed with no allegation");
        browser.open("officer/case.xhtml?lang=cy&ref=" + ref);
        assertThat(browser.text("finding-none-possible")).startsWith("Ni chofnodwyd honiad ar yr achos hwn");
        check("case closed with no allegation, Welsh");
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    /** The same pattern on the annual report: the words written for the first section are kept, not only the last's. */
    @Test
    void aSeniorWritesTheWordsOfTheAnnualReportsFirstSectionAndTheyAreKept() {
        String words = "Blwyddyn brysur – “more reports from colleagues”, £0 spent " + Long.toString(System.nanoTime(), 36);
        browser.signIn("cwmtaf.senior", PASSWORD);
        browser.open("annual/report.xhtml?lang=en&from=2024-04-01");
        Object sections = browser.script("return document.querySelectorAll(\"textarea[id$=':english']\").length;");
        assertThat((Long) sections).as("more than one section to write for").isGreaterThan(1L);
        String first = (String) browser.script("return document.querySelectorAll(\"textarea[id$=':english']\")[0].id;");
        String save = (String) browser.script("return document.querySelectorAll(\"input[type=submit][id$=':save']\")[0].id;");
        String section = (String) browser.script("return document.getElementById(arguments[0]).closest('section').id;",
                first);
        browser.script("document.getElementById(arguments[0]).closest('details').open = true;", first);
        browser.type(first, words);
        browser.click(save);
        assertThat((String) browser.script("var q = document.querySelector('#' + arguments[0]"
                + " + ' blockquote[lang=en]'); return q ? q.textContent : '';", section)).isEqualTo(words);
        check("annual report, the first section's words saved");
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private void allege() {
        browser.chooseFirst("allegation:clauseId");
        browser.chooseFirst("allegation:category");
        browser.chooseFirst("allegation:severity");
        browser.type("allegation:particulars", "Llun o’r plant – “heb ganiatâd”.");
        browser.click("allegation:add");
    }

    /** The id of the review box of the {@code row}th piece of evidence still waiting (the repeat renders only those). */
    private String reviewBox(int row) {
        return (String) browser.script("return document.querySelectorAll(\"input[type=checkbox][id$=':reviewDeclared']\")"
                + "[arguments[0]].id;", row);
    }

    private String reviewButton(int row) {
        return (String) browser.script("return document.querySelectorAll(\"input[type=submit][id$=':review']\")"
                + "[arguments[0]].id;", row);
    }

    /** The reporter's items shown as reviewed, by their "Evidence n". */
    @SuppressWarnings("unchecked")
    private List<String> reviewed() {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('#reporter-evidence li'))"
                + ".filter(function (li) { return li.querySelector('.supplied-reviewed'); })"
                + ".map(function (li) { return li.textContent.split(':')[0].trim(); });");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private void check(String page) {
        browser.accessibilityProblems().forEach(p -> accessibility.add(page + ": " + p));
    }
}

package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.Keys;

/**
 * The forms of the investigation that {@link InvestigationBrowserIT}'s main walk does not reach, submitted through
 * the real pages in headless Chromium and checked with axe-core in each state (refused and done): the LADO
 * referral, the member's contest and request for more time and the officer's decisions on them, the answers an
 * officer records for the member, the HR partner's appeal result; the error pages, populated dashboards in three
 * boards' colours, the portal on a phone, and a keyboard-only walk. Each test starts from a case the test
 * deployment's {@link CaseFixtureServlet} walks to the right step through the services.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseFormsBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final java.time.format.DateTimeFormatter DAY_MONTH_YEAR =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWith(CaseFixtureServlet.class, CaseFixtures.class);
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
    void theOfficerRecordsTheLadoReferral() {
        String ref = fixture("chscb", "lado", "Llinos Lado")[0];
        browser.signIn("chscb.officer", PASSWORD);
        openCase(ref);
        assertThat(browser.text("case-step")).isEqualTo("LADO referral due");
        assertThat(browser.text()).contains("Referral to the LADO");
        checkPage("case, LADO referral due");

        browser.click("lado:record");
        assertThat(browser.text()).contains("There is a problem").contains("Record the reference the LADO gave");
        checkPage("case, LADO referral refused");

        String reference = "LADO/2026/117 (siaradais â J. Rhys – “brys” 🙂)";
        browser.type("lado:ladoReference", reference);
        browser.click("lado:record");
        assertThat(browser.text()).contains("LADO referral recorded.");
        assertThat(browser.html()).contains(reference);
        assertThat(browser.text("case-step")).isEqualTo("Awaiting authorisation");
        checkPage("case, LADO referral recorded");
        assertAccessible();
    }

    @Test
    void theMemberAsksForMoreTimeInThePortalAndTheOfficerGivesIt() {
        String[] fixture = fixture("chscb", "removal", "Morgan Evans");
        String ref = fixture[0];
        browser.signIn("chscb.member", PASSWORD);
        browser.open("portal/request.xhtml?id=" + fixture[1]);
        String reasons = Typed.text("I am on leave until the end of the month");
        browser.type("moreTime:reasons", reasons);
        browser.click("moreTime:send");
        assertThat(browser.text()).contains("Give the date you need until");
        assertThat(browser.html()).as("what was typed stays, exactly").contains(reasons);
        checkPage("portal, more time refused");
        browser.script("document.getElementById('moreTime:until').value = arguments[0];",
                LocalDate.now(UK).plusDays(14).toString());
        browser.click("moreTime:send");
        assertThat(browser.text()).contains("The board will decide on your request for more time");
        checkPage("portal, more time asked");
        browser.signOut();

        browser.signIn("chscb.officer", PASSWORD);
        openCase(ref);
        browser.reloadUntil(() -> browser.text("case-step").equals("Deciding on more time"), "the extension task");
        checkPage("case, deciding on more time");
        browser.type("extension:extraWorkingDays", "a week");
        String reason = Typed.text("Leave is a good reason");
        browser.type("extension:reason", reason);
        browser.click("extension:grant");
        assertThat(browser.text()).contains("Enter a whole number of working days, for example 5.");
        assertThat(browser.html()).as("what was typed stays, exactly").contains(reason);
        checkPage("case, more time refused");
        browser.type("extension:extraWorkingDays", "5");
        browser.click("extension:grant");
        assertThat(browser.text()).contains("More time given.");
        browser.reloadUntil(() -> browser.text("case-step").equals("Awaiting content removal"), "the removal step");
        assertThat(browser.text()).contains("Asked for more time").contains("More time given");
        assertThat(browser.html()).contains(reasons).contains(reason);
        checkPage("case, more time given");
        assertAccessible();
    }

    @Test
    void theMemberContestsInThePortalAndTheOfficerRejectsTheContest() {
        String[] fixture = fixture("chscb", "removal", "Morgan Evans");
        String ref = fixture[0];
        browser.signIn("chscb.member", PASSWORD);
        browser.open("portal/request.xhtml?id=" + fixture[1]);
        browser.click("contest:send");
        assertThat(browser.text()).contains("Give your reasons.");
        assertThat(browser.html()).contains("class=\"error-summary\"");
        checkPage("portal, contest refused");
        String reasons = Typed.text("The photograph is of my own family, not of people the board serves");
        browser.type("contest:reasons", reasons);
        browser.click("contest:send");
        assertThat(browser.text()).contains("The board will look at your reasons");
        checkPage("portal, contested");
        browser.signOut();

        browser.signIn("chscb.officer", PASSWORD);
        openCase(ref);
        browser.reloadUntil(() -> browser.text("case-step").equals("Reviewing the member's reasons"), "the review");
        assertThat(browser.text("contest-reasons")).as("the review form shows what it decides on")
                .contains("The member's reasons");
        assertThat(htmlOf("contest-reasons")).as("the member's reasons, exactly").contains(reasons);
        assertThat(browser.html().indexOf("id=\"contest-reasons\"")).as("the reasons come before the decision")
                .isLessThan(browser.html().indexOf("id=\"contest:reason\""));
        checkPage("case, reviewing the contest");
        browser.click("contest:reject");
        assertThat(browser.text()).contains("Give the reason for your decision.");
        checkPage("case, contest decision refused");
        String reason = Typed.text("The family are service users; the post must come down");
        browser.type("contest:reason", reason);
        browser.click("contest:reject");
        assertThat(browser.text()).contains("Contest rejected.");
        browser.reloadUntil(() -> browser.text("case-step").equals("Awaiting content removal"), "the removal step");
        assertThat(browser.text()).contains("Contested the request")
                .contains("Contest rejected: the content must be removed");
        assertThat(browser.html()).contains(reasons).contains(reason);
        checkPage("case, contest rejected");
        assertAccessible();
    }

    @Test
    void theSeniorReadsTheTriageNoteBeforeAuthorising() {
        String note = Typed.text("Three colleagues saw the post; it names a family at the contact centre");
        String ref = fixture("chscb", "AWAITING_AUTHORISATION", "Siôn Ifans", "&triageNote=" + enc(note))[0];
        browser.signIn("chscb.senior", PASSWORD);
        openCase(ref);
        assertThat(browser.text("authorise-triage")).as("the authorisation form shows what it decides on")
                .contains("The officer's triage").contains("Investigate").contains("Triaged by")
                .contains("(Compliance officer)").doesNotContain("chscb.officer");
        assertThat(htmlOf("authorise-triage")).contains(note);
        assertThat(htmlOf("case-triage-note")).as("the note is in the case's summary too").isEqualTo(note);
        checkPage("case, authorisation with the triage note");
        assertAccessible();
    }

    @Test
    void theSeniorReadsTheFindingsAndThePackAsItWouldBeSentBeforeApproving() throws IOException {
        String findings = Typed.text("The post shows a family who use the contact centre; CHSCB 3.5(d) breached");
        String ref = fixture("chscb", "AWAITING_REFERRAL_APPROVAL", "Gwenllïan Parri",
                "&findings=" + enc(findings))[0];
        browser.signIn("chscb.senior", PASSWORD);
        openCase(ref);
        assertThat(browser.text("approval-decision")).as("the approval form shows what it decides on")
                .contains("Disciplinary referral").contains("Findings").contains("(Compliance officer)")
                .doesNotContain("chscb.officer");
        assertThat(htmlOf("approval-decision")).contains(findings);
        assertThat(htmlOf("case-findings")).as("the findings are in the case's summary").isEqualTo(findings);
        assertThat(browser.html()).contains("officer/referral-pack-preview?ref=" + ref);
        checkPage("case, approval with findings and pack preview");
        assertAccessible();

        Browser senior = new Browser(URI.create(baseUrl.toString()));
        senior.signIn("chscb.senior", PASSWORD);
        HttpResponse<byte[]> preview = senior.download("officer/referral-pack-preview?ref=" + ref);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String pack = pdfText(preview.body()).replaceAll("\\s+", " ");
        assertThat(pack).as("the pack as it would be sent").contains(ref).contains("Gwenll")
                .contains("CHSCB 3.5(d) breached");
        assertThat(senior.download("officer/referral-pack?ref=" + ref).statusCode())
                .as("nothing was sent by previewing").isEqualTo(404);

        Browser otherBoard = new Browser(URI.create(baseUrl.toString()));
        otherBoard.signIn("nscb.senior", PASSWORD);
        assertThat(otherBoard.download("officer/referral-pack-preview?ref=" + ref).statusCode())
                .as("another board's senior").isEqualTo(404);
        for (String role : List.of("chscb.officer", "chscb.hr", "chscb.member")) {
            Browser other = new Browser(URI.create(baseUrl.toString()));
            other.signIn(role, PASSWORD);
            assertThat(other.download("officer/referral-pack-preview?ref=" + ref).statusCode()).as(role)
                    .isEqualTo(403);
        }
        String authorising = fixture("chscb", "AWAITING_AUTHORISATION", "Dafydd Owen")[0];
        assertThat(senior.download("officer/referral-pack-preview?ref=" + authorising).statusCode())
                .as("a case with no referral awaiting approval").isEqualTo(404);
    }

    @Test
    void eachBoardsPagesCiteItsOwnPolicyOrNone() {
        for (String board : List.of("chscb", "lscb")) {
            String own = board.equals("lscb") ? " (LSCB §3)" : "";
            String gathering = fixture(board, "GATHERING_EVIDENCE", "Elin Policy")[0];
            String authorising = fixture(board, "AWAITING_AUTHORISATION", "Elin Policy")[0];
            browser.signIn(board + ".officer", PASSWORD);
            openCase(gathering);
            assertThat(browser.text()).contains("never guess passwords or use a false identity" + own + ". Evidence");
            citesOnlyItsOwnPolicy(board, "case, gathering evidence");
            browser.click("evidence:capture");
            assertThat(browser.text()).contains("no password guessing or subterfuge" + own + ".");
            citesOnlyItsOwnPolicy(board, "case, evidence refused");
            checkPage("case, evidence refused (" + board + ")");
            browser.signOut();

            browser.signIn(board + ".senior", PASSWORD);
            openCase(authorising);
            browser.click("authorisation:authorise");
            assertThat(browser.text()).contains("Give the justification for the investigation; it is logged" + own + ".");
            citesOnlyItsOwnPolicy(board, "case, authorisation refused");
            browser.open("senior/work.xhtml");
            citesOnlyItsOwnPolicy(board, "senior's tasks");
            browser.signOut();
        }
        browser.signIn("nscb.hr", PASSWORD);
        assertThat(browser.text()).contains("Discipline is for the parent organisation: acknowledge");
        citesOnlyItsOwnPolicy("nscb", "HR inbox");
        browser.signOut();
        browser.signIn("chscb.hr", PASSWORD);
        assertThat(browser.text()).contains("Discipline is for the parent organisation (CHSCB 6.2): acknowledge");
        assertAccessible();
    }

    /** No citation of another board's policy ("LSCB §3", "CHSCB 5.4", "NSCB 8.1") on the page. */
    private void citesOnlyItsOwnPolicy(String board, String page) {
        java.util.regex.Matcher citation = java.util.regex.Pattern.compile("\\b(CHSCB|NSCB|LSCB|CTSB) ?§? ?\\d")
                .matcher(browser.text());
        while (citation.find()) {
            assertThat(citation.group(1)).as(board + " " + page + ": " + citation.group())
                    .isEqualTo(board.equals("cwmtaf") ? "CTSB" : board.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The markup inside the element {@code id}: the text exactly as typed (marks that are not shown included). */
    private String htmlOf(String id) {
        return (String) browser.script("return document.getElementById(arguments[0]).innerHTML;", id);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theOfficerRecordsTheMembersAnswersGivenAnotherWay() {
        String ref = fixture("nscb", "removal", "Nerys Northern")[0];
        browser.signIn("nscb.officer", PASSWORD);
        openCase(ref);
        checkPage("case, awaiting removal (NSCB)");
        browser.chooseByValue("removalResponse:response", "REMOVED");
        String told = Typed.text("Told me by telephone that the post is deleted");
        browser.type("removalResponse:text", told);
        browser.click("removalResponse:record");
        assertThat(browser.text()).contains("The member's answer is recorded.");
        browser.reloadUntil(() -> browser.text("case-step").equals("Awaiting co-operation"), "co-operation");
        checkPage("case, awaiting co-operation (NSCB)");

        String account = Typed.text("Interviewed with their line manager present");
        browser.type("cooperation:account", account);
        browser.click("cooperation:record");
        assertThat(browser.text()).contains("Say whether this is a statement or an interview.");
        checkPage("case, co-operation refused (NSCB)");
        browser.chooseByValue("cooperation:how", "INTERVIEW");
        browser.check("cooperation:supervisedAccess");
        browser.click("cooperation:record");
        assertThat(browser.text()).contains("Co-operation recorded.");
        browser.reloadUntil(() -> browser.text("case-step").equals("Verifying removal"), "verification");
        assertThat(browser.text()).contains("Attended an interview").contains("Supervised account access took place")
                .contains("Removed the content");
        assertThat(browser.html()).contains(told).contains(account);
        checkPage("case, co-operation recorded (NSCB)");
        assertAccessible();
    }

    @Test
    void theErrorPagesDashboardsInThreeBoardsColoursAndTheHrAppealAreAccessible() {
        String[] dashboard = fixture("lscb", "dashboard", "");
        browser.signIn("lscb.officer", PASSWORD);
        assertThat(browser.url()).endsWith("/officer/dashboard.xhtml");
        assertThat(browser.text("overdue")).contains(dashboard[0]).contains("Ifan Thomas");
        assertThat(browser.text("due-soon")).contains(dashboard[1]).contains("Lowri Jenkins");
        checkPage("LSCB dashboard with deadlines");
        browser.screenshot("officer-dashboard");

        browser.open("officer/raise.xhtml");
        browser.script("document.querySelector(\"#concern input[name='jakarta.faces.ViewState']\").value = '-1:-1';");
        browser.type("concern:subjectName", "Posted from a page that is gone");
        browser.type("concern:summary", "Nothing may be raised.");
        browser.click("concern:raise");
        assertThat(browser.text()).contains("This page has expired");
        checkPage("expired page");
        browser.open("error/500.xhtml");
        assertThat(browser.text()).contains("Something went wrong").contains("Nothing you entered has been half-saved");
        browser.accessibilityProblems().forEach(p -> accessibility.add("500 page: " + p));
        browser.signOut();

        browser.signIn("nscb.officer", PASSWORD);
        checkPage("NSCB dashboard");
        browser.signOut();

        String appeal = fixture("chscb", "appeal", "Morgan Evans")[0];
        browser.signIn("chscb.hr", PASSWORD);
        browser.open("hr/referral.xhtml?ref=" + appeal);
        assertThat(browser.text("status")).isEqualTo("Under appeal");
        assertThat(browser.text()).contains("Record the appeal's result").contains("Written warning");
        checkPage("HR referral, appeal open");
        browser.click("appealResult:record");
        assertThat(browser.html()).contains("class=\"error-summary\"");
        assertThat(browser.text("status")).as("nothing recorded").isEqualTo("Under appeal");
        checkPage("HR referral, appeal result refused");
        browser.chooseByValue("appealResult:appealOutcome", "DISMISSED");
        assertThat(browser.text()).as("the hint says the form the field reads").contains("Day/month/year, for example");
        browser.type("appealResult:decidedOn", "31/02/2026");
        browser.click("appealResult:record");
        assertThat(browser.text()).as("a day that does not exist is refused, not guessed")
                .contains("Enter a real date as day/month/year, for example 21/05/2026.");
        assertThat(browser.text("status")).isEqualTo("Under appeal");
        browser.type("appealResult:decidedOn", LocalDate.now(UK).toString());
        browser.click("appealResult:record");
        assertThat(browser.text()).as("year-month-day is not read as another date")
                .contains("Enter a real date as day/month/year");
        checkPage("HR referral, appeal result date refused");
        browser.type("appealResult:decidedOn", DAY_MONTH_YEAR.format(LocalDate.now(UK)));
        String note = Typed.text("The appeal panel upheld the warning");
        browser.type("appealResult:note", note);
        browser.click("appealResult:record");
        assertThat(browser.text()).contains("Appeal result recorded.").contains("Appeal dismissed: the outcome stands");
        assertThat(browser.html()).contains(note);
        checkPage("HR referral, appeal decided");
        assertAccessible();
    }

    @Test
    void theAdministratorsFormsAreAccessibleWhenTheyRefuseInput() {
        browser.signIn("nscb.admin", PASSWORD);
        browser.open("admin/settings.xhtml");
        browser.type("closure:closureName", "Symud swyddfa – “Tŷ Gwyn” 🙂");
        browser.click("closure:add");
        assertThat(browser.text()).contains("Enter the date the office is closed.");
        assertThat(browser.html()).as("what was typed stays, exactly").contains("value=\"Symud swyddfa – “Tŷ Gwyn” 🙂\"");
        checkPage("admin settings, closure day refused");
        browser.type("deadlines:ladoDays", "0");
        browser.click("deadlines:save");
        assertThat(browser.text()).contains("Enter a whole number of working days from 1 to 10.");
        checkPage("admin settings, deadlines refused");
        browser.type("retention:triageClosureMonths", "0");
        browser.click("retention:save");
        assertThat(browser.text()).contains("Enter a whole number of months from 1 to 120.");
        checkPage("admin settings, retention refused");
        browser.open("admin/privacy.xhtml");
        browser.script("document.getElementById('privacy:notice').value = 'ŵ'.repeat(20001);");
        browser.click("privacy:save");
        assertThat(browser.text()).contains("This must be 20,000 characters or fewer.");
        checkPage("admin privacy, refused");
        browser.open("admin/organisations.xhtml");
        browser.click("organisation:save");
        checkPage("admin organisations, refused");
        browser.open("admin/people.xhtml");
        browser.click("person:save");
        checkPage("admin people, refused");
        assertAccessible();
    }

    @Test
    void theMemberPortalFitsAPhoneWithoutScrollingSideways() {
        String[] fixture = fixture("cwmtaf", "removal", "Morgan Evans");
        browser.signIn("cwmtaf.member", PASSWORD);
        browser.resize(375, 812);
        for (String page : List.of("portal/requests.xhtml", "portal/request.xhtml?id=" + fixture[1],
                "portal/history.xhtml", "portal/self-report.xhtml", "portal/requests.xhtml?lang=cy")) {
            browser.open(page);
            assertThat(browser.script("return window.innerWidth;")).as("a phone's width").isEqualTo(375L);
            assertThat((Long) browser.script("return document.documentElement.scrollWidth;")).as(page)
                    .isLessThanOrEqualTo((Long) browser.script("return document.documentElement.clientWidth;"));
            checkPage("portal on a phone: " + page);
        }
        assertAccessible();
    }

    @Test
    void aKeyboardUserSignsInAndRecordsTheLadoReferralWithTheFocusAlwaysVisible() {
        String ref = fixture("chscb", "lado", "Cai Keyboard")[0];
        browser.open("login.xhtml");
        List<String> unseen = new ArrayList<>();
        tabTo("login:username", unseen);
        browser.typeHere("chscb.officer");
        tabTo("login:password", unseen);
        browser.typeHere(PASSWORD);
        tabTo("login:signIn", unseen);
        browser.press(Keys.ENTER);
        browser.waitFor(() -> browser.url().endsWith("/officer/dashboard.xhtml"), "the dashboard after Enter");

        openCase(ref);
        tabTo("lado:ladoReference", unseen);
        browser.typeHere("LADO/2026/118");
        tabTo("lado:record", unseen);
        browser.press(Keys.ENTER);
        browser.waitFor(() -> browser.text().contains("LADO referral recorded."), "the form to be submitted by Enter");
        assertThat(browser.text("case-step")).isEqualTo("Awaiting authorisation");
        assertThat(unseen).as("elements whose focus could not be seen").isEmpty();
    }

    /** Presses Tab until {@code id} has the focus (at most 200 times), noting any stop whose focus is not shown. */
    private void tabTo(String id, List<String> unseen) {
        for (int i = 0; i < 200 && !id.equals(browser.focused()); i++) {
            browser.press(Keys.TAB);
            if (!browser.focusIsVisible()) {
                unseen.add(browser.url() + ": " + browser.focused());
            }
        }
        assertThat(browser.focused()).as("Tab reaches " + id).isEqualTo(id);
    }

    private void openCase(String ref) {
        browser.open("officer/case.xhtml?ref=" + ref);
    }

    private void checkPage(String name) {
        browser.accessibilityProblems().forEach(p -> accessibility.add(name + ": " + p));
        assertThat(browser.html()).as(name).doesNotContain("Exception:");
        assertThat(browser.text()).as(name).doesNotContain("Something went wrong");
    }

    private void assertAccessible() {
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    /** A case of {@code board} at {@code step}, made by the test deployment's fixture servlet. */
    private String[] fixture(String board, String step, String subject) {
        return fixture(board, step, subject, "");
    }

    /** The same, with more of the fixture's parameters ({@code "&triageNote=…"}, URL-encoded). */
    private String[] fixture(String board, String step, String subject, String more) {
        return CaseFixtureClient.ask(baseUrl, "board=" + board + "&step=" + step + "&subject="
                + java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8) + more);
    }
}

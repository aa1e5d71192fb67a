package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The product from the outside, over HTTP, as a browser or an integration sees it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebAccessIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final String SIGN_IN_FAILED = "The user name or password is not correct.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWith();
    }

    @ArquillianResource
    private URL baseUrl;

    private Browser browser() {
        return new Browser(URI.create(baseUrl.toString()));
    }

    @Test
    void theSignInPageIsServedAndTheProductIsReady() {
        Browser.Page login = browser().open("");
        assertEquals(200, login.status());
        assertTrue(login.uri().endsWith("/login.xhtml"), login.uri());
        assertTrue(login.body().contains("<h1>Sign in</h1>"));

        Browser.Page health = browser().api("api/health/ready");
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("\"ready\":true"), health.body());
        assertTrue(health.body().contains("\"database\":{\"status\":\"UP\""), health.body());
        assertTrue(health.body().contains("\"jobExecutorActive\":true"), health.body());
        // One server: ready without warming up first (a cluster's nodes warm up, ClusterIT).
        assertTrue(health.body().contains("\"warmUp\":{\"status\":\"OFF\"}"), health.body());
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "chscb.officer, /officer/dashboard.xhtml, City &amp; Hackney Safeguarding Children Board",
            "chscb.senior, /officer/dashboard.xhtml, City &amp; Hackney Safeguarding Children Board",
            "chscb.hr, /hr/referrals.xhtml, City &amp; Hackney Safeguarding Children Board",
            "chscb.member, /portal/requests.xhtml, City &amp; Hackney Safeguarding Children Board",
            "chscb.admin, /admin/board.xhtml, City &amp; Hackney Safeguarding Children Board",
            "nscb.officer, /officer/dashboard.xhtml, Northumberland Safeguarding Children Board",
            "nscb.senior, /officer/dashboard.xhtml, Northumberland Safeguarding Children Board",
            "nscb.hr, /hr/referrals.xhtml, Northumberland Safeguarding Children Board",
            "nscb.member, /portal/requests.xhtml, Northumberland Safeguarding Children Board",
            "nscb.admin, /admin/board.xhtml, Northumberland Safeguarding Children Board",
            "cwmtaf.officer, /officer/dashboard.xhtml, Cwm Taf Safeguarding Boards",
            "cwmtaf.senior, /officer/dashboard.xhtml, Cwm Taf Safeguarding Boards",
            "cwmtaf.hr, /hr/referrals.xhtml, Cwm Taf Safeguarding Boards",
            "cwmtaf.member, /portal/requests.xhtml, Cwm Taf Safeguarding Boards",
            "cwmtaf.admin, /admin/board.xhtml, Cwm Taf Safeguarding Boards",
            "lscb.officer, /officer/dashboard.xhtml, LSCB Joint Online Safeguarding Subgroup",
            "lscb.senior, /officer/dashboard.xhtml, LSCB Joint Online Safeguarding Subgroup",
            "lscb.hr, /hr/referrals.xhtml, LSCB Joint Online Safeguarding Subgroup",
            "lscb.member, /portal/requests.xhtml, LSCB Joint Online Safeguarding Subgroup",
            "lscb.admin, /admin/board.xhtml, LSCB Joint Online Safeguarding Subgroup"})
    void everyDemoUserLandsOnTheirRolesPageShowingTheirBoard(String username, String home, String boardName) {
        Browser browser = browser();
        Browser.Page landed = browser.signIn(username, PASSWORD);
        assertEquals(200, landed.status(), landed.body());
        assertTrue(landed.uri().endsWith(home), landed.uri());
        assertTrue(landed.body().contains("<span class=\"board-name\">" + boardName + "</span>"), landed.body());
        assertFalse(landed.body().contains("Something went wrong"));
    }

    @Test
    void theAdminSeesTheBoardsOwnClauseCatalogue() {
        Browser browser = browser();
        Browser.Page admin = browser.signIn("chscb.admin", PASSWORD);
        assertTrue(admin.body().contains("Posting comments or photographs of Board members or members of the community"
                + " without their express consent."), "CHSCB 3.5(d) quoted");
        assertFalse(admin.body().contains("Not send or post abusive or defamatory messages"), "no Cwm Taf clause");

        Browser cwmTaf = browser();
        Browser.Page welsh = cwmTaf.signIn("cwmtaf.admin", PASSWORD);
        assertTrue(welsh.body().contains("Not send or post abusive or defamatory messages"), "Cwm Taf's own clause");
    }

    @Test
    void aFailedSignInSaysNothingAboutWhichPartWasWrongAndSignsNobodyIn() {
        Browser wrongPassword = browser();
        Browser.Page first = wrongPassword.signIn("chscb.officer", "not-the-password");
        Browser unknownUser = browser();
        Browser.Page second = unknownUser.signIn("nobody.at.all", "not-the-password");
        Browser emptyForm = browser();
        Browser.Page third = emptyForm.signIn("", "");

        for (Browser.Page page : new Browser.Page[] {first, second, third}) {
            assertEquals(200, page.status());
            assertTrue(page.body().contains(SIGN_IN_FAILED), page.body());
            assertNoStackTrace(page);
        }
        Browser.Page afterwards = wrongPassword.open("officer/cases.xhtml");
        assertTrue(afterwards.uri().endsWith("/login.xhtml"), afterwards.uri());

        Browser.Page retried = unknownUser.submit(second, "login",
                Map.of("username", "chscb.officer", "password", PASSWORD), "signIn");
        assertTrue(retried.uri().endsWith("/officer/dashboard.xhtml"), "the same form works at the second try");
    }

    @Test
    void aPageOfAnotherRoleIsRefusedWithTheProductsOwnForbiddenPage() {
        Browser member = browser();
        member.signIn("chscb.member", PASSWORD);
        for (String page : new String[] {"officer/cases.xhtml", "admin/board.xhtml", "hr/referrals.xhtml"}) {
            Browser.Page refused = member.open(page);
            assertEquals(403, refused.status(), page);
            assertTrue(refused.body().contains("You cannot open this page"), refused.body());
            assertTrue(refused.body().contains("class=\"masthead\""), "in the product's look");
            assertNoStackTrace(refused);
        }
        assertEquals(403, member.api("api/cases").status());
    }

    @Test
    void anotherBoardsCaseIsNotFoundOnThePageAndOnTheApiAndAnUnknownPageIsNotFound() {
        Browser chscb = browser();
        chscb.signIn("chscb.officer", PASSWORD);
        Browser.Page cases = chscb.open("officer/raise.xhtml");
        String organisation = firstOption(cases.body(), "concern:organisationId");
        Browser.Page raised = chscb.submit(cases, "concern", Map.of(
                "subjectName", "Robin Cross-Board",
                "organisationId", organisation,
                "source", "PUBLIC_COMPLAINT",
                "summary", "A member of the public reported a post naming a child."), "raise");
        assertEquals(200, raised.status(), raised.body());
        Matcher reference = Pattern.compile("<h1>Case (CHSCB-\\d{4}-\\d{4})</h1>").matcher(raised.body());
        assertTrue(reference.find(), raised.body());
        String ref = reference.group(1);
        assertTrue(raised.body().contains("Concern raised"), "timeline shows the concern");
        assertEquals(200, chscb.api("api/cases/" + ref).status());

        Browser nscb = browser();
        nscb.signIn("nscb.officer", PASSWORD);
        Browser.Page page = nscb.open("officer/case.xhtml?ref=" + ref);
        assertEquals(404, page.status());
        assertTrue(page.body().contains("Page not found"), page.body());
        assertFalse(page.body().contains("Robin Cross-Board"));
        Browser.Page api = nscb.api("api/cases/" + ref);
        assertEquals(404, api.status());
        assertTrue(api.contentType().startsWith("application/problem+json"), api.contentType());
        assertFalse(api.body().contains("Robin"));
        assertFalse(nscb.api("api/cases").body().contains(ref));

        Browser.Page unknown = nscb.open("officer/no-such-page.xhtml");
        assertEquals(404, unknown.status());
        assertTrue(unknown.body().contains("class=\"masthead\""));
    }

    @Test
    void anOfficerTriagesOnTheCasePageAndTheScreenAsksForThePoliceReferenceWhenAChildIsAtRisk() {
        Browser chscb = browser();
        chscb.signIn("chscb.officer", PASSWORD);
        Browser.Page cases = chscb.open("officer/raise.xhtml");
        Browser.Page casePage = chscb.submit(cases, "concern", Map.of(
                "subjectName", "Terry Triage",
                "organisationId", firstOption(cases.body(), "concern:organisationId"),
                "source", "COLLEAGUE_REPORT",
                "summary", "A colleague reported a post."), "raise");
        assertTrue(casePage.body().contains("Triage the concern"), casePage.body());

        Browser.Page refused = chscb.submit(casePage, "triage", Map.of("childAtImmediateRisk", "true",
                "decision", "INVESTIGATE", "note", "A child may be at risk."), "record");
        assertTrue(refused.body().contains("A child is at immediate risk: call 999 now and record the police reference."),
                refused.body());

        Browser.Page triaged = chscb.submit(refused, "triage", Map.of("childAtImmediateRisk", "true",
                "policeReference", "CAD 1234", "decision", "INVESTIGATE", "note", "Police called."), "record");
        assertTrue(triaged.body().contains("Triage recorded."), triaged.body());
        assertTrue(triaged.body().contains("Awaiting authorisation"), "the case moved on to its next step");
        assertTrue(triaged.body().contains("reference CAD 1234"), "the police referral is in the timeline");
        assertNoStackTrace(triaged);
    }

    @Test
    void aConcernWithMissingDetailsIsRefusedFieldByFieldAndNothingIsCreated() {
        Browser chscb = browser();
        chscb.signIn("chscb.officer", PASSWORD);
        Browser.Page cases = chscb.open("officer/raise.xhtml");
        String before = chscb.api("api/cases").body();
        Browser.Page refused = chscb.submit(cases, "concern",
                Map.of("subjectName", "  ", "organisationId", "", "source", "MANUAL", "summary", ""), "raise");
        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("Enter the name of the member the concern is about."), refused.body());
        assertTrue(refused.body().contains("Choose the member&#39;s parent organisation.")
                || refused.body().contains("Choose the member's parent organisation."), refused.body());
        assertTrue(refused.body().contains("Describe the concern."));
        assertEquals(before, chscb.api("api/cases").body(), "no case was created");
    }

    @Test
    void aWelshPageWordsTheCasesStepSourceChoicesAndRolesInWelshAndMyTasksToo() {
        Browser cwmTaf = browser();
        cwmTaf.signIn("cwmtaf.officer", PASSWORD);
        Browser.Page form = cwmTaf.open("officer/raise.xhtml");
        Browser.Page raised = cwmTaf.submit(form, "concern", Map.of("subjectName", "Rhian Cymraeg",
                "organisationId", firstOption(form.body(), "concern:organisationId"), "source", "MANUAL",
                "summary", "Pryder a godwyd â llaw."), "raise");
        Matcher reference = Pattern.compile("<h1>Case (CTSB-\\d{4}-\\d{4})</h1>").matcher(raised.body());
        assertTrue(reference.find(), raised.body());

        Browser.Page welsh = cwmTaf.open("officer/case.xhtml?ref=" + reference.group(1) + "&lang=cy");
        assertTrue(welsh.body().contains("<html lang=\"cy\""), "the page is in Welsh");
        assertTrue(welsh.body().contains("<dd id=\"case-step\">Yn aros i gael ei frysbennu</dd>"), welsh.body());
        assertTrue(welsh.body().contains("Codwyd gan swyddog"), "the source in Welsh");
        assertTrue(welsh.body().contains(">Ymchwilio</option>"), "the triage choices in Welsh");
        assertTrue(welsh.body().contains("<span class=\"roles\">Swyddog cydymffurfio</span>"), "the role in Welsh");
        assertFalse(welsh.body().contains("AWAITING_TRIAGE<") || welsh.body().contains(">Awaiting triage<"),
                "neither the enum's name nor its English words");
        Browser.Page tasks = cwmTaf.open("senior/work.xhtml");
        assertTrue(tasks.body().contains("Brysbennu&#39;r pryder") || tasks.body().contains("Brysbennu'r pryder"),
                tasks.body());
        assertTrue(tasks.body().contains("Tasgau sy&#39;n aros amdanoch") || tasks.body().contains("Tasgau sy'n aros"),
                "the heading in Welsh");
        assertFalse(tasks.body().contains("Tasks waiting for you"));
    }

    @Test
    void aWelshOfficerIsToldWhatIsMissingInWelshWhileTheApiStillAnswersInEnglish() {
        Browser cwmTaf = browser();
        cwmTaf.signIn("cwmtaf.officer", PASSWORD);
        Browser.Page form = cwmTaf.open("officer/raise.xhtml?lang=cy");
        assertTrue(form.body().contains("<html lang=\"cy\""), "the page is in Welsh");
        String before = cwmTaf.api("api/cases").body();

        Browser.Page refused = cwmTaf.submit(form, "concern",
                Map.of("subjectName", "  ", "organisationId", "", "source", "MANUAL", "summary", ""), "raise");
        assertEquals(200, refused.status());
        assertTrue(shows(refused, "Rhowch enw'r aelod y mae'r pryder yn ei gylch."), refused.body());
        assertTrue(shows(refused, "Dewiswch sefydliad rhiant yr aelod."), refused.body());
        assertTrue(shows(refused, "Disgrifiwch y pryder."), refused.body());
        assertFalse(refused.body().contains("Describe the concern.") || refused.body().contains("Enter the name of"),
                "no English message on the Welsh page");

        // The same session, Welsh as it is, through the API: the API's wording is English.
        Browser.Page api = cwmTaf.apiPost("api/cases", "{\"subjectName\":\" \",\"source\":\"MANUAL\",\"summary\":\"\"}");
        assertEquals(400, api.status(), api.body());
        assertTrue(api.contentType().startsWith("application/problem+json"), api.contentType());
        assertTrue(api.body().contains("\"summary\":\"Describe the concern.\""), api.body());
        assertTrue(api.body().contains("\"subjectName\":\"Enter the name of the member the concern is about.\""),
                api.body());
        assertFalse(api.body().contains("Disgrifiwch"), api.body());
        assertEquals(before, cwmTaf.api("api/cases").body(), "no case was created");

        Browser.Page english = cwmTaf.submit(cwmTaf.open("officer/raise.xhtml?lang=en"), "concern",
                Map.of("subjectName", "", "organisationId", "", "source", "MANUAL", "summary", ""), "raise");
        assertTrue(english.body().contains("Describe the concern."), "back in English, the services are too");
    }

    @Test
    void aStaleTriageFormOnAWelshPageSaysInWelshWhoAlreadyDidItAndWhen() {
        Browser olivia = browser();
        olivia.signIn("cwmtaf.officer", PASSWORD);
        Browser.Page form = olivia.open("officer/raise.xhtml");
        Browser.Page raised = olivia.submit(form, "concern", Map.of("subjectName", "Gethin Hwyr",
                "organisationId", firstOption(form.body(), "concern:organisationId"), "source", "MANUAL",
                "summary", "Pryder y mae dau swyddog yn ei weld."), "raise");
        Matcher reference = Pattern.compile("<h1>Case (CTSB-\\d{4}-\\d{4})</h1>").matcher(raised.body());
        assertTrue(reference.find(), raised.body());
        String ref = reference.group(1);

        Browser owen = browser();
        owen.signIn("cwmtaf.officer2", PASSWORD);
        Browser.Page owensPage = owen.open("officer/case.xhtml?ref=" + ref + "&lang=cy");
        assertTrue(owensPage.body().contains("<html lang=\"cy\""), "Owen works in Welsh");

        Browser.Page triaged = olivia.submit(olivia.open("officer/case.xhtml?ref=" + ref), "triage",
                Map.of("decision", "INVESTIGATE", "note", "Olivia's triage."), "record");
        assertTrue(triaged.body().contains("Triage recorded."), triaged.body());

        Browser.Page again = owen.submit(owensPage, "triage", Map.of("decision", "INVESTIGATE",
                "note", "Owen's triage."), "record");
        assertEquals(200, again.status());
        assertTrue(Pattern.compile("Brysbennu ar gyfer " + Pattern.quote(ref) + ": gwnaed hyn eisoes gan"
                + " Olivia Okafor \\(Swyddog cydymffurfio\\) ar \\d{1,2} (Ion|Chwef|Maw|Ebr|Mai|Meh|Gorff|Awst|Medi|Hyd|Tach|Rhag) \\d{4}"
                + " am \\d{2}:\\d{2}\\.").matcher(again.body()).find(), again.body());
        assertFalse(again.body().contains("was already done"), "not in English");
        assertNoStackTrace(again);
    }

    /** Whether the page shows {@code text}, whichever way it escapes an apostrophe. */
    private static boolean shows(Browser.Page page, String text) {
        return page.body().contains(text) || page.body().contains(text.replace("'", "&#39;"));
    }

    private static void assertNoStackTrace(Browser.Page page) {
        for (String trace : new String[] {"Caused by", "java.lang.", "at org.", "at jakarta."}) {
            assertFalse(page.body().contains(trace), "no stack trace in the page: " + trace);
        }
    }

    private static String firstOption(String body, String selectName) {
        Matcher select = Pattern.compile("<select[^>]*name=\"" + Pattern.quote(selectName) + "\"[^>]*>(.*?)</select>",
                Pattern.DOTALL).matcher(body);
        assertTrue(select.find(), "select " + selectName);
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"").matcher(select.group(1));
        assertTrue(option.find(), "an organisation to choose");
        return option.group(1);
    }
}

package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The whole investigation in a real browser (headless Chromium), across the roles, the way people use it:
 * every page on the way is checked with axe-core and photographed for the README.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvestigationBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final Pattern REFERENCE = Pattern.compile("CHSCB-\\d{4}-\\d{4}");
    // Every field is typed as people type: Welsh letters, curly quotes, a dash, £, right-to-left marks, an emoji.
    private static final String SUBJECT = "Siân Ŵyn-Jones";
    private static final String SUMMARY = Typed.text("A post on a public page names a looked-after child and their school");
    private static final String PARTICULARS = Typed.text("Named a child in care and their school");
    private static final String TRIAGE_NOTE = Typed.text("Clause breach likely; needs investigation");
    private static final String JUSTIFICATION = Typed.text("Proportionate: public post naming a child");
    private static final String GATHERED = Typed.text("One screenshot of the public post");
    private static final String REMOVED = Typed.text("I have deleted the post");
    private static final String STATEMENT = Typed.text("I accept I posted it and I have removed it");
    private static final String FINDING = Typed.text("Checked the page: the post is gone");
    private static final String FINDINGS = Typed.text("Breach of the policy; refer to the employer");
    private static final String APPROVAL = Typed.text("Agreed");
    private static final String HR_NOTE = Typed.text("Written warning issued at a hearing");

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

    /** Checks the page with axe and remembers what it found, so one run lists every page's problems. */
    private void checkPage(String name) {
        List<String> problems = browser.accessibilityProblems();
        problems.forEach(p -> accessibility.add(name + ": " + p));
        assertThat(browser.html()).doesNotContain("jakarta.faces.FacesException").doesNotContain("Exception:");
        assertThat(browser.text()).as(name).doesNotContain("Something went wrong");
    }

    @Test
    void theWholeInvestigationAcrossTheFourRolesInTheBrowser() throws Exception {
        // The officer's dashboard, then a concern raised by hand about the demo member.
        browser.signIn("chscb.officer", PASSWORD);
        assertThat(browser.url()).endsWith("/officer/dashboard.xhtml");
        checkPage("officer dashboard");
        browser.open("officer/raise.xhtml");
        checkPage("raise a concern");
        browser.type("concern:subjectName", SUBJECT);
        browser.type("concern:subjectUsername", "chscb.member");
        browser.choose("concern:organisationId", "Metropolitan Police Service");
        browser.chooseFirst("concern:source");
        browser.type("concern:summary", SUMMARY);
        browser.screenshot("officer-raise-concern");
        browser.click("concern:raise");
        browser.waitFor(() -> REFERENCE.matcher(browser.url()).find(), "the new case's page");
        Matcher matcher = REFERENCE.matcher(browser.url());
        assertThat(matcher.find()).isTrue();
        String reference = matcher.group();
        assertThat(browser.text("case-step")).isEqualTo("Awaiting triage");
        assertThat(browser.html()).as("the subject and the concern exactly as typed").contains(SUBJECT).contains(SUMMARY);
        browser.waitFor(() -> "true".equals(browser.script(
                "return document.getElementById('case-diagram').getAttribute('data-drawn');")), "the diagram");
        assertThat(browser.script("return document.querySelectorAll('#case-diagram .current-step').length;"))
                .as("the current step is highlighted in the diagram").isEqualTo(1L);
        checkPage("case, triage");

        // An allegation citing one of the board's clauses, then triage: investigate.
        browser.chooseFirst("allegation:clauseId");
        browser.chooseFirst("allegation:category");
        browser.chooseFirst("allegation:severity");
        browser.type("allegation:particulars", PARTICULARS);
        browser.click("allegation:add");
        assertThat(browser.text()).contains("Allegation added.");
        assertThat(browser.html()).contains(PARTICULARS);
        browser.screenshot("officer-case-triage");
        browser.click("triage:record");
        assertThat(browser.text()).as("a triage without a decision is refused with a plain message")
                .contains("There is a problem").doesNotContain("Triage recorded.");
        checkPage("case, triage errors");
        browser.chooseByValue("triage:decision", "INVESTIGATE");
        browser.type("triage:note", TRIAGE_NOTE);
        browser.click("triage:record");
        assertThat(browser.text()).contains("Triage recorded.");
        assertThat(browser.html()).contains(TRIAGE_NOTE);
        assertThat(browser.text("case-step")).isEqualTo("Awaiting authorisation");
        browser.open("officer/dashboard.xhtml");
        assertThat(browser.text()).contains("Awaiting authorisation");
        browser.open("officer/cases.xhtml");
        assertThat(browser.text()).contains(reference);
        checkPage("case list");
        browser.screenshot("officer-cases");
        browser.signOut();

        // The senior authorises (four eyes: not the officer who triaged).
        browser.signIn("chscb.senior", PASSWORD);
        browser.open("senior/work.xhtml");
        assertThat(browser.text()).contains(reference);
        checkPage("senior's tasks");
        browser.screenshot("senior-tasks");
        browser.open("officer/case.xhtml?ref=" + reference);
        checkPage("case, authorisation");
        browser.type("authorisation:justification", JUSTIFICATION);
        browser.click("authorisation:authorise");
        assertThat(browser.text()).contains("Investigation authorised.");
        assertThat(browser.html()).contains(JUSTIFICATION);
        assertThat(browser.text("case-step")).isEqualTo("Gathering evidence");
        browser.signOut();

        // The officer gathers evidence: a screenshot file, hashed and shown with its SHA-256.
        browser.signIn("chscb.officer", PASSWORD);
        browser.open("officer/case.xhtml?ref=" + reference);
        Path shot = Files.createTempFile("evidence", ".png");
        Files.write(shot, java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        browser.type("evidence:url", "https://www.facebook.com/some.public.page/posts/1");
        browser.chooseByValue("evidence:platform", "FACEBOOK");
        browser.attach("evidence:file", shot);
        browser.chooseByValue("evidence:captureMethod", "PUBLIC_PAGE_VIEWED");
        browser.check("evidence:openMethodDeclared");
        // Issue 66: how it was captured is asked for; without it nothing is saved and the field says why.
        browser.click("evidence:capture");
        assertThat(browser.text()).contains("Choose how it was captured: a screenshot").doesNotContain("Evidence saved.");
        browser.attach("evidence:file", shot);
        browser.chooseByValue("evidence:captureForm", "SCREENSHOT");
        browser.click("evidence:capture");
        assertThat(browser.text()).contains("Evidence saved.").containsPattern("[0-9a-f]{64}")
                .contains("Form of the record").contains("Screenshot");
        checkPage("case, evidence");
        browser.screenshot("officer-case-evidence");
        browser.type("gathered:summary", GATHERED);
        browser.click("gathered:finish");
        assertThat(browser.text("gathered-consequence")).contains("The member will be sent a request to remove");
        browser.click("gatheredCheck:confirm");
        browser.reloadUntil(() -> browser.text("case-step").equals("Awaiting content removal"), "the removal request");
        browser.signOut();

        // The member answers in the portal: removed (with proof), then a statement for co-operation.
        browser.signIn("chscb.member", PASSWORD);
        assertThat(browser.url()).endsWith("/portal/requests.xhtml");
        assertThat(browser.text()).contains(reference);
        checkPage("member portal");
        browser.screenshot("member-portal");
        browser.clickLinkTo("portal/request.xhtml?id=");
        checkPage("member's request");
        browser.screenshot("member-request");
        browser.chooseFirst("removed:platform");
        browser.attach("removed:proof", shot);
        browser.type("removed:text", REMOVED);
        browser.click("removed:send");
        browser.open("portal/requests.xhtml");
        browser.reloadUntil(() -> browser.text().contains("Request to co-operate"), "the co-operation request");
        browser.open("portal/request.xhtml?id=" + browser.script("return Math.max.apply(null, Array.from("
                + "document.querySelectorAll(\"a[href*='request.xhtml?id=']\")).map(function (a) {"
                + " return parseInt(a.href.split('id=')[1], 10); }));"));
        assertThat(browser.has("cooperation:statement")).as(browser.text()).isTrue();
        browser.type("cooperation:statement", STATEMENT);
        browser.click("cooperation:send");
        browser.open("portal/history.xhtml");
        checkPage("member's history");
        assertThat(browser.html()).as("the member's own words, exactly").contains(REMOVED).contains(STATEMENT);
        browser.signOut();

        // The officer verifies and decides; the senior approves the disciplinary referral.
        browser.signIn("chscb.officer", PASSWORD);
        browser.open("officer/case.xhtml?ref=" + reference);
        browser.reloadUntil(() -> browser.text("case-step").equals("Verifying removal"), "verification");
        browser.type("verify:finding", FINDING);
        browser.click("verify:record");
        assertThat(browser.text("case-step")).isEqualTo("Deciding the outcome");
        browser.chooseByValue("outcome:outcome", "DISCIPLINARY_REFERRAL");
        browser.type("outcome:findings", FINDINGS);
        browser.click("outcome:decide");
        assertThat(browser.text("case-step")).isEqualTo("Referral awaiting approval");
        assertThat(browser.html()).contains(GATHERED).contains(REMOVED).contains(STATEMENT).contains(FINDING)
                .contains(FINDINGS);
        browser.signOut();
        browser.signIn("chscb.senior", PASSWORD);
        browser.open("officer/case.xhtml?ref=" + reference);
        browser.type("approval:note", APPROVAL);
        browser.click("approval:approve");
        assertThat(browser.text("approval-consequence")).contains("The referral pack will be sent now");
        browser.click("approvalCheck:confirm");
        browser.reloadUntil(() -> browser.text("case-step").equals("Referred to HR"), "the referral");
        assertThat(browser.text()).contains("Acknowledgement due");
        checkPage("case, referred");
        assertThat(browser.html()).contains(APPROVAL);
        browser.screenshot("senior-case-referred");
        browser.signOut();

        // The HR partner of the member's organisation acknowledges and records the outcome.
        browser.signIn("chscb.hr", PASSWORD);
        assertThat(browser.text()).contains(reference);
        checkPage("HR inbox");
        browser.screenshot("hr-inbox");
        browser.open("hr/referral.xhtml?ref=" + reference);
        checkPage("HR referral pack");
        browser.click("acknowledge:acknowledge");
        browser.reloadUntil(() -> browser.has("outcome:outcome"), "the outcome form");
        browser.chooseByValue("outcome:outcome", "WRITTEN_WARNING");
        browser.type("outcome:decidedOn", java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))));
        browser.type("outcome:note", HR_NOTE);
        browser.click("outcome:record");
        assertThat(browser.text("outcome-consequence")).contains("the board’s case closed with it");
        browser.click("outcomeCheck:confirm");
        assertThat(browser.text()).contains("Written warning");
        assertThat(browser.html()).contains(HR_NOTE).as("the pack HR reads").contains(SUBJECT).contains(FINDINGS);
        checkPage("HR referral, outcome recorded");
        browser.screenshot("hr-referral");
        browser.signOut();

        browser.signIn("chscb.officer", PASSWORD);
        browser.open("officer/case.xhtml?ref=" + reference);
        browser.reloadUntil(() -> browser.text("case-step").equals("Closed"), "the case to close");
        assertThat(browser.text()).contains("Written warning");
        checkPage("case, closed");
        browser.screenshot("officer-case-closed");
        browser.signOut();

        // Another board's officer: the product's 404 page, and the diagram is not served either.
        browser.signIn("nscb.officer", PASSWORD);
        browser.open("officer/case.xhtml?ref=" + reference);
        assertThat(browser.text()).contains("Page not found").doesNotContain(SUBJECT);
        Map<String, Object> diagram = browser.fetch("officer/case-diagram?ref=" + reference);
        assertThat(diagram.get("status")).isEqualTo(404L);

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    void theAdminPagesTheWelshPortalAndThePagesForEveryoneAreAccessible() {
        browser.open("login.xhtml");
        checkPage("sign-in");
        browser.screenshot("sign-in");
        browser.signIn("chscb.admin", PASSWORD);
        for (String page : new String[] {"board", "organisations", "people", "clauses", "settings", "privacy",
                "processing-record"}) {
            browser.open("admin/" + page + ".xhtml");
            assertThat(browser.text()).contains("City & Hackney");
            checkPage("admin " + page);
        }
        browser.open("admin/board.xhtml");
        browser.screenshot("admin-board");
        browser.open("admin/people.xhtml");
        browser.screenshot("admin-people");
        browser.open("officer/cases.xhtml");
        assertThat(browser.text()).contains("You cannot open this page");
        checkPage("403");
        browser.open("no-such-page.xhtml");
        assertThat(browser.text()).contains("Page not found");
        checkPage("404");
        browser.signOut();

        // Cwm Taf's member switches the portal to Welsh.
        browser.signIn("cwmtaf.member", PASSWORD);
        browser.open("portal/requests.xhtml?lang=cy");
        assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("cy");
        assertThat(browser.text()).contains("Allgofnodi").contains("English");
        browser.open("portal/privacy.xhtml");
        assertThat(browser.text()).contains("Mae Byrddau Diogelu Cwm Taf yn defnyddio Safeguard Cases");
        checkPage("Welsh privacy notice");
        browser.open("portal/requests.xhtml");
        checkPage("Welsh member portal");
        browser.screenshot("member-portal-welsh");
        browser.open("portal/self-report.xhtml");
        checkPage("Welsh self-report");
        browser.signOut();

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }
}

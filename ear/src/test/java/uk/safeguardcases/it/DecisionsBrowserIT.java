package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Issue 38, from each person's screen: a decision that closes a case is checked before it is made (Change keeps what
 * was typed); after it the page keeps the case's address, so a refresh sends nothing again and a copied link opens the
 * case; a senior manager reopens the case within the cooling-off period; a false finding one senior proposes waits
 * for a second senior, who finds it among their tasks and agrees in Welsh after a check step; the HR partner records
 * the employer's outcome in Welsh after one. Each check step is an address of its own: a refresh shows it again and
 * records nothing, Confirm records once. Every page checked with axe-core at desktop width and on a phone; another
 * board's senior and HR partner get "not found".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DecisionsBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String AGREED_CY = "Ail uwch reolwr wedi cytuno â’r canfyddiad";

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
    void aClosingDecisionIsCheckedKeepsItsAddressAndTwoSeniorsPutRightWhatCanBeRemoved() {
        browser.open("test-fixtures/account/board?like=cwmtaf");
        String board = browser.text().strip();
        String ref = CaseFixtureClient.ask(baseUrl, "board=" + board + "&step=AWAITING_TRIAGE&subject="
                + URLEncoder.encode("Eleri Mai Ŵyn", StandardCharsets.UTF_8))[0];
        String note = Typed.text("Dim byd i’w wneud – a joke among friends, “nothing more”");

        // The officer closes the case at triage: the check step first, and Change keeps what was typed.
        signIn(board + ".officer", "en");
        browser.open("officer/case.xhtml?ref=" + ref);
        // An allegation, so that a finding on it can be proposed once the case is closed.
        browser.chooseFirst("allegation:clauseId");
        browser.chooseFirst("allegation:category");
        browser.chooseFirst("allegation:severity");
        browser.type("allegation:particulars", "Llun o’r teulu – “heb ganiatâd”.");
        browser.click("allegation:add");
        browser.chooseByValue("triage:decision", "NO_FURTHER_ACTION");
        browser.type("triage:note", note);
        browser.click("triage:record");
        assertThat(browser.text("triage-check-heading")).isEqualTo("Check before you confirm");
        assertThat(browser.text("triage-check")).contains("No further action");
        assertThat(browser.text("triage-consequence")).contains("The case will be closed now with no further action")
                .contains("30 days");
        assertThat(browser.has("triage:record")).as("the form waits behind the check step").isFalse();
        assertThat(browser.url()).as("the check step keeps the case's address, and is an address of its own")
                .endsWith("case.xhtml?ref=" + ref + "&check=triage");
        assertThat(browser.text("case-step")).isEqualTo("Awaiting triage");
        // A refresh of the check step shows it again and sends nothing: the decision still waits to be confirmed.
        browser.refresh();
        assertThat(browser.text("triage-check-heading")).isEqualTo("Check before you confirm");
        assertThat(browser.text("triage-check")).contains("No further action").contains("a joke among friends");
        assertThat(browser.text("case-step")).isEqualTo("Awaiting triage");
        assertThat(timelineCount("Triage recorded")).as("nothing recorded by the refresh").isZero();
        check("triage, check step", false);
        browser.screenshot("decision-check-triage");
        browser.click("triageCheck:change");
        assertThat(browser.script("return document.getElementById('triage:note').value;")).isEqualTo(note);
        browser.click("triage:record");
        browser.click("triageCheck:confirm");
        assertThat(browser.url()).as("after the action: the case's address").endsWith("case.xhtml?ref=" + ref);
        assertThat(browser.text()).as("the message survives the redirect").contains("Triage recorded.");
        browser.reloadUntil(() -> browser.text("case-step").equals("Closed"), "the closure");

        // A refresh sends nothing again, and the copied address opens the case in another browser.
        browser.script("location.reload();");
        browser.waitFor(() -> browser.has("case-step"), "the page again");
        assertThat(timelineCount("Triage recorded")).as("one triage, however often the page is refreshed").isEqualTo(1);
        browser.refresh();
        browser.waitFor(() -> browser.has("case-step"), "the page again");
        assertThat(timelineCount("Triage recorded")).as("the browser's own refresh after Confirm").isEqualTo(1);
        assertThat(browser.url()).as("still the case's address").endsWith("case.xhtml?ref=" + ref);
        // The check step's address, opened again once it is answered, shows the case as it is.
        browser.open("officer/case.xhtml?ref=" + ref + "&check=triage");
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + ref);
        assertThat(browser.has("triage-check")).isFalse();
        String copied = browser.url();
        try (Chromium other = new Chromium(URI.create(baseUrl.toString()))) {
            other.signIn(board + ".officer", PASSWORD);
            other.open(copied);
            assertThat(other.text("case-step")).isEqualTo("Closed");
            assertThat(other.text()).contains(ref).doesNotContain("Page not found");
        }
        browser.signOut();

        // A senior manager reopens it within the cooling-off period: back to triage, no longer due for removal.
        signIn(board + ".senior", "en");
        browser.open("officer/case.xhtml?ref=" + ref);
        String coolingOffEnds = LocalDate.now(UK).plusDays(30).format(DateTimeFormatter.ofPattern("d MMM yyyy",
                Locale.UK));
        assertThat(browser.text("reopen-hint")).contains("Until " + coolingOffEnds);
        browser.type("reopen:reopenReason", "Triaged by mistake – the wrong “Eleri”.");
        browser.click("reopen:reopen");
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + ref);
        assertThat(browser.text()).contains("The case is reopened and waits for triage.");
        browser.reloadUntil(() -> browser.text("case-step").equals("Awaiting triage"), "the case back at triage");
        assertThat(browser.text("timeline")).contains("Case reopened").contains("Triaged by mistake");
        check("case reopened", false);
        browser.screenshot("decision-reopened");
        browser.signOut();

        // Closed again (advice only, checked), a senior proposes that the allegation was false.
        signIn(board + ".officer", "en");
        browser.open("officer/case.xhtml?ref=" + ref);
        browser.chooseByValue("triage:decision", "ADVICE_ONLY");
        browser.type("triage:note", "Advice on privacy settings.");
        browser.click("triage:record");
        assertThat(browser.text("triage-consequence")).contains("closed now with advice only");
        browser.click("triageCheck:confirm");
        browser.reloadUntil(() -> browser.text("case-step").equals("Closed"), "the closure");
        browser.signOut();
        signIn(board + ".senior", "en");
        browser.open("officer/case.xhtml?ref=" + ref);
        browser.chooseByValue("retentionFinding:finding", "FALSE");
        browser.type("retentionFinding:reason", "The account was someone else’s.");
        browser.click("retentionFinding:recordFinding");
        assertThat(browser.text("retentionFinding-consequence")).contains("a second senior manager must agree");
        assertThat(browser.url()).as("the finding's check step is an address of its own")
                .endsWith("case.xhtml?ref=" + ref + "&check=retentionFinding");
        browser.refresh();
        assertThat(browser.text("retentionFinding-consequence")).contains("a second senior manager must agree");
        assertThat(browser.text("retentionFinding-check")).contains("False").contains("The account was someone else’s.");
        assertThat(timelineCount("False or malicious finding proposed")).as("nothing proposed by the refresh").isZero();
        check("finding, check step", false);
        browser.click("retentionFindingCheck:confirm");
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + ref);
        browser.refresh();
        assertThat(timelineCount("False or malicious finding proposed")).as("one proposal, however often refreshed")
                .isEqualTo(1);
        assertThat(browser.text("awaits-second-senior")).contains("Awaits a second senior manager");
        assertThat(browser.has("proposal-own")).as("the proposer cannot agree with themself").isTrue();
        assertThat(browser.has("proposal:agree")).isFalse();
        browser.signOut();

        // The second senior finds it among their tasks, in Welsh, and agrees after the check step.
        String second = person(board, "Gwenllian ap Dafydd", "SENIOR");
        signIn(second, "cy");
        browser.open("senior/work.xhtml");
        assertThat(browser.text("tasks")).contains(ref).contains("Cytuno â chanfyddiad anwir neu faleisus neu ei wrthod");
        check("my tasks, Welsh", true);
        browser.clickLinkTo("case.xhtml?ref=" + ref);
        assertThat(browser.text("awaits-second-senior")).contains("Yn aros am ail uwch reolwr")
                .contains("The account was someone else’s.");
        browser.type("proposal:proposalReason", "Cadarnhaodd y platfform – “cyfrif arall”.");
        browser.click("proposal:agree");
        assertThat(browser.text("proposal-check-heading")).isEqualTo("Gwiriwch cyn cadarnhau");
        assertThat(browser.text("proposal-consequence")).contains("Anwir");
        assertThat(browser.url()).as("the agreement's check step is an address of its own")
                .endsWith("case.xhtml?ref=" + ref + "&check=proposal");
        browser.refresh();
        assertThat(browser.text("proposal-check-heading")).isEqualTo("Gwiriwch cyn cadarnhau");
        assertThat(browser.text("proposal-check")).contains("Cadarnhaodd y platfform – “cyfrif arall”.");
        assertThat(timelineCount(AGREED_CY)).as("nothing agreed by the refresh").isZero();
        check("second senior, check step, Welsh", true);
        browser.screenshot("decision-second-senior-cy");
        // The waiting agreement is this person's: the proposer, at the same address, sees the case without it.
        try (Chromium other = new Chromium(URI.create(baseUrl.toString()))) {
            other.signIn(board + ".senior", PASSWORD);
            other.open("officer/case.xhtml?ref=" + ref + "&check=proposal");
            assertThat(other.url()).endsWith("case.xhtml?ref=" + ref);
            assertThat(other.has("proposal-check")).isFalse();
        }
        browser.click("proposalCheck:confirm");
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + ref);
        assertThat(browser.text()).contains("Cytunwyd â’r canfyddiad ac fe’i cofnodwyd.");
        browser.refresh();
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + ref);
        assertThat(timelineCount(AGREED_CY)).as("one agreement, however often refreshed").isEqualTo(1);
        browser.open("officer/case.xhtml?ref=" + ref + "&check=proposal");
        assertThat(browser.url()).as("an answered check step's address leads to the case").endsWith("case.xhtml?ref=" + ref);
        assertThat(browser.has("proposal-check")).isFalse();
        assertThat(browser.text("finding")).contains("Anwir");
        assertThat(browser.text("removal-not-before")).contains("cyfnod ailfeddwl y bwrdd");
        check("finding agreed, Welsh", true);
        browser.screenshot("decision-agreed-cy");
        browser.signOut();

        // The HR partner records the employer's outcome, in Welsh: its check step is an address of its own too.
        String referred = CaseFixtureClient.ask(baseUrl, "board=" + board + "&step=AWAITING_HR_OUTCOME&subject="
                + URLEncoder.encode("Owain Ŵyn", StandardCharsets.UTF_8))[0];
        String hrNote = "Rhybudd ysgrifenedig – “gwrandawiad” teg.";
        signIn(board + ".hr", "cy");
        browser.open("hr/referral.xhtml?ref=" + referred);
        browser.chooseByValue("outcome:outcome", "WRITTEN_WARNING");
        browser.type("outcome:decidedOn", DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(UK)));
        browser.type("outcome:note", hrNote);
        browser.click("outcome:record");
        assertThat(browser.url()).endsWith("referral.xhtml?ref=" + referred + "&check=outcome");
        assertThat(browser.text("outcome-check-heading")).isEqualTo("Gwiriwch cyn cadarnhau");
        browser.refresh();
        assertThat(browser.text("outcome-check-heading")).isEqualTo("Gwiriwch cyn cadarnhau");
        assertThat(browser.text("outcome-check")).contains("Rhybudd ysgrifenedig").contains(hrNote);
        assertThat(browser.text("status")).as("nothing recorded by the refresh").isEqualTo("Yn aros am y canlyniad");
        assertThat(browser.has("hr-record")).isFalse();
        check("HR outcome, check step, Welsh", true);
        browser.screenshot("decision-hr-outcome-check-cy");
        try (Chromium other = new Chromium(URI.create(baseUrl.toString()))) {
            other.signIn("nscb.hr", PASSWORD);
            assertThat(other.fetch("hr/referral.xhtml?ref=" + URLEncoder.encode(referred, StandardCharsets.UTF_8)
                    + "&check=outcome").get("status")).as("another board's HR partner").isEqualTo(404L);
        }
        browser.click("outcomeCheck:confirm");
        assertThat(browser.url()).endsWith("referral.xhtml?ref=" + referred);
        assertThat(browser.text()).contains("Cofnodwyd y canlyniad.");
        browser.refresh();
        assertThat(browser.url()).endsWith("referral.xhtml?ref=" + referred);
        assertThat(browser.text("hr-outcome")).isEqualTo("Rhybudd ysgrifenedig");
        browser.open("hr/referral.xhtml?ref=" + referred + "&check=outcome");
        assertThat(browser.url()).endsWith("referral.xhtml?ref=" + referred);
        assertThat(browser.has("outcome-check")).isFalse();
        browser.signOut();
        signIn(board + ".officer", "en");
        browser.open("officer/case.xhtml?ref=" + referred);
        browser.reloadUntil(() -> browser.text("case-step").equals("Closed"), "the case closed by the outcome");
        assertThat(timelineCount("Disciplinary outcome recorded")).as("one outcome, however often refreshed")
                .isEqualTo(1);
        browser.signOut();

        // Another board's senior manager cannot see the case, so cannot agree or reopen it.
        browser.signIn("nscb.senior", PASSWORD);
        Map<String, Object> theirs = browser.fetch("officer/case.xhtml?ref=" + ref);
        assertThat(theirs.get("status")).isEqualTo(404L);
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private void signIn(String username, String language) {
        browser.signIn(username, PASSWORD);
        browser.open("account.xhtml?lang=" + language);
    }

    private String person(String board, String name, String role) {
        browser.open("test-fixtures/account/person?board=" + board + "&role=" + role + "&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
        return browser.text().strip();
    }

    private long timelineCount(String action) {
        return (Long) browser.script("var what = arguments[0], n = 0;"
                + " document.querySelectorAll('#timeline td').forEach(function (td) {"
                + " if (td.textContent.trim() === what) { n++; } }); return n;", action);
    }

    private void check(String page, boolean welsh) {
        WalkPages.check(browser, page, welsh, null, false, accessibility);
    }
}

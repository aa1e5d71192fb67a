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
 * The case page, what a new user met in round three (issue 63), walked in the browser by the demo boards' people.
 * Item 4: "Change" on a check step leaves the check step's address, and a refresh shows the form again as chosen and
 * typed (the triage, the senior's refusal in Welsh, the HR partner's outcome). Item 9: a form of one case posted to
 * the address of another (another board's, or another of the same board) is refused with the 404 page and records
 * nothing against either. Every page checked with axe-core at desktop width and on a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CasePageRoundThreeBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final ZoneId UK = ZoneId.of("Europe/London");

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
    void changeOnTheTriageCheckStepLeavesItsAddressAndARefreshKeepsWhatWasTyped() {
        String ref = fixture("cwmtaf", "AWAITING_TRIAGE", "Nia “Newid” Prys");
        String note = "Cyngor ar osodiadau preifatrwydd – “advice only”, £0 " + unique();
        signIn("cwmtaf.officer", "en");
        browser.open("officer/case.xhtml?ref=" + ref);
        browser.chooseByValue("triage:decision", "ADVICE_ONLY");
        browser.type("triage:note", note);
        browser.click("triage:record");
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + ref + "&check=triage");

        browser.click("triageCheck:change");
        assertThat(browser.url()).as("after Change, the address no longer claims the check step")
                .doesNotContain("check=").endsWith("case.xhtml?ref=" + ref + "&change=triage");
        assertTriageAsTyped(note);
        check("triage after Change", false);
        browser.refresh();
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + ref + "&change=triage");
        assertTriageAsTyped(note);
        assertThat(browser.has("triage-check")).isFalse();
        // The address of the check step, opened again (a bookmark, the browser's history), leads to the form as typed.
        browser.open("officer/case.xhtml?ref=" + ref + "&check=triage");
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + ref + "&change=triage");
        assertTriageAsTyped(note);

        // From the kept form, the decision is checked and confirmed once; the form's address then leads to the case.
        browser.click("triage:record");
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + ref + "&check=triage");
        assertThat(browser.text("triage-check")).contains("Advice only").contains(note);
        browser.click("triageCheck:confirm");
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + ref);
        browser.reloadUntil(() -> browser.text("case-step").equals("Closed"), "the closure");
        assertThat(timelineCount("Triage recorded")).isEqualTo(1);
        browser.open("officer/case.xhtml?ref=" + ref + "&change=triage");
        assertThat(browser.url()).as("nothing kept once the step is done").endsWith("case.xhtml?ref=" + ref);
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    void aSeniorsRefusalInWelshAndAnHrOutcomeAreKeptAfterChangeAndARefresh() {
        String ref = fixture("cwmtaf", "AWAITING_AUTHORISATION", "Aled “Gwrthod” Rhys");
        String justification = "Dim digon o dystiolaeth – “not enough”, " + unique();
        signIn("cwmtaf.senior", "cy");
        browser.open("officer/case.xhtml?ref=" + ref);
        browser.type("authorisation:justification", justification);
        browser.click("authorisation:refuse");
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + ref + "&check=authorisation");
        browser.click("authorisationCheck:change");
        assertThat(browser.url()).doesNotContain("check=").endsWith("&change=authorisation");
        browser.refresh();
        assertThat(browser.script("return document.getElementById('authorisation:justification').value;"))
                .isEqualTo(justification);
        assertThat(browser.text("authorise-heading")).isNotBlank();
        check("authorisation after Change, Welsh", true);
        assertThat(browser.text("case-step")).as("nothing refused yet").isNotEqualTo("Wedi cau");
        browser.signOut();

        String referred = fixture("cwmtaf", "AWAITING_HR_OUTCOME", "Owain “Canlyniad” Ŵyn");
        String hrNote = "Rhybudd ysgrifenedig – “gwrandawiad” teg, " + unique();
        String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(UK));
        signIn("cwmtaf.hr", "cy");
        browser.open("hr/referral.xhtml?ref=" + referred);
        browser.chooseByValue("outcome:outcome", "WRITTEN_WARNING");
        browser.type("outcome:decidedOn", today);
        browser.type("outcome:note", hrNote);
        browser.click("outcome:record");
        assertThat(browser.url()).endsWith("referral.xhtml?ref=" + referred + "&check=outcome");
        browser.click("outcomeCheck:change");
        assertThat(browser.url()).doesNotContain("check=").endsWith("&change=outcome");
        browser.refresh();
        assertThat(browser.script("return document.getElementById('outcome:outcome').value;"))
                .isEqualTo("WRITTEN_WARNING");
        assertThat(browser.script("return document.getElementById('outcome:note').value;")).isEqualTo(hrNote);
        assertThat(browser.text("status")).as("nothing recorded").isEqualTo("Yn aros am y canlyniad");
        check("HR outcome after Change, Welsh", true);
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    void aFormPostedToAnotherBoardsReferenceIsRefusedAndNeverShownUnderThatReference() {
        String ours = fixture("cwmtaf", "AWAITING_TRIAGE", "Rhian “Ein Hachos” Puw");
        String theirs = fixture("chscb", "AWAITING_TRIAGE", "Jordan “Their Case” Okafor");
        String note = "Advice on her privacy settings – “ours” " + unique();
        signIn("cwmtaf.officer", "en");
        browser.open("officer/case.xhtml?ref=" + ours);
        browser.chooseByValue("triage:decision", "ADVICE_ONLY");
        browser.type("triage:note", note);
        browser.click("triage:record");
        assertThat(browser.url()).endsWith("&check=triage");

        retarget("triageCheck", theirs);
        browser.click("triageCheck:change");
        assertThat(browser.title()).as("the page names no reference it does not draw").doesNotContain(theirs)
                .contains("Page not found");
        assertThat(browser.text()).doesNotContain(theirs).doesNotContain(ours).contains("Page not found");
        check("a form posted to another board's case", false);

        // Nothing was done: the decision still waits on its check step, and the other board's case is untouched.
        browser.open("officer/case.xhtml?ref=" + ours + "&check=triage");
        assertThat(browser.url()).endsWith("&check=triage");
        assertThat(browser.text("triage-check")).contains(note);
        assertThat(browser.text("case-step")).isEqualTo("Awaiting triage");
        browser.open("officer/case.xhtml?lang=cy&ref=" + theirs);
        assertThat(browser.title()).doesNotContain(theirs).contains("Heb ddod o hyd i'r dudalen");
        check("another board's case, Welsh: not found", true);
        browser.signOut();
        signIn("chscb.officer", "en");
        browser.open("officer/case.xhtml?ref=" + theirs);
        assertThat(browser.title()).contains(theirs);
        assertThat(browser.text("case-step")).isEqualTo("Awaiting triage");
        assertThat(timelineCount("Triage recorded")).isZero();
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    void aFormOfOneCasePostedToAnotherOfTheSameBoardRecordsNothingAgainstEither() {
        String a = fixture("cwmtaf", "AWAITING_TRIAGE", "Dewi “Achos A” Morgan");
        String b = fixture("cwmtaf", "AWAITING_TRIAGE", "Dewi “Achos B” Morgan");
        String particulars = "Llun o’r plant – “heb ganiatâd” " + unique();
        signIn("cwmtaf.officer", "en");
        browser.open("officer/case.xhtml?ref=" + a);
        browser.chooseFirst("allegation:clauseId");
        browser.chooseFirst("allegation:category");
        browser.chooseFirst("allegation:severity");
        browser.type("allegation:particulars", particulars);
        retarget("allegation", b);
        browser.click("allegation:add");
        assertThat(browser.title()).doesNotContain(a).doesNotContain(b).contains("Page not found");

        browser.open("officer/case.xhtml?ref=" + b);
        assertThat(browser.text()).as("nothing recorded against the case the address named").doesNotContain(particulars);
        assertThat(timelineCount("Allegation recorded")).isZero();
        browser.open("officer/case.xhtml?ref=" + a);
        assertThat(browser.text()).as("nor against the case the form was for").doesNotContain(particulars);
        assertThat(timelineCount("Allegation recorded")).isZero();

        // The same form, posted to its own case's address, is recorded there.
        browser.chooseFirst("allegation:clauseId");
        browser.chooseFirst("allegation:category");
        browser.chooseFirst("allegation:severity");
        browser.type("allegation:particulars", particulars);
        browser.click("allegation:add");
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + a);
        assertThat(browser.text()).contains(particulars);
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    /** Points the form {@code formId} of the page at another case's address, as an edited or forged post would be. */
    private void retarget(String formId, String reference) {
        browser.script("var f = document.getElementById(arguments[0]);"
                + " f.action = f.action.replace(/ref=[^&]*/, 'ref=' + encodeURIComponent(arguments[1]));",
                formId, reference);
        assertThat((String) browser.script("return document.getElementById(arguments[0]).action;", formId))
                .contains("ref=" + reference);
    }

    private void assertTriageAsTyped(String note) {
        assertThat(browser.script("return document.getElementById('triage:decision').value;"))
                .as("the decision as chosen").isEqualTo("ADVICE_ONLY");
        assertThat(browser.script("return document.getElementById('triage:note').value;")).as("the note as typed")
                .isEqualTo(note);
    }

    private String fixture(String board, String step, String subject) {
        return CaseFixtureClient.ask(baseUrl, "board=" + board + "&step=" + step + "&subject="
                + URLEncoder.encode(subject, StandardCharsets.UTF_8))[0];
    }

    private void signIn(String username, String language) {
        browser.signIn(username, PASSWORD);
        browser.open("account.xhtml?lang=" + language);
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
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

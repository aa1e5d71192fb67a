package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * The staff's part of a whole investigation, walked in the browser by the people who do it, in English (City &
 * Hackney) and in Welsh (Cwm Taf): the officer raises, triages, gathers, reviews the member's contest and decides;
 * the senior manager authorises and approves; the HR partner acknowledges and records the outcome. Every field is
 * typed with Welsh letters, curly quotes, dashes, £, right-to-left marks and an emoji. At each step the test asserts
 * what that person must see to decide (the member's reasons on the review form, the triage note when authorising,
 * the findings and the pack before approving, people by name and role, never a login), that the page cites only
 * its own board's policy and loads no missing resource, and checks it with axe-core at desktop width and on a
 * 375 × 812 phone. Screenshots go to {@code docs/screenshots/staff-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffWalkBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern REFERENCE = Pattern.compile("(CHSCB|CTSB)-\\d{4}-\\d{4}");

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
    void cityAndHackneysStaffWalkAnInvestigationInEnglish() {
        walk(new Walk("chscb", "CHSCB", "Metropolitan Police Service", false, "", "Rhodri Ŵyn-Prys"));
    }

    @Test
    void cwmTafsStaffWalkAnInvestigationInWelsh() {
        walk(new Walk("cwmtaf", "CTSB", "Heddlu De Cymru", true, "-cy", "Gwenllïan ap Dafydd"));
    }

    @Test
    void cwmTafsSeniorManagerReadsTheAnnualReportInWelshOnADesktopAndAPhone() {
        Walk w = new Walk("cwmtaf", "CTSB", "Heddlu De Cymru", true, "-cy", "");
        signIn(w, "cwmtaf.senior");
        browser.open("annual/report.xhtml?from=2025-04-01");
        assertThat(browser.text()).contains("Blwyddyn y bwrdd mewn ffigurau: 2025–26")
                .contains("Pryderon yn ôl ffynhonnell").contains("Amserlenni statudol").contains("Offeryn monitro");
        // Each chart is an image named after its table, and the table beside it is named by its caption.
        assertThat(browser.script("return document.querySelectorAll('svg.bar-chart[role=img] > title').length"))
                .isEqualTo(browser.script("return document.querySelectorAll('table.annual-table[id^=figures-]"
                        + ":not([id^=figures-spread]) > caption').length"));
        assertThat(browser.script("return document.querySelector('#figures-concerns-source caption').textContent"))
                .isEqualTo("Pryderon yn ôl ffynhonnell: ffigurau");
        WalkPages.check(browser, "cwmtaf, annual report", true, w.prefix, true, accessibility);
        browser.screenshot("annual-report-cy");
        browser.screenshotPhone("annual-report-phone-cy");
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    /**
     * Issue 41: a concern below the harm threshold kept as a low-level concern at triage (checked before it is final,
     * as closing a case always is), then the board's register and the member's chronology, reached from the case page.
     */
    @Test
    void anOfficerKeepsALowLevelConcernAtTriageThenReadsTheRegisterAndTheMembersChronology() {
        Walk w = new Walk("chscb", "CHSCB", "Metropolitan Police Service", false, "", "Rhodri Ŵyn-Prys");
        String summary = Typed.text("A flippant comment about a meeting, posted publicly");
        signIn(w, "chscb.officer");
        browser.open("officer/raise.xhtml");
        browser.type("concern:subjectName", w.subject);
        browser.type("concern:subjectUsername", "chscb.member");
        browser.choose("concern:organisationId", w.organisation);
        browser.chooseFirst("concern:source");
        browser.type("concern:summary", summary);
        browser.click("concern:raise");
        browser.waitFor(() -> REFERENCE.matcher(browser.url()).find(), "the new case's page");
        Matcher found = REFERENCE.matcher(browser.url());
        assertThat(found.find()).isTrue();
        String ref = found.group();

        browser.chooseByValue("triage:decision", "LOW_LEVEL_CONCERN");
        browser.type("triage:note", Typed.text("Below the harm threshold; keep it on the register"));
        browser.click("triage:record");
        assertThat(browser.text("triage-check-heading")).isEqualTo("Check before you confirm");
        assertThat(browser.text("triage-consequence")).contains("register of low-level concerns");
        check(w, "case, check step before keeping a low-level concern");
        browser.screenshot("lowlevel-triage-check");
        browser.click("triageCheck:confirm");
        browser.reloadUntil(() -> browser.text("case-step").equals("Closed"), "the case closed");

        browser.clickLinkTo("officer/chronology.xhtml?id=");
        assertThat(browser.text("chronology")).contains("Concern raised").contains("Low-level concern")
                .contains("Case closed").contains(ref);
        check(w, "a member's chronology");
        browser.screenshot("lowlevel-chronology");

        browser.open("officer/low-level.xhtml");
        assertThat(browser.text("concerns")).contains(ref);
        check(w, "the register of low-level concerns");
        browser.screenshot("lowlevel-register");
        browser.screenshotPhone("lowlevel-register-phone");
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    /** One board's walk: which board, its reference prefix, the member's organisation, and whether in Welsh. */
    private record Walk(String board, String prefix, String organisation, boolean welsh, String shot,
            String subject) {
        String role(String english, String welsh) {
            return this.welsh ? welsh : english;
        }
    }

    private void walk(Walk w) {
        String summary = Typed.text("A public post names a family at the contact centre");
        String note = Typed.text("Likely breach of the photographs clause; investigate");
        String justification = Typed.text("Proportionate: the post is public and names a family");
        String captured = Typed.text("“Look who came to the contact centre today” with a photograph");
        String gathered = Typed.text("One public post captured");
        String reasons = Typed.text("The photograph is of my own family, not of anyone the board serves");
        String rejection = Typed.text("The family in the photograph use the contact centre");
        String removed = Typed.text("Told me by telephone the post is deleted");
        String account = Typed.text("Interviewed with their line manager present");
        String verified = Typed.text("Checked the page: the post is gone");
        String findings = Typed.text("A breach of the policy; refer to the employer");
        String approval = Typed.text("Agreed: the findings support a referral");
        String hrNote = Typed.text("Written warning issued at a hearing");

        // The officer raises the concern and triages it.
        signIn(w, w.board + ".officer");
        browser.open("officer/raise.xhtml");
        check(w, "raise a concern");
        browser.type("concern:subjectName", w.subject);
        browser.type("concern:subjectUsername", w.board + ".member");
        browser.choose("concern:organisationId", w.organisation);
        browser.chooseFirst("concern:source");
        browser.type("concern:summary", summary);
        browser.click("concern:raise");
        browser.waitFor(() -> REFERENCE.matcher(browser.url()).find(), "the new case's page");
        Matcher found = REFERENCE.matcher(browser.url());
        assertThat(found.find()).isTrue();
        String ref = found.group();
        assertThat(ref).startsWith(w.prefix);
        browser.chooseFirst("allegation:clauseId");
        browser.chooseFirst("allegation:category");
        browser.chooseFirst("allegation:severity");
        browser.type("allegation:particulars", Typed.text("Posted a photograph of a family without consent"));
        browser.click("allegation:add");
        browser.chooseByValue("triage:decision", "INVESTIGATE");
        browser.type("triage:note", note);
        browser.click("triage:record");
        if (!w.welsh) {
            assertThat(browser.text("case-step")).isEqualTo("Awaiting authorisation");
        }
        assertThat(htmlOf("case-triage-note")).isEqualTo(note);
        check(w, "case, triaged");
        browser.signOut();

        // The senior manager reads the triage note before authorising, and raising tells them who triages.
        signIn(w, w.board + ".senior");
        browser.open("officer/raise.xhtml");
        assertThat(browser.text("raise-intro")).as("a senior is not told they will triage")
                .contains(w.role("A compliance officer triages it next", "Swyddog cydymffurfio sy'n ei frysbennu"));
        browser.open("senior/work.xhtml");
        assertThat(browser.text()).contains(ref);
        check(w, "senior's tasks");
        openCase(ref);
        assertThat(htmlOf("authorise-triage")).as("the authorisation form shows the triage note").contains(note);
        assertThat(browser.text("authorise-triage")).as("who triaged, by name and role")
                .contains("Olivia Okafor (" + w.role("Compliance officer", "Swyddog cydymffurfio") + ")");
        check(w, "case, authorisation");
        browser.screenshot("staff-senior-authorise" + w.shot);
        browser.type("authorisation:justification", justification);
        browser.click("authorisation:authorise");
        browser.reloadUntil(() -> !browser.has("authorisation:authorise"), "the authorisation to be recorded");
        browser.signOut();

        // The officer gathers evidence, shown to the member.
        signIn(w, w.board + ".officer");
        openCase(ref);
        browser.reloadUntil(() -> browser.has("evidence:capture"), "the evidence form");
        check(w, "case, gathering evidence");
        browser.type("evidence:url", "https://www.facebook.com/public.page/posts/" + Math.abs(ref.hashCode()));
        browser.chooseByValue("evidence:platform", "FACEBOOK");
        browser.type("evidence:capturedText", captured);
        browser.script("document.getElementById('evidence:capturedAt').value = arguments[0];",
                java.time.LocalDateTime.now(UK).minusMinutes(10).withSecond(0).withNano(0).toString());
        browser.chooseByValue("evidence:captureMethod", "PUBLIC_PAGE_VIEWED");
        browser.chooseByValue("evidence:captureForm", "TEXT_COPIED");
        browser.check("evidence:openMethodDeclared");
        browser.check("evidence:shownToMember");
        browser.click("evidence:capture");
        assertThat(browser.html()).contains(captured);
        browser.type("gathered:summary", gathered);
        browser.click("gathered:finish");
        // Issue 38: sending the member a removal request is checked first, in the page's language, at the case's address.
        assertThat(browser.text("gathered-check-heading"))
                .isEqualTo(w.welsh ? "Gwiriwch cyn cadarnhau" : "Check before you confirm");
        assertThat(browser.text("gathered-consequence")).contains(w.welsh
                ? "Bydd cais i dynnu’r cynnwys i lawr yn cael ei anfon at yr aelod"
                : "The member will be sent a request to remove the content");
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + ref + "&check=gathered");
        check(w, "case, check step before the removal request");
        browser.screenshot("staff-check-removal" + w.shot);
        browser.click("gatheredCheck:confirm");
        browser.reloadUntil(() -> !browser.has("gathered:finish") && !browser.has("gatheredCheck:confirm"),
                "the removal request");
        browser.signOut();

        // The member contests in the portal.
        signIn(w, w.board + ".member");
        browser.open("portal/requests.xhtml");
        browser.reloadUntil(() -> browser.html().contains(ref), "the member's request");
        browser.open(String.valueOf(browser.script("var ref = arguments[0];"
                + " var a = Array.from(document.querySelectorAll(\"a[href*='request.xhtml?id=']\")).find(function (x) {"
                + " return (x.closest('li, tr, article') || x).textContent.indexOf(ref) >= 0; });"
                + " return a.getAttribute('href').replace(/^.*?portal\\//, 'portal/');", ref)));
        browser.type("contest:reasons", reasons);
        browser.click("contest:send");
        browser.signOut();

        // The officer reviews the contest with the member's reasons in front of them.
        signIn(w, w.board + ".officer");
        openCase(ref);
        browser.reloadUntil(() -> browser.has("contest:reject"), "the review of the contest");
        assertThat(htmlOf("contest-reasons")).as("the review form shows the member's reasons").contains(reasons);
        check(w, "case, reviewing the member's reasons");
        browser.screenshot("staff-officer-review-reasons" + w.shot);
        browser.type("contest:reason", rejection);
        browser.click("contest:reject");
        browser.reloadUntil(() -> browser.has("removalResponse:record"), "the removal step again");
        browser.chooseByValue("removalResponse:response", "REMOVED");
        browser.type("removalResponse:text", removed);
        browser.click("removalResponse:record");
        browser.reloadUntil(() -> browser.has("cooperation:record"), "co-operation");
        browser.chooseByValue("cooperation:how", "INTERVIEW");
        browser.type("cooperation:account", account);
        browser.click("cooperation:record");
        browser.reloadUntil(() -> browser.has("verify:record"), "verification");
        browser.type("verify:finding", verified);
        browser.click("verify:record");
        browser.reloadUntil(() -> browser.has("outcome:decide"), "the outcome");
        check(w, "case, deciding the outcome");
        browser.chooseByValue("outcome:outcome", "DISCIPLINARY_REFERRAL");
        browser.type("outcome:findings", findings);
        browser.click("outcome:decide");
        assertThat(htmlOf("case-findings")).as("the findings are in the case's summary after the decision")
                .isEqualTo(findings);
        browser.signOut();

        // The senior manager reads the findings and the pack as it would be sent, then approves.
        signIn(w, w.board + ".senior");
        openCase(ref);
        browser.reloadUntil(() -> browser.has("approval:approve"), "the approval");
        assertThat(htmlOf("approval-decision")).as("the approval form shows the findings").contains(findings);
        assertThat(browser.text("approval-decision")).contains("Olivia Okafor");
        Map<String, Object> preview = browser.fetch("officer/referral-pack-preview?ref=" + ref);
        assertThat(preview.get("status")).as("the pack as it would be sent").isEqualTo(200L);
        assertThat((String) preview.get("body")).startsWith("%PDF");
        check(w, "case, approving the referral");
        browser.screenshot("staff-senior-approve" + w.shot);
        browser.type("approval:note", approval);
        browser.click("approval:approve");
        assertThat(browser.text("approval-check-heading"))
                .isEqualTo(w.welsh ? "Gwiriwch cyn cadarnhau" : "Check before you confirm");
        assertThat(browser.text("approval-consequence")).contains(w.welsh
                ? "Bydd y pecyn atgyfeirio yn cael ei anfon nawr" : "The referral pack will be sent now");
        check(w, "case, check step before the referral is sent");
        browser.screenshot("staff-check-referral" + w.shot);
        browser.click("approvalCheck:confirm");
        assertThat(browser.url()).endsWith("case.xhtml?ref=" + ref);
        browser.reloadUntil(() -> browser.has("referral-pack"), "the referral to be sent");
        check(w, "case, referred");
        browser.signOut();

        // The HR partner sees people by name and role, acknowledges and records the outcome.
        signIn(w, w.board + ".hr");
        browser.open("hr/referrals.xhtml");
        browser.reloadUntil(() -> browser.text().contains(ref), "the referral in the inbox");
        check(w, "HR inbox");
        browser.open("hr/referral.xhtml?ref=" + ref);
        assertThat(browser.text("decided-by")).isEqualTo("Olivia Okafor (" + w.role("Compliance officer",
                "Swyddog cydymffurfio") + ")");
        assertThat(browser.text("approved-by")).contains("(" + w.role("Senior manager", "Uwch reolwr") + ")");
        check(w, "HR referral");
        browser.click("acknowledge:acknowledge");
        browser.reloadUntil(() -> browser.has("outcome:outcome"), "the outcome form");
        browser.chooseByValue("outcome:outcome", "WRITTEN_WARNING");
        browser.type("outcome:decidedOn", DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(UK)));
        browser.type("outcome:note", hrNote);
        check(w, "HR referral, outcome form");
        browser.click("outcome:record");
        assertThat(browser.text("outcome-check-heading"))
                .isEqualTo(w.welsh ? "Gwiriwch cyn cadarnhau" : "Check before you confirm");
        check(w, "HR referral, check step before the outcome");
        browser.click("outcomeCheck:confirm");
        assertThat(browser.url()).endsWith("referral.xhtml?ref=" + ref);
        assertThat(browser.html()).contains(hrNote);
        assertThat(browser.text("acknowledged")).contains("Harriet Hughes (" + w.role("HR partner", "Partner AD") + ")");
        check(w, "HR referral, outcome recorded");
        browser.screenshot("staff-hr-referral" + w.shot);
        browser.signOut();

        // The officer sees the closed case: its findings in the summary, everyone by name.
        signIn(w, w.board + ".officer");
        openCase(ref);
        browser.reloadUntil(() -> browser.has("case-closed"), "the case to close");
        assertThat(htmlOf("case-findings")).isEqualTo(findings);
        assertThat(browser.text("timeline")).contains("Olivia Okafor").contains("Harriet Hughes");
        check(w, "case, closed");
        browser.screenshot("staff-officer-case" + w.shot);
        browser.signOut();

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private void signIn(Walk w, String username) {
        browser.signIn(username, PASSWORD);
        if (w.welsh) {
            browser.open("account.xhtml?lang=cy");
            assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("cy");
        }
    }

    private void openCase(String ref) {
        browser.open("officer/case.xhtml?ref=" + ref);
    }

    private void check(Walk w, String page) {
        WalkPages.check(browser, w.board + ", " + page, w.welsh, w.prefix, false, accessibility);
    }

    /** The markup inside the element {@code id}: the text exactly as typed (marks that are not shown included). */
    private String htmlOf(String id) {
        return (String) browser.script("return document.getElementById(arguments[0]).innerHTML;", id);
    }
}

package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.investigation.ReferralService.Show;
import uk.safeguardcases.application.investigation.ReferralSummary;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.referral.ReferralStatus;

/**
 * The HR partner's workspace on the real server: a case is walked to its referral through the services (as
 * in {@code FullInvestigationIT}), then the HR partner works it through the pages over HTTP. Another
 * organisation's HR partner and another board's see none of it.
 */
@ExtendWith(ArquillianExtension.class)
class HrWorkspaceIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter PAGE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    private static final String CHSCB_3_5_D = "Posting comments or photographs of Board members or members of the"
            + " community without their express consent.";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(HrWorkspaceIT.class);
    }

    @Inject
    private PeopleDirectory people;

    @Inject
    private CaseService cases;

    @Inject
    private BoardService boards;

    @Inject
    private EvidenceService evidence;

    @Inject
    private ReferralService referrals;

    /** A case walked to its referral, with what the pack must show. */
    private record Referred(String reference, String subject, String sha256) {
    }

    @Test
    void anHrPartnerWorksAReferralFromTheInboxThroughTheOutcomeToTheAppeal() {
        Caller hr = as("chscb.hr");
        Referred referred = referredCase("chscb", hr.organisationId(), "Casey Inbox");
        String ref = referred.reference();

        Browser browser = browser();
        Browser.Page inbox = browser.signIn("chscb.hr", PASSWORD);
        assertTrue(inbox.uri().endsWith("/hr/referrals.xhtml"), inbox.uri());
        ReferralSummary listed = CallerContext.runAs(hr, () -> referrals.inbox(Show.OPEN)).stream()
                .filter(r -> r.reference().equals(ref)).findFirst().orElseThrow();
        assertTrue(inbox.body().contains(">" + ref + "</a>"), inbox.body());
        assertTrue(inbox.body().contains("Casey Inbox"));
        assertTrue(inbox.body().contains(PAGE_TIME.format(listed.acknowledgementDue().atZone(UK))),
                "the acknowledgement deadline is shown");
        assertTrue(inbox.body().contains("Awaiting acknowledgement"));
        assertTrue(Pattern.compile("hr-deadline-(ON_TIME|DUE_SOON)\">(On time|Due soon)<").matcher(inbox.body()).find(),
                "the deadline is marked in words");

        Browser.Page page = browser.open("hr/referral.xhtml?ref=" + ref);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains(CHSCB_3_5_D), "the allegation quotes its clause");
        assertTrue(page.body().contains("Clause 3.5(d)"));
        assertTrue(page.body().contains(referred.sha256()), "the evidence's SHA-256");
        assertTrue(page.body().contains("https://www.facebook.com/posts/4711"), "the evidence's address");
        assertTrue(page.body().contains("Breach of 3.5(d) confirmed: photographs posted without consent."),
                "the decision's reasons");
        assertTrue(page.body().contains("Content removal") && page.body().contains("Removed the content"),
                "the removal request's history");
        assertTrue(page.body().contains("Olivia Okafor"), "the board's contact");
        assertTrue(page.body().contains(PAGE_TIME.format(listed.acknowledgementDue().atZone(UK))));

        Browser colleague = browser();
        colleague.signIn("chscb.hr", PASSWORD);
        Browser.Page stale = colleague.open("hr/referral.xhtml?ref=" + ref);

        Browser.Page acknowledged = browser.submit(page, "acknowledge", Map.of(), "acknowledge");
        assertTrue(acknowledged.body().contains("Referral acknowledged."), acknowledged.body());
        assertTrue(acknowledged.body().contains("Awaiting the outcome"));
        awaitStatus(ref, CaseStatus.AWAITING_HR_OUTCOME);

        Browser.Page again = colleague.submit(stale, "acknowledge", Map.of(), "acknowledge");
        assertEquals(200, again.status());
        assertTrue(Pattern.compile("The acknowledgement of " + Pattern.quote(ref) + " was already done by Harriet Hughes \\(HR partner\\) on"
                + " \\d{1,2} \\w{3} \\d{4} at \\d{2}:\\d{2}\\.").matcher(again.body()).find(), again.body());
        assertEquals(1, timelineOf(ref).stream().filter(l -> l.action().equals("Referral acknowledged")).count());

        Browser.Page refused = browser.submit(acknowledged, "outcome",
                Map.of("outcome", "", "decidedOn", "", "note", "Hearing held with the member's union representative."),
                "record");
        assertTrue(refused.body().contains("Choose the disciplinary outcome."), refused.body());
        assertTrue(refused.body().contains("Give the date the outcome was decided."));
        assertTrue(refused.body().contains("role=\"alert\""), "an error summary");
        assertTrue(refused.body().contains("Hearing held with the member&#39;s union representative.")
                || refused.body().contains("Hearing held with the member's union representative."), "nothing typed is lost");
        Browser.Page badDate = browser.submit(refused, "outcome",
                Map.of("outcome", "WRITTEN_WARNING", "decidedOn", "2026-05-21", "note", "Hearing held."), "record");
        assertTrue(badDate.body().contains("Enter a real date as day/month/year, for example 21/05/2026."),
                "one form of date, day/month/year: " + badDate.body());

        String today = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(UK));
        // Issue 38: the outcome closes the board's case, so it is checked first, at the referral's address.
        Browser.Page checkStep = browser.submit(badDate, "outcome",
                Map.of("outcome", "WRITTEN_WARNING", "decidedOn", today, "note", "Hearing held; written warning."),
                "record");
        assertTrue(checkStep.body().contains("Check before you confirm"), checkStep.body());
        assertTrue(checkStep.body().contains("The outcome will be recorded and the board’s case closed with it"));
        assertTrue(checkStep.uri().endsWith("/hr/referral.xhtml?ref=" + ref + "&check=outcome"),
                "the check step is an address of its own: " + checkStep.uri());
        assertTrue(Pattern.compile("action=\"[^\"]*/hr/referral\\.xhtml\\?ref=" + Pattern.quote(ref)
                + "&(amp;)?check=outcome\"").matcher(checkStep.body()).find(),
                "the check step posts to its own address, the referral's");
        assertEquals(0, timelineOf(ref).stream().filter(l -> l.action().equals("Disciplinary outcome recorded")).count(),
                "nothing is recorded before it is confirmed");
        Browser.Page colleaguesForm = colleague.open("hr/referral.xhtml?ref=" + ref);
        Browser.Page outcome = browser.submit(checkStep, "outcomeCheck", Map.of(), "confirm");
        assertTrue(outcome.body().contains("Outcome recorded. The board closes the case."), outcome.body());
        assertTrue(outcome.body().contains("Written warning"));
        awaitStatus(ref, CaseStatus.CLOSED);
        // The colleague's form, opened before: their outcome goes to its check step, which the referral no longer
        // waits for. They are told theirs was not recorded (it once vanished without a word), and nothing changes.
        Browser.Page late = colleague.submit(colleaguesForm, "outcome",
                Map.of("outcome", "NO_ACTION", "decidedOn", today, "note", "Dim camau – “dim”."), "record");
        assertEquals(200, late.status());
        assertTrue(late.uri().endsWith("/hr/referral.xhtml?ref=" + ref), late.uri());
        assertTrue(late.body().contains("Your outcome was not recorded: an outcome for this referral was recorded in"
                + " the meantime"), late.body());
        assertTrue(!late.body().contains("Check before you confirm") && late.body().contains("Written warning"));
        assertEquals(1, timelineOf(ref).stream().filter(l -> l.action().equals("Disciplinary outcome recorded")).count());
        assertTrue(timelineOf(ref).stream().anyMatch(l -> l.action().equals("Disciplinary outcome recorded")
                && l.detail().startsWith("Written warning, decided on ")), "the timeline has the outcome");
        assertTrue(outcome.body().contains("Record an appeal"), "an appeal can follow");

        Browser.Page lodged = browser.submit(outcome, "appeal",
                Map.of("lodgedOn", today, "grounds", "The member says the warning is too severe."), "lodge");
        assertTrue(lodged.body().contains("Appeal recorded."), lodged.body());
        assertTrue(lodged.body().contains("Under appeal"));
        assertTrue(browser.open("hr/referrals.xhtml?show=open").body().contains(">" + ref + "</a>"),
                "under appeal, the referral is open again");

        Browser.Page decided = browser.submit(lodged, "appealResult",
                Map.of("appealOutcome", "DISMISSED", "decidedOn", today, "note", "The warning stands."), "record");
        assertTrue(decided.body().contains("Appeal result recorded."), decided.body());
        assertTrue(decided.body().contains("Appeal dismissed: the outcome stands"));
        assertTrue(timelineOf(ref).stream().anyMatch(l -> l.action().equals("Appeal lodged")));
        assertTrue(timelineOf(ref).stream().anyMatch(l -> l.action().equals("Appeal result recorded")
                && l.detail().startsWith("Appeal dismissed: the outcome stands, decided on ")));
        assertFalse(browser.open("hr/referrals.xhtml?show=open").body().contains(">" + ref + "</a>"));
        assertTrue(browser.open("hr/referrals.xhtml?show=closed").body().contains(">" + ref + "</a>"));
        assertEquals(ReferralStatus.OUTCOME_RECORDED,
                CallerContext.runAs(hr, () -> referrals.packFor(ref)).hr().status());
    }

    @Test
    void anotherOrganisationsAndAnotherBoardsHrPartnersSeeNoneOfIt() {
        Caller hr = as("chscb.hr");
        Long otherOrganisation = CallerContext.runAs(as("chscb.officer"), () -> boards.organisations()).stream()
                .filter(o -> !o.id().equals(hr.organisationId())).findFirst().orElseThrow().id();
        String mine = referredCase("chscb", hr.organisationId(), "Mina Mine").reference();
        String theirs = referredCase("chscb", otherOrganisation, "Theo Theirs").reference();
        String nscbOwn = referredCase("nscb", as("nscb.hr").organisationId(), "Nia North").reference();

        Caller otherOrganisationsHr = new Caller("chscb.hr.other", "Other HR", "chscb", Set.of(Role.HR),
                otherOrganisation);
        assertTrue(CallerContext.runAs(otherOrganisationsHr, () -> referrals.inbox(Show.ALL)).stream()
                .anyMatch(r -> r.reference().equals(theirs)));
        assertTrue(CallerContext.runAs(otherOrganisationsHr, () -> referrals.inbox(Show.ALL)).stream()
                .noneMatch(r -> r.reference().equals(mine)), "not in another organisation's inbox");
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(otherOrganisationsHr,
                () -> referrals.packFor(mine)));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(otherOrganisationsHr,
                () -> referrals.acknowledge(mine)));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(as("nscb.hr"),
                () -> referrals.lodgeAppeal(mine, LocalDate.now(UK), "Another board's referral")));

        String notReferred = CallerContext.runAs(as("chscb.officer"), () -> cases.raiseConcern(new NewConcern(
                "Nadia Notyet", hr.organisationId(), CaseSource.MONITORING, "Not referred (yet)."))).reference();
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(hr, () -> referrals.packFor(notReferred)),
                "a case about my organisation's staff that was not referred to me");

        Browser chscb = browser();
        Browser.Page inbox = chscb.signIn("chscb.hr", PASSWORD);
        assertTrue(inbox.body().contains(">" + mine + "</a>"));
        assertFalse(inbox.body().contains(theirs), "another organisation's referral is not in the inbox");
        assertFalse(inbox.body().contains("Theo Theirs"));
        assertFalse(inbox.body().contains(nscbOwn), "nor another board's");
        assertNotFound(chscb.open("hr/referral.xhtml?ref=" + theirs), "Theo Theirs");
        assertNotFound(chscb.open("hr/referral.xhtml?ref=" + nscbOwn), "Nia North");
        assertNotFound(chscb.open("hr/referral.xhtml?ref=" + notReferred), "Nadia Notyet");
        assertNotFound(chscb.open("hr/referral.xhtml?ref=CHSCB-1999-9999"), "CHSCB-1999-9999");
        Browser.Page own = chscb.open("hr/referral.xhtml?ref=" + mine);
        assertEquals(200, own.status());
        assertNotFound(chscb.submit(addressedTo(own, theirs), "acknowledge", Map.of(), "acknowledge"), "Theo Theirs");
        assertNotFound(chscb.submit(addressedTo(own, nscbOwn), "acknowledge", Map.of(), "acknowledge"), "Nia North");

        Browser nscb = browser();
        Browser.Page northInbox = nscb.signIn("nscb.hr", PASSWORD);
        assertTrue(northInbox.body().contains(">" + nscbOwn + "</a>"));
        assertFalse(northInbox.body().contains(mine), "another board's referral is not in the inbox");
        assertNotFound(nscb.open("hr/referral.xhtml?ref=" + mine), "Mina Mine");
        Browser.Page northPage = nscb.open("hr/referral.xhtml?ref=" + nscbOwn);
        assertEquals(200, northPage.status());
        assertNotFound(nscb.submit(addressedTo(northPage, mine), "acknowledge", Map.of(), "acknowledge"), "Mina Mine");

        for (String ref : List.of(mine, theirs)) {
            assertEquals(CaseStatus.REFERRED_TO_HR.label(), statusOf("chscb", ref), "nobody acknowledged " + ref);
            assertTrue(timelineOf(ref).stream().noneMatch(l -> l.action().equals("Referral acknowledged")));
        }
        assertEquals(CaseStatus.REFERRED_TO_HR.label(), statusOf("nscb", nscbOwn));
    }

    @Test
    void aSecondAcknowledgementOrOutcomeThroughTheServiceSaysWhoDidItAndWhen() {
        Caller hr = as("chscb.hr");
        String ref = referredCase("chscb", hr.organisationId(), "Sam Second").reference();
        CallerContext.runAs(hr, () -> referrals.acknowledge(ref));
        TaskAlreadyDoneException again = assertThrows(TaskAlreadyDoneException.class,
                () -> CallerContext.runAs(hr, () -> referrals.acknowledge(ref)));
        assertTrue(again.getMessage().startsWith("The acknowledgement of " + ref + " was already done by Harriet Hughes (HR partner) on "),
                again.getMessage());

        TaskAlreadyDoneException tooEarly = assertThrows(TaskAlreadyDoneException.class,
                () -> CallerContext.runAs(hr, () -> referrals.lodgeAppeal(ref, LocalDate.now(UK), "Too early")));
        assertTrue(tooEarly.getMessage().contains("once its outcome is recorded"), tooEarly.getMessage());

        CallerContext.runAs(hr, () -> referrals.recordOutcome(ref, HrOutcome.NO_ACTION,
                LocalDate.now(UK), "No case to answer."));
        TaskAlreadyDoneException twice = assertThrows(TaskAlreadyDoneException.class, () -> CallerContext.runAs(hr,
                () -> referrals.recordOutcome(ref, HrOutcome.DISMISSAL,
                        LocalDate.now(UK), "Changed my mind.")));
        assertTrue(twice.getMessage().startsWith("Recording the outcome of " + ref + " was already done by Harriet Hughes (HR partner)"),
                twice.getMessage());
        ReferralPack pack = CallerContext.runAs(hr, () -> referrals.packFor(ref));
        assertEquals(HrOutcome.NO_ACTION, pack.hr().outcome());
        assertEquals("No case to answer.", pack.hr().outcomeNote());
        awaitStatus(ref, CaseStatus.CLOSED);
    }

    @Test
    void everyRoleButHrIsRefusedTheHrPagesWithTheProductsForbiddenPage() {
        for (String username : List.of("chscb.officer", "chscb.senior", "chscb.member", "chscb.admin")) {
            Browser browser = browser();
            browser.signIn(username, PASSWORD);
            for (String path : List.of("hr/referrals.xhtml", "hr/referral.xhtml?ref=CHSCB-2026-0001")) {
                Browser.Page refused = browser.open(path);
                assertEquals(403, refused.status(), username + " " + path);
                assertTrue(refused.body().contains("You cannot open this page"), refused.body());
                assertTrue(refused.body().contains("class=\"masthead\""), "in the product's look");
            }
        }
    }

    @Test
    void cwmTafsHrPartnerCanWorkInWelsh() {
        Browser browser = browser();
        browser.signIn("cwmtaf.hr", PASSWORD);
        Browser.Page welsh = browser.open("hr/referrals.xhtml?lang=cy");
        assertEquals(200, welsh.status());
        assertTrue(welsh.body().contains("<html lang=\"cy\""), "the page says it is in Welsh");
        assertTrue(welsh.body().contains("Atgyfeiriadau disgyblu i "), welsh.body());
        assertTrue(welsh.body().contains("Mater i&#39;r sefydliad rhiant") || welsh.body().contains("Mater i'r sefydliad rhiant"),
                "an apostrophe survives the message format");
        assertTrue(welsh.body().contains("Pob atgyfeiriad"));
    }

    /** A new case of {@code board} about a member of {@code organisationId}, walked to its referral to HR. */
    private Referred referredCase(String board, Long organisationId, String subject) {
        CaseFixtures.WalkedCase walked = CaseFixtures.photographsPosted(board, organisationId, subject).at(CaseStatus.REFERRED_TO_HR);
        return new Referred(walked.reference(), subject, walked.evidence().get(0).sha256());
    }

    private Browser browser() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return new Browser(URI.create("http://localhost:" + (8080 + offset) + "/"));
    }

    /** The same page, as if its address had been changed to another referral before posting its form. */
    private static Browser.Page addressedTo(Browser.Page page, String ref) {
        String uri = page.uri().replaceAll("ref=[^&]*", "ref=" + ref);
        return new Browser.Page(page.status(), uri, page.body(), page.contentType());
    }

    private static void assertNotFound(Browser.Page page, String mustNotShow) {
        assertEquals(404, page.status(), page.body());
        assertTrue(page.body().contains("Page not found"), page.body());
        assertTrue(page.body().contains("class=\"masthead\""), "in the product's look");
        assertFalse(page.body().contains(mustNotShow), "nothing of the referral is shown");
    }

    private Caller as(String username) {
        return people.callerFor(username).orElseThrow();
    }

    private List<TimelineLine> timelineOf(String ref) {
        return CallerContext.runAs(as(ref.startsWith("NSCB") ? "nscb.officer" : "chscb.officer"),
                () -> cases.timelineOf(ref));
    }

    private String statusOf(String board, String ref) {
        return CallerContext.runAs(as(board + ".officer"), () -> cases.findByReference(ref)).status();
    }

    private void awaitStatus(String ref, CaseStatus expected) {
        awaitStatus(ref.startsWith("NSCB") ? "nscb" : "chscb", ref, expected);
    }

    /** Steps after an asynchronous service task happen on the job executor, a moment later. */
    private void awaitStatus(String board, String ref, CaseStatus expected) {
        Waiting.waitingFor("case " + ref + " at " + expected.label()).atMost(Duration.ofSeconds(30))
                .until(() -> statusOf(board, ref).equals(expected.label()));
    }
}

package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.DecisionService;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.notification.SentNotice;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.requests.MemberResponse;

/**
 * The e-mails the investigation sends, received by a real SMTP server (GreenMail, started by each test inside
 * the server, on the port the test server's mail session uses): what arrives, to whom, and that a mail server
 * that is down loses neither a case step nor a message.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    /** The port arquillian.xml gives the server's mail session ({@code -Dsafeguard.smtp.port}). */
    private static final int SMTP_PORT = Integer.getInteger("safeguard.smtp.port", 3125);
    private static final String EVIDENCE_URL = "https://social.example.org/posts/evidence-4711";
    private static final String EVIDENCE_TEXT = "Screenshot text that must never leave the product";
    private static final String FINDINGS = "Findings that stay with the board: the posts named two pupils.";
    private static final String MAX_ATTEMPTS = "safeguard.mail.maxAttempts";
    private static final String MEMBER = "chscb.member@demo.example.org";
    /**
     * Where e-mailed links point on the test server, which has no public address configured: its own HTTPS listener
     * on the loopback name (8443 plus the port offset), never the address a request came to.
     */
    private static final String BASE = "https://localhost:"
            + (8443 + Integer.getInteger("jboss.socket.binding.port-offset", 0));

    @Deployment
    static EnterpriseArchive deployment() throws URISyntaxException {
        EnterpriseArchive ear = Deployments.productWithFixtures(NotificationsIT.class);
        // GreenMail runs in the server with the test; WildFly provides Jakarta Mail and SLF4J to deployments.
        ear.getAsType(WebArchive.class, "safeguard-web.war").addAsLibraries(
                new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        return ear;
    }

    @Inject
    private PeopleDirectory people;

    @Inject
    private CaseService cases;

    @Inject
    private TriageService triage;

    @Inject
    private EvidenceService evidence;

    @Inject
    private RequestService requests;

    @Inject
    private DecisionService decisions;

    @Inject
    private Outbox outbox;

    @Inject
    private ReferralService referrals;

    @Inject
    private ProcessEngine engine;

    private GreenMail smtp;

    @jakarta.annotation.Resource
    private jakarta.transaction.UserTransaction transaction;

    @AfterEach
    void stopSmtpAndRealTimeAgain() {
        ClockUtil.reset();
        System.clearProperty(MAX_ATTEMPTS);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aRemovalRequestReachesTheMemberWithTheReferenceAndALinkButNoEvidence() throws Exception {
        startSmtp();
        String ref = toRemovalRequest("Rhys Request");

        MimeMessage mail = awaitMail(ref + ": Request to remove content", "chscb.member@demo.example.org");
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("Dear Morgan Evans,"), body);
        assertTrue(body.contains("Case reference: " + ref), body);
        assertTrue(body.contains(BASE + "/portal/request.xhtml?id="), body);
        assertTrue(body.contains("Please answer by "), body);
        assertFalse(body.contains(EVIDENCE_URL) || body.contains("evidence-4711"), "no evidence URL: " + body);
        assertFalse(body.contains(EVIDENCE_TEXT), "no evidence text: " + body);
        assertFalse(body.contains("Reported by a colleague"), "no case summary: " + body);
        assertFalse(body.contains("Rhys Request"), "only the member's own name from their account: " + body);
        assertEquals(Set.of("chscb.member@demo.example.org"), recipients(mail));

        // The sender marks it sent when its transaction commits, a moment after the mail server has it.
        await(() -> notice(ref, "REMOVAL_REQUESTED").sentAt() != null, "the message marked sent");
        SentNotice request = notice(ref, "REMOVAL_REQUESTED");
        assertNotNull(request.sentAt(), "marked sent");
        assertEquals(1, request.attempts());
        assertNull(request.lastError());
    }

    @Test
    void aReferralReachesTheHrPartnerAndTheOrganisationsHrAddress() throws Exception {
        startSmtp();
        String ref = toRemovalRequest("Hana Referral");
        CallerContext.runAs(as("chscb.member"), () -> requests.respondToRemoval(ref, MemberResponse.REMOVED, ""));
        awaitStep(ref, CaseStatus.AWAITING_COOPERATION);
        awaitMail(ref + ": Request to co-operate", "chscb.member@demo.example.org");
        CallerContext.runAs(as("chscb.officer"), () -> requests.recordCooperation(ref, MemberResponse.INTERVIEW,
                "Interviewed.", false));
        CallerContext.runAs(as("chscb.officer"), () -> decisions.verifyRemoval(ref, "Removed."));
        CallerContext.runAs(as("chscb.officer"), () -> decisions.decideOutcome(ref,
                CaseOutcome.DISCIPLINARY_REFERRAL, "Posts about a family."));
        CallerContext.runAs(as("chscb.senior"), () -> decisions.approveReferral(ref, true, "Approved."));
        awaitStep(ref, CaseStatus.REFERRED_TO_HR);

        String subject = ref + ": Disciplinary referral";
        MimeMessage toPartner = awaitMail(subject, "chscb.hr@demo.example.org");
        MimeMessage toOrganisation = awaitMail(subject, "hr@met-police.example.org");
        for (MimeMessage mail : List.of(toPartner, toOrganisation)) {
            String body = GreenMailUtil.getBody(mail);
            assertTrue(body.contains("about Hana Referral"), body);
            assertTrue(body.contains("Metropolitan Police Service"), body);
            assertTrue(body.contains(BASE + "/hr/referral.xhtml?ref=" + ref), body);
            assertTrue(body.contains("Please acknowledge it by "), body);
            assertFalse(body.contains(EVIDENCE_URL) || body.contains(EVIDENCE_TEXT), body);
            assertFalse(body.contains("Posts about a family"), "no findings: " + body);
        }
        assertTrue(received(subject).stream().flatMap(m -> recipients(m).stream())
                .noneMatch(to -> to.startsWith("nscb.") || to.endsWith("northumbria-police.example.org")),
                "nobody of another board");

        // Not acknowledged: the HR partner is reminded, then the board's seniors hear it is overdue.
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(30, ChronoUnit.DAYS)));
        MimeMessage reminder = awaitMailRunningJobs(ref, ref + ": Reminder: acknowledge the referral",
                "chscb.hr@demo.example.org");
        assertTrue(GreenMailUtil.getBody(reminder).contains(BASE + "/hr/referral.xhtml?ref=" + ref));
        MimeMessage overdue = awaitMailRunningJobs(ref, ref + ": Escalation: HR acknowledgement overdue",
                "chscb.senior@demo.example.org");
        assertFalse(recipients(overdue).contains("chscb.hr@demo.example.org"), "the escalation is for seniors");
    }

    private MimeMessage awaitMailRunningJobs(String ref, String subject, String to) {
        MimeMessage[] found = new MimeMessage[1];
        await(() -> {
            runDueJobsOf(ref);
            found[0] = received(subject).stream().filter(m -> recipients(m).contains(to)).findFirst().orElse(null);
            return found[0] != null;
        }, subject + " to " + to);
        return found[0];
    }

    @Test
    void aMissedLadoTimescaleReachesTheBoardsSeniorsOnly() throws Exception {
        startSmtp();
        String ref = raise("Lola Lado");
        CallerContext.runAs(as("chscb.officer"), () -> triage.recordTriage(ref, new TriageInput(false, null, false,
                null, false, null, true, TriageDecision.INVESTIGATE, "Harm threshold met.")));
        assertEquals(CaseStatus.AWAITING_LADO_REFERRAL.label(), step(ref));
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(5, ChronoUnit.DAYS)));
        awaitTimeline(ref, "LADO timescale missed");

        MimeMessage mail = awaitMail(ref + ": Escalation: LADO timescale missed", "chscb.senior@demo.example.org");
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("The LADO referral was not made within one working day."), body);
        assertTrue(body.contains(BASE + "/officer/case.xhtml?ref=" + ref), body);
        Set<String> everyone = received(ref + ": Escalation").stream().flatMap(m -> recipients(m).stream())
                .collect(Collectors.toSet());
        assertTrue(everyone.stream().noneMatch(to -> to.startsWith("nscb.") || to.startsWith("cwmtaf.")
                || to.startsWith("lscb.")), "only this board's seniors: " + everyone);
        assertFalse(everyone.contains("chscb.officer@demo.example.org"), "seniors only: " + everyone);
    }

    @Test
    void atTheRemovalDeadlineTheMemberIsRemindedAndTheSeniorsHearOfTheNonCompliance() throws Exception {
        startSmtp();
        String ref = toRemovalRequest("Nell Noshow");
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(30, ChronoUnit.DAYS)));
        awaitTimeline(ref, "Non-compliance recorded");

        MimeMessage reminder = awaitMail(ref + ": Reminder: request to remove content", "chscb.member@demo.example.org");
        assertTrue(GreenMailUtil.getBody(reminder).contains("This is a reminder that"));
        MimeMessage escalation = awaitMail(ref + ": Escalation: Non-compliance recorded",
                "chscb.senior@demo.example.org");
        String body = GreenMailUtil.getBody(escalation);
        assertTrue(body.contains("non-compliance is recorded."), body);
        assertFalse(body.matches("(?s).*CHSCB \\d.*"), "an e-mail of any board cites no board's clauses: " + body);
        assertFalse(body.contains(EVIDENCE_TEXT) || body.contains(EVIDENCE_URL), body);
        assertTrue(received(ref + ": Escalation").stream().flatMap(m -> recipients(m).stream())
                .noneMatch(to -> to.equals("chscb.member@demo.example.org")), "the member is not told of escalations");
    }

    @Test
    void theMemberHearsTheDecisionOnTheirContestButNotTheOfficersReasons() throws Exception {
        startSmtp();
        String ref = toRemovalRequest("Cai Contest");
        CallerContext.runAs(as("chscb.member"), () -> requests.respondToRemoval(ref, MemberResponse.CONTESTED,
                "The photograph is of my own family."));
        CallerContext.runAs(as("chscb.officer"), () -> requests.reviewContest(ref, false,
                "Other children are identifiable in the photograph."));
        MimeMessage mail = awaitMail(ref + ": Your reasons are not accepted", "chscb.member@demo.example.org");
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("Your reasons are not accepted."), body);
        assertFalse(body.contains("identifiable"), "the reasons stay in the portal: " + body);
    }

    /**
     * A bilingual board (Cwm Taf) writes to its member and to the HR partner in Welsh first, then in English, each
     * half whole (greeting, what happened, the deadline in that language's words, the reference and the link, the
     * board's own name in that language), with both subjects; an English board's e-mails stay English only.
     */
    @Test
    void aBilingualBoardsMemberAndHrPartnerReadEachEmailInWelshThenInEnglish() throws Exception {
        startSmtp();
        String member = "cwmtaf.member@demo.example.org";
        String subjectName = "Gwenllïan ap Dafydd";
        String rejection = "Mae’r llun yn dangos plant o’r ganolfan – rhaid ei dynnu i lawr.";
        String ref = CaseFixtures.a("cwmtaf").about(subjectName)
                .contested("Nid fi a’i postiodd – “Gŵyl Dŷ” oedd e, £5 😀", rejection).findings(FINDINGS)
                .at(CaseStatus.CLOSED).reference();

        String request = text(awaitMail(ref + ": Cais i dynnu cynnwys i lawr / Request to remove content", member));
        assertTrue(request.startsWith("Mae'r e-bost hwn yn Gymraeg ac yn Saesneg: mae'r Saesneg o dan y Gymraeg.\n"
                + "This e-mail is in Welsh and in English: the English is below the Welsh."), request);
        assertInOrder(request, "Annwyl Morgan Evans,",
                "Mae Byrddau Diogelu Cwm Taf yn gofyn i chi dynnu i lawr gynnwys a bostiwyd gennych ar-lein",
                "Atebwch erbyn Dydd ", "Cyfeirnod yr achos: " + ref,
                "Agorwch ef yn Safeguard Cases (mewngofnodwch yn gyntaf): " + BASE + "/portal/request.xhtml?id=",
                "Byrddau Diogelu Cwm Taf", "Dear Morgan Evans,",
                "Cwm Taf Safeguarding Boards asks you to remove content you posted online", "Please answer by ",
                "Case reference: " + ref, "Cwm Taf Safeguarding Boards");
        assertFalse(request.contains(subjectName), "only the member's own name from their account: " + request);

        String rejected = text(awaitMail(ref + ": Ni dderbyniwyd eich rhesymau / Your reasons are not accepted",
                member));
        assertInOrder(rejected, "Fe wnaethoch herio'r cais i dynnu cynnwys i lawr. Ni dderbynnir eich rhesymau.",
                "Mae'r rhesymau dros y penderfyniad yn y porth.", "Your reasons are not accepted.",
                "The reasons for the decision are in the portal.");
        assertFalse(rejected.contains(rejection), "the officer's reasons stay in the portal: " + rejected);

        String decided = text(awaitMail(ref + ": Penderfyniad ar eich achos / Decision on your case", member));
        assertInOrder(decided, "Ei benderfyniad yw atgyfeiriad disgyblu at eich cyflogwr, Heddlu De Cymru,",
                "Its decision is a disciplinary referral to your employer, South Wales Police,");

        String subject = ref + ": Atgyfeiriad disgyblu / Disciplinary referral";
        for (String to : List.of("cwmtaf.hr@demo.example.org", "hr@south-wales-police.example.org")) {
            String referral = text(awaitMail(subject, to));
            assertInOrder(referral, "Helo,", "Mae Byrddau Diogelu Cwm Taf wedi gwneud atgyfeiriad disgyblu at"
                            + " Heddlu De Cymru ynglŷn â " + subjectName + ".", "Cydnabyddwch ef erbyn ",
                    BASE + "/hr/referral.xhtml?ref=" + ref, "Hello,",
                    "Cwm Taf Safeguarding Boards has made a disciplinary referral to South Wales Police about "
                            + subjectName + ".", "Please acknowledge it by ");
            assertFalse(referral.contains(FINDINGS) || referral.contains(rejection), "no findings: " + referral);
        }

        String closed = text(awaitMail(ref + ": Mae eich achos wedi'i gau / Your case is closed", member));
        assertInOrder(closed, "Mae eich cyflogwr wedi cofnodi canlyniad yr atgyfeiriad, ac mae Byrddau Diogelu Cwm"
                + " Taf wedi cau'r achos.", "Your employer has recorded the outcome of the referral, and Cwm Taf"
                + " Safeguarding Boards has closed the case.");

        String english = text(awaitMail(toRemovalRequest("Elin English") + ": Request to remove content",
                "chscb.member@demo.example.org"));
        assertTrue(english.startsWith("Dear Morgan Evans,"), english);
        assertFalse(english.contains("Annwyl") || english.contains("Cymraeg"), "English only: " + english);
    }

    /** The text of an e-mail as its reader sees it (decoded, whatever transfer encoding carried it). */
    private static String text(MimeMessage mail) throws Exception {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }

    /** Each part appears in {@code text}, in this order. */
    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "'" + part + "' after position " + from + " in:\n" + text);
            from = at + part.length();
        }
    }

    @Test
    void whileTheMailServerIsDownTheStepSucceedsAndTheMessageArrivesOnceItIsBack() throws Exception {
        startSmtp();
        String ref = toRemovalRequest("Dana Down");
        awaitMail(ref + ": Request to remove content", "chscb.member@demo.example.org");
        CallerContext.runAs(as("chscb.member"), () -> requests.respondToRemoval(ref, MemberResponse.MORE_TIME,
                "On leave until next week."));
        assertEquals(CaseStatus.DECIDING_EXTENSION.label(), step(ref));

        smtp.stop();
        CallerContext.runAs(as("chscb.officer"), () -> requests.decideExtension(ref, true, 3, "Reasonable."));
        assertEquals(CaseStatus.AWAITING_REMOVAL.label(), step(ref), "the case moved on without the mail server");
        await(() -> notice(ref, "MORE_TIME_GIVEN").attempts() >= 1 && notice(ref, "MORE_TIME_GIVEN").lastError() != null,
                "a failed attempt is recorded");
        SentNotice failed = notice(ref, "MORE_TIME_GIVEN");
        assertNull(failed.sentAt(), "not sent while the server is down");

        startSmtp();
        String subject = ref + ": More time given";
        MimeMessage mail = awaitMail(subject, "chscb.member@demo.example.org");
        assertTrue(GreenMailUtil.getBody(mail).contains("More time is given: the new deadline is "));
        await(() -> notice(ref, "MORE_TIME_GIVEN").sentAt() != null, "marked sent");
        SentNotice sent = notice(ref, "MORE_TIME_GIVEN");
        assertTrue(sent.attempts() >= 2, "sent on a retry: " + sent.attempts());
        assertNull(sent.lastError());

        Waiting.waitingFor("nothing sent again, for more than a sweep").during(Duration.ofSeconds(7))
                .atMost(Duration.ofSeconds(10)).until(() -> received(subject).size() == 1);
        assertEquals(1, received(subject).size(), "sent exactly once");
        assertEquals(0, received(ref + ": Request to remove content").size(),
                "the message sent before the server went down is not sent again");
    }

    @Test
    void theEmailsAboutACaseAreOnlyForItsOwnBoardsStaff() {
        String ref = raise("Tia Tenant");
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(as("nscb.officer"), () -> outbox.aboutCase(ref)));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(as("nscb.senior"), () -> outbox.aboutCase(ref)));
        assertThrows(AccessRefusedException.class,
                () -> CallerContext.runAs(as("chscb.member"), () -> outbox.aboutCase(ref)));
        assertThrows(AccessRefusedException.class,
                () -> CallerContext.runAs(as("chscb.hr"), () -> outbox.aboutCase(ref)));
        assertEquals(List.of(), CallerContext.runAs(as("chscb.senior"), () -> outbox.aboutCase(ref)));
    }

    @Test
    void theMemberHearsTheDecisionWhenNoBreachIsFoundWithoutTheFindings() throws Exception {
        startSmtp();
        String ref = toDecision("Nia Nobreach");
        CallerContext.runAs(as("chscb.officer"), () -> decisions.decideOutcome(ref, CaseOutcome.NO_BREACH, FINDINGS));
        awaitStep(ref, CaseStatus.CLOSED);

        MimeMessage mail = awaitMail(ref + ": Decision on your case", MEMBER);
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("Dear Morgan Evans,"), body);
        assertTrue(body.contains("found no breach of its social media policy. The case is now closed."), body);
        assertTrue(body.contains("Case reference: " + ref), body);
        assertTrue(body.contains(BASE + "/portal/history.xhtml"), body);
        assertNoCaseDetails(body, "Nia Nobreach");
        assertEquals(Set.of(MEMBER), recipients(mail));
        List<String> kinds = CallerContext.runAs(as("chscb.officer"), () -> outbox.aboutCase(ref)).stream()
                .map(SentNotice::kind).toList();
        assertEquals(1, kinds.stream().filter(k -> k.equals("OUTCOME_DECIDED")).count(), kinds.toString());
        assertFalse(kinds.contains("CASE_CLOSED"), "one e-mail: the decision closes the case: " + kinds);

        // Issue 38: a senior manager reopens it within the cooling-off period. The member, who knew of the case, is
        // told (their name, the reference, a link); the earlier requests are set aside, not the current ones.
        CallerContext.runAs(as("chscb.senior"), () -> CaseFixtures.bean(
                uk.safeguardcases.application.investigation.CaseReopening.class).reopen(ref, "Closed on the wrong case."));
        MimeMessage reopened = awaitMail(ref + ": Your case is reopened", MEMBER);
        String told = GreenMailUtil.getBody(reopened);
        assertTrue(told.contains("Dear Morgan Evans,"), told);
        assertTrue(told.contains("has reopened your case, which was closed."), told);
        assertTrue(told.contains("Case reference: " + ref) && told.contains(BASE + "/portal/history.xhtml"), told);
        assertNoCaseDetails(told, "Nia Nobreach");
        assertFalse(told.contains("Closed on the wrong case"), "the senior's reason stays with the board: " + told);
        assertEquals(Set.of(MEMBER), recipients(reopened));
        assertEquals(1, CallerContext.runAs(as("chscb.officer"), () -> outbox.aboutCase(ref)).stream()
                .filter(n -> n.kind().equals("CASE_REOPENED")).count());
        List<uk.safeguardcases.application.investigation.MemberRequestView> mine = CallerContext.runAs(
                as("chscb.member"), () -> CaseFixtures.bean(uk.safeguardcases.application.investigation.MemberRequests.class)
                        .mine()).stream().filter(r -> r.caseReference().equals(ref)).toList();
        assertFalse(mine.isEmpty());
        assertTrue(mine.stream().allMatch(r -> r.isSetAside() && !r.awaitingAnswer() && !r.open()), mine.toString());
        String history = CaseFixtures.signedIn("chscb.member").open("portal/history.xhtml?lang=en").body();
        assertTrue(history.contains("Case reopened on ") && history.contains("its investigation starts again"), history);
        List<String> actions = CallerContext.runAs(as("chscb.officer"), () -> cases.timelineOf(ref)).stream()
                .filter(line -> line.action().equals("Case reopened")).map(TimelineLine::detail).toList();
        assertEquals(1, actions.size(), actions.toString());
        assertTrue(actions.get(0).contains("The earlier requests to the member are set aside"), actions.toString());
        // When the new run asks for the content to be removed again, a new request is made and is the current one.
        long caseId = CallerContext.runAs(as("chscb.officer"), () -> CaseFixtures.bean(
                uk.safeguardcases.application.cases.CaseFileService.class).fileOf(ref)).summary().id();
        Instant due = CallerContext.runAs(Caller.system("chscb"), () -> CaseFixtures.bean(
                uk.safeguardcases.application.investigation.InvestigationSteps.class).sendRemovalRequest(caseId)).due();
        assertTrue(due.isAfter(Instant.now()), "a new deadline, not the earlier request's: " + due);
        assertEquals(1, CallerContext.runAs(as("chscb.member"), () -> CaseFixtures.bean(
                uk.safeguardcases.application.investigation.MemberRequests.class).mine()).stream()
                .filter(r -> r.caseReference().equals(ref) && !r.isSetAside()).count());
        // Another board's senior cannot reopen it.
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(as("nscb.senior"), () -> CaseFixtures.bean(
                uk.safeguardcases.application.investigation.CaseReopening.class).reopen(ref, "Not ours.")));
    }

    @Test
    void theMemberHearsOfTheReferralWhenItIsSentAndThatTheCaseIsClosedAfterTheEmployersOutcome() throws Exception {
        startSmtp();
        String ref = toDecision("Rhodri Referred");
        CallerContext.runAs(as("chscb.officer"), () -> decisions.decideOutcome(ref,
                CaseOutcome.DISCIPLINARY_REFERRAL, FINDINGS));
        assertTrue(CallerContext.runAs(as("chscb.officer"), () -> outbox.aboutCase(ref)).stream()
                .noneMatch(n -> n.kind().equals("OUTCOME_DECIDED")), "not before the senior approves the referral");
        CallerContext.runAs(as("chscb.senior"), () -> decisions.approveReferral(ref, true, "Approved: proportionate."));
        awaitStep(ref, CaseStatus.REFERRED_TO_HR);

        String decided = GreenMailUtil.getBody(awaitMail(ref + ": Decision on your case", MEMBER));
        assertTrue(decided.contains("Its decision is a disciplinary referral to your employer, Metropolitan Police"
                + " Service, which decides what happens next."), decided);
        assertNoCaseDetails(decided, "Rhodri Referred");
        assertFalse(decided.contains("proportionate"), "not the senior's approval: " + decided);

        CallerContext.runAs(as("chscb.hr"), () -> referrals.acknowledge(ref));
        CallerContext.runAs(as("chscb.hr"), () -> referrals.recordOutcome(ref, HrOutcome.FINAL_WRITTEN_WARNING,
                LocalDate.now(ZoneId.of("Europe/London")), "Hearing held; final written warning."));
        awaitStep(ref, CaseStatus.CLOSED);
        MimeMessage closed = awaitMail(ref + ": Your case is closed", MEMBER);
        String body = GreenMailUtil.getBody(closed);
        assertTrue(body.contains("Your employer has recorded the outcome of the referral"), body);
        assertFalse(body.toLowerCase().contains("warning") || body.contains("Hearing held"),
                "the employer tells the member its outcome, not the board: " + body);
        assertNoCaseDetails(body, "Rhodri Referred");
        assertEquals(Set.of(MEMBER), recipients(closed));
    }

    @Test
    void aConcernClosedAtTriageIsAnnouncedOnlyToAMemberWhoKnewOfIt() throws Exception {
        startSmtp();
        String quiet = raise("Quentin Quiet");
        triage(quiet, TriageDecision.NO_FURTHER_ACTION);
        awaitStep(quiet, CaseStatus.CLOSED);
        assertTrue(CallerContext.runAs(as("chscb.officer"), () -> outbox.aboutCase(quiet)).isEmpty(),
                "never contacted, never told: the concern may be with the police");

        String own = CallerContext.runAs(as("chscb.member"), () -> cases.selfReport(null,
                "I shared a photo from the school fete before checking consent.")).reference();
        triage(own, TriageDecision.ADVICE_ONLY);
        awaitStep(own, CaseStatus.CLOSED);
        String body = GreenMailUtil.getBody(awaitMail(own + ": Your case is closed", MEMBER));
        assertTrue(body.contains("will give you advice only; it takes no further action. The case is closed."), body);
        assertFalse(body.contains("school fete"), "not even their own account: " + body);
    }

    @Test
    void theCooperationRequestReachesTheMemberAndItsNonCooperationTheSeniors() throws Exception {
        startSmtp();
        String ref = toRemovalRequest("Cadi Cooperate");
        CallerContext.runAs(as("chscb.member"), () -> requests.respondToRemoval(ref, MemberResponse.REMOVED, ""));
        awaitStep(ref, CaseStatus.AWAITING_COOPERATION);
        MimeMessage request = awaitMail(ref + ": Request to co-operate", MEMBER);
        String body = GreenMailUtil.getBody(request);
        assertTrue(body.contains("Dear Morgan Evans,"), body);
        assertTrue(body.contains("asks for your co-operation with its investigation: a statement or an interview."),
                body);
        assertFalse(body.matches("(?s).*CHSCB \\d.*"), body);
        assertTrue(body.contains("Please answer by "), body);
        assertTrue(body.contains(BASE + "/portal/request.xhtml?id="), body);
        assertTrue(body.contains("Case reference: " + ref), body);
        assertNoCaseDetails(body, "Cadi Cooperate");
        assertEquals(Set.of(MEMBER), recipients(request));

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(30, ChronoUnit.DAYS)));
        awaitTimeline(ref, "Non-co-operation recorded");
        MimeMessage escalation = awaitMail(ref + ": Escalation: Non-co-operation recorded",
                "chscb.senior@demo.example.org");
        String escalated = GreenMailUtil.getBody(escalation);
        assertTrue(escalated.contains("No statement or interview by the deadline; non-co-operation is recorded."),
                escalated);
        assertTrue(escalated.contains(BASE + "/officer/case.xhtml?ref=" + ref), escalated);
        assertNoCaseDetails(escalated, "Cadi Cooperate");
        Set<String> everyone = received(ref + ": Escalation").stream().flatMap(m -> recipients(m).stream())
                .collect(Collectors.toSet());
        assertFalse(everyone.contains(MEMBER) || everyone.contains("chscb.officer@demo.example.org"), everyone.toString());
        assertTrue(everyone.stream().allMatch(to -> to.startsWith("chscb.")), "only this board: " + everyone);
    }

    @Test
    void whileTheMailServerCannotBeReachedEachRoundTriesOneMessageAndNoneSpendsItsAttemptsOnTheOutage()
            throws Exception {
        // No mail server at all: ten messages queued in one transaction (one round started by its commit).
        String ref = raise("Mari “Methiant” – Ŵyn £5");
        long caseId = CallerContext.runAs(as("chscb.officer"), () -> cases.findByReference(ref)).id();
        CallerContext.runAs(as("chscb.officer"), () -> {
            transaction.begin();
            for (int i = 0; i < 10; i++) {
                outbox.queue(caseId, Notice.MORE_TIME_GIVEN, MEMBER, ref + ": Outage " + i, "Neges " + i + " – ŵ");
            }
            transaction.commit();
            return null;
        });
        Waiting.waitingFor("no message sent while the server cannot be reached, and at most one tried a round, for"
                + " the commit's round and two sweeps and more").during(Duration.ofSeconds(11))
                .atMost(Duration.ofSeconds(14)).until(() -> outage(ref).stream().noneMatch(n -> n.sentAt() != null)
                        && outage(ref).stream().filter(n -> n.attempts() >= 1).count() <= 5);
        List<SentNotice> tried = outage(ref).stream().filter(n -> n.attempts() >= 1).toList();
        // One message a round (the commit's and each sweep's), not the ten at once: the rest wait untried. (Alone, 3
        // of the ten are tried in this time; after the whole suite, the board's older unsent messages go first, so
        // none may be.)
        assertTrue(tried.size() <= 5, "messages tried while the server could not be reached: " + tried.size());
        assertTrue(tried.stream().allMatch(n -> n.lastError() != null && n.sentAt() == null), tried.toString());

        startSmtp();
        await(() -> outage(ref).stream().allMatch(n -> n.sentAt() != null), "all ten sent once the server is back");
        for (int i = 0; i < 10; i++) {
            assertEquals(1, received(ref + ": Outage " + i).size(), "message " + i + " sent exactly once");
        }
        assertTrue(outage(ref).stream().allMatch(n -> n.attempts() <= 3 && n.undeliverableAt() == null),
                outage(ref).toString());
    }

    private List<SentNotice> outage(String ref) {
        return CallerContext.runAs(as("chscb.officer"), () -> outbox.aboutCase(ref)).stream()
                .filter(n -> n.subject().startsWith(ref + ": Outage ")).toList();
    }

    @Test
    void mailThatKeepsFailingIsGivenUpRecordedOnTheTimelineAndTheBoardsSeniorsAndAdminsAreTold() throws Exception {
        startSmtp();
        String ref = toRemovalRequest("Uma Undelivered");
        awaitMail(ref + ": Request to remove content", MEMBER);
        CallerContext.runAs(as("chscb.member"), () -> requests.respondToRemoval(ref, MemberResponse.MORE_TIME,
                "Away this week."));
        smtp.stop();
        System.setProperty(MAX_ATTEMPTS, "2");
        CallerContext.runAs(as("chscb.officer"), () -> requests.decideExtension(ref, true, 3, "Reasonable."));
        await(() -> notice(ref, "MORE_TIME_GIVEN").undeliverableAt() != null, "given up after two attempts");
        // The warnings to the board's staff meet the same closed door; with the two attempts still in force they are
        // never given up (a warning is tried until it goes: StuckWorkIT), so they go once the mail server is back.
        assertTrue(notices(ref, "MAIL_UNDELIVERABLE").stream().noneMatch(n -> n.undeliverableAt() != null),
                "a warning is never given up");
        startSmtp();

        SentNotice given = notice(ref, "MORE_TIME_GIVEN");
        assertEquals(2, given.attempts());
        assertNull(given.sentAt());
        assertNotNull(given.lastError());
        TimelineLine recorded = CallerContext.runAs(as("chscb.officer"), () -> cases.timelineOf(ref)).stream()
                .filter(l -> l.action().equals(Outbox.UNDELIVERABLE)).findFirst()
                .orElseThrow(() -> new AssertionError("no timeline entry"));
        assertEquals("system", recorded.actor());
        assertTrue(recorded.detail().contains("\"More time given\" to the member could not be delivered after 2"
                + " attempts"), recorded.detail());
        assertFalse(recorded.detail().contains(MEMBER), "no address on the timeline");
        assertFalse(recorded.sharedWithHr(), "the board's own business");

        for (String staff : List.of("chscb.senior@demo.example.org", "chscb.admin@demo.example.org")) {
            MimeMessage alert = awaitMail(ref + ": E-mail not delivered", staff);
            String body = GreenMailUtil.getBody(alert);
            assertTrue(body.contains("An e-mail to the member could not be delivered after 2 attempts, and will not"
                    + " be tried again."), body);
            assertTrue(body.contains(BASE + "/officer/case.xhtml?ref=" + ref), body);
            assertFalse(body.contains(MEMBER), "not the member's address: " + body);
        }
        assertTrue(received(ref + ": E-mail not delivered").stream().flatMap(m -> recipients(m).stream())
                .noneMatch(to -> to.equals(MEMBER) || to.startsWith("nscb.")), "staff of this board only");
        System.clearProperty(MAX_ATTEMPTS);

        Waiting.waitingFor("the message given up never tried again, for more than a sweep")
                .during(Duration.ofSeconds(7)).atMost(Duration.ofSeconds(10))
                .until(() -> notice(ref, "MORE_TIME_GIVEN").attempts() == 2);
        assertEquals(2, notice(ref, "MORE_TIME_GIVEN").attempts());
        assertTrue(received(ref + ": More time given").isEmpty());
    }

    private static void assertNoCaseDetails(String body, String caseSubjectName) {
        assertFalse(body.contains(EVIDENCE_URL) || body.contains("evidence-4711") || body.contains(EVIDENCE_TEXT),
                "no evidence: " + body);
        assertFalse(body.contains(FINDINGS), "no findings: " + body);
        assertFalse(body.contains("Reported by a colleague"), "no case summary: " + body);
        assertFalse(body.contains(caseSubjectName), "only the member's own name from their account: " + body);
    }

    /** A case walked to the officer's decision, after removal, co-operation and verification. */
    private String toDecision(String subject) {
        return walked(subject, CaseStatus.DECIDING_OUTCOME);
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private List<SentNotice> notices(String ref, String kind) {
        return CallerContext.runAs(as("chscb.officer"), () -> outbox.aboutCase(ref)).stream()
                .filter(n -> n.kind().equals(kind)).toList();
    }

    private SentNotice notice(String ref, String kind) {
        return CallerContext.runAs(as("chscb.officer"), () -> outbox.aboutCase(ref)).stream()
                .filter(n -> n.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " message about " + ref));
    }

    /** Messages received with this subject (or starting with it): other tests' messages may arrive too. */
    private List<MimeMessage> received(String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().startsWith(subject);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage awaitMail(String subject, String to) {
        MimeMessage[] found = new MimeMessage[1];
        await(() -> {
            found[0] = received(subject).stream().filter(m -> recipients(m).contains(to)).findFirst().orElse(null);
            return found[0] != null;
        }, "an e-mail '" + subject + "' to " + to);
        return found[0];
    }

    private static Set<String> recipients(MimeMessage mail) {
        try {
            Address[] to = mail.getAllRecipients();
            return to == null ? Set.of() : Arrays.stream(to).map(Address::toString).collect(Collectors.toSet());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toRemovalRequest(String subject) {
        return walked(subject, CaseStatus.AWAITING_REMOVAL);
    }

    /** A case about the demo member walked to {@code step}, with a summary and evidence no e-mail may carry. */
    private String walked(String subject, CaseStatus step) {
        return CaseFixtures.a("chscb").about(subject)
                .raisedFrom(CaseSource.COLLEAGUE_REPORT, "Reported by a colleague.")
                .triageNote("Triaged.")
                .withEvidence(EvidenceInput.text(EVIDENCE_URL, Platform.FACEBOOK, EVIDENCE_TEXT, Instant.now(),
                        CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.TEXT_COPIED, true))
                .gathered("Posts captured.")
                .at(step).reference();
    }

    private String raise(String subject) {
        Caller hr = as("chscb.hr");
        return CallerContext.runAs(as("chscb.officer"), () -> cases.raiseConcern(new NewConcern(subject,
                hr.organisationId(), CaseSource.COLLEAGUE_REPORT, "Reported by a colleague.", "chscb.member")))
                .reference();
    }

    private void triage(String ref, TriageDecision decision) {
        CallerContext.runAs(as("chscb.officer"), () -> triage.recordTriage(ref, new TriageInput(false, null, false,
                null, false, null, false, decision, "Triaged.")));
    }

    private Caller as(String username) {
        return people.callerFor(username).orElseThrow();
    }

    private String step(String ref) {
        return CallerContext.runAs(as("chscb.officer"), () -> cases.findByReference(ref)).status();
    }

    private void awaitStep(String ref, CaseStatus step) {
        await(() -> {
            runDueJobsOf(ref);
            return step(ref).equals(step.label());
        }, ref + " at " + step.label());
    }

    private void awaitTimeline(String ref, String action) {
        await(() -> {
            runDueJobsOf(ref);
            List<TimelineLine> lines = CallerContext.runAs(as("chscb.officer"), () -> cases.timelineOf(ref));
            return lines.stream().anyMatch(l -> l.action().equals(action));
        }, action + " recorded for " + ref);
    }

    private void runDueJobsOf(String ref) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ref).singleResult();
        if (instance == null) {
            return;
        }
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .executable().list()) {
            if (job instanceof org.camunda.bpm.engine.impl.persistence.entity.JobEntity entity
                    && entity.getLockOwner() != null) {
                continue; // the job executor has it
            }
            try {
                engine.getManagementService().executeJob(job.getId());
            } catch (RuntimeException raceWithTheJobExecutor) {
                // The job executor ran it first: look again next time.
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        Waiting.waitingFor(what).atMost(Duration.ofSeconds(45)).until(condition::getAsBoolean);
    }
}

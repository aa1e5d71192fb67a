package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.AuthorisationService;
import uk.safeguardcases.application.investigation.DecisionService;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.InvestigationSteps;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.requests.MemberResponse;

/**
 * The investigation's other paths on the real server, with the real delegates: each asserts the case's
 * step and its timeline. Timers are reached by moving the engine's clock forward (and back afterwards);
 * the job executor then fires them as it would when the deadline passes.
 */
@ExtendWith(ArquillianExtension.class)
class InvestigationPathsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(InvestigationPathsIT.class);
    }

    @Inject
    private PeopleDirectory people;

    @Inject
    private CaseService cases;

    @Inject
    private TriageService triage;

    @Inject
    private AuthorisationService authorisation;

    @Inject
    private EvidenceService evidence;

    @Inject
    private RequestService requests;

    @Inject
    private DecisionService decisions;

    @Inject
    private ReferralService referrals;

    @Inject
    private ProcessEngine engine;

    @Inject
    private InvestigationSteps steps;

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    @Test
    void adviceOnlyAtTriageClosesTheCaseWithAdviceOnly() {
        String ref = raise("Adele Advice");
        triage(ref, TriageDecision.ADVICE_ONLY);
        awaitStep(ref, CaseStatus.CLOSED);
        assertTimelineHas(ref, "Case closed", d -> d.startsWith("Advice only at triage"));
    }

    @Test
    void anInvestigationTheSeniorDoesNotAuthoriseIsClosedAsNotAuthorised() {
        String ref = raise("Rory Refused");
        triage(ref, TriageDecision.INVESTIGATE);
        CallerContext.runAs(as("chscb.senior"), () -> authorisation.decide(ref, false, "No justifiable concern."));
        awaitStep(ref, CaseStatus.CLOSED);
        assertTimelineHas(ref, "Investigation not authorised", d -> d.equals("No justifiable concern."));
        assertTimelineHas(ref, "Case closed", d -> d.startsWith("Investigation not authorised"));
    }

    @Test
    void theSafeguardingScreenRecordsThePoliceTheIwfAndCeopAtOnce() {
        String ref = raise("Sasha Screened");
        CallerContext.runAs(as("chscb.officer"), () -> triage.recordTriage(ref, new TriageInput(true, "CAD 4711",
                true, "IWF-2026-88", true, "CEOP-123", false, TriageDecision.INVESTIGATE, "Immediate risk.")));
        assertTimelineHas(ref, "Referred to POLICE", d -> d.endsWith("reference CAD 4711"));
        assertTimelineHas(ref, "Referred to IWF", d -> d.endsWith("reference IWF-2026-88"));
        assertTimelineHas(ref, "Referred to CEOP", d -> d.endsWith("reference CEOP-123"));
        assertEquals(CaseStatus.AWAITING_AUTHORISATION.label(), step(ref));
    }

    @Test
    void aMissedLadoTimescaleIsEscalatedAndTheReferralCanStillBeMade() {
        String ref = raise("Lee Lado");
        CallerContext.runAs(as("chscb.officer"), () -> triage.recordTriage(ref, new TriageInput(false, null, false,
                null, false, null, true, TriageDecision.INVESTIGATE, "Harm threshold met.")));
        assertEquals(CaseStatus.AWAITING_LADO_REFERRAL.label(), step(ref));
        assertTimelineHas(ref, "Triage recorded", d -> d.contains("LADO referral due by"));

        moveClockDays(5);
        awaitTimeline(ref, "LADO timescale missed");
        assertEquals(CaseStatus.AWAITING_LADO_REFERRAL.label(), step(ref), "the referral is still to be made");

        CallerContext.runAs(as("chscb.officer"), () -> triage.recordLadoReferral(ref, "LADO-77"));
        assertEquals(CaseStatus.AWAITING_AUTHORISATION.label(), step(ref));
        assertTimelineHas(ref, "Referred to LADO", d -> d.endsWith("reference LADO-77"));
    }

    @Test
    void aContestedRequestThatIsUpheldGoesOnToCooperation() {
        String ref = toRemovalRequest("Cory Contest");
        CallerContext.runAs(as("chscb.member"), () -> requests.respondToRemoval(ref, MemberResponse.CONTESTED,
                "The photograph is of my own family."));
        assertEquals(CaseStatus.REVIEWING_CONTEST.label(), step(ref));
        CallerContext.runAs(as("chscb.officer"), () -> requests.reviewContest(ref, true, "Own family; consent given."));
        awaitStep(ref, CaseStatus.AWAITING_COOPERATION);
        assertTimelineHas(ref, "Contest upheld", d -> d.equals("Own family; consent given."));
    }

    @Test
    void aMemberWhoRemovedTheContentGivesProofThatIsKeptAsEvidenceProvidedByTheMember() {
        String ref = toRemovalRequest("Morgan Proof");
        byte[] screenshot = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        EvidenceInput proof = EvidenceInput.file(null, Platform.FACEBOOK, "profile-now.png", "image/png", screenshot,
                Instant.now(), CaptureMethod.PROVIDED_BY_MEMBER, CaptureForm.FILE_AS_SENT, true);

        assertThrows(NotFoundException.class, () -> CallerContext.runAs(as("nscb.member"),
                () -> requests.respondToRemoval(ref, MemberResponse.REMOVED, "", proof)), "another board's member");
        assertThrows(AccessRefusedException.class, () -> CallerContext.runAs(as("chscb.member"),
                () -> evidence.capture(ref, EvidenceInput.text("https://example.org/post", Platform.FACEBOOK,
                        "Someone else's post", Instant.now(), CaptureMethod.PUBLIC_PAGE_VIEWED,
                        CaptureForm.TEXT_COPIED, true))),
                "a member gives proof of their own compliance, nothing else");

        CallerContext.runAs(as("chscb.member"), () -> requests.respondToRemoval(ref, MemberResponse.REMOVED,
                "Deleted the post this morning.", proof));
        awaitStep(ref, CaseStatus.AWAITING_COOPERATION);
        List<EvidenceView> kept = CallerContext.runAs(as("chscb.officer"), () -> evidence.evidenceOf(ref));
        assertEquals(1, kept.size());
        assertEquals("Provided by the member", kept.get(0).captureMethod());
        assertTrue(Arrays.equals(screenshot, CallerContext.runAs(as("chscb.officer"),
                () -> evidence.fileOf(ref, kept.get(0).id()))));
        assertTimelineHas(ref, "Evidence captured", d -> d.contains("Provided by the member"));
    }

    @Test
    void moreTimeGivenMovesTheDeadlineAndTheRequestWaitsAgain() {
        String ref = toRemovalRequest("Tam Time");
        CallerContext.runAs(as("chscb.member"), () -> requests.respondToRemoval(ref, MemberResponse.MORE_TIME,
                "On leave until next week."));
        assertEquals(CaseStatus.DECIDING_EXTENSION.label(), step(ref));
        InvalidInputException tooMuch = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(
                as("chscb.officer"), () -> requests.decideExtension(ref, true, 31, "Reasonable.")));
        assertEquals("Give between 1 and 30 more working days.", tooMuch.fieldMessages().get("extraWorkingDays"));
        assertEquals(CaseStatus.DECIDING_EXTENSION.label(), step(ref), "nothing was decided");
        CallerContext.runAs(as("chscb.officer"), () -> requests.decideExtension(ref, true, 3, "Reasonable."));
        assertEquals(CaseStatus.AWAITING_REMOVAL.label(), step(ref));
        assertTimelineHas(ref, "More time given", d -> d.startsWith("New deadline "));
        CallerContext.runAs(as("chscb.member"), () -> requests.respondToRemoval(ref, MemberResponse.REMOVED, ""));
        awaitStep(ref, CaseStatus.AWAITING_COOPERATION);
    }

    @Test
    void atTheDeadlinesNonComplianceAndNonCooperationAreRecordedAndTheCaseGoesOn() {
        String ref = toRemovalRequest("Nico Noshow");
        moveClockPast(ref, InvestigationProcess.REMOVAL_DEADLINE);
        awaitTimeline(ref, "Removal reminder sent");
        awaitTimeline(ref, "Non-compliance recorded");
        awaitStep(ref, CaseStatus.AWAITING_COOPERATION);

        moveClockPast(ref, InvestigationProcess.COOPERATION_DEADLINE);
        awaitTimeline(ref, "Non-co-operation recorded");
        awaitStep(ref, CaseStatus.VERIFYING_REMOVAL);
        assertThrows(TaskAlreadyDoneException.class, () -> CallerContext.runAs(as("chscb.member"),
                () -> requests.respondToRemoval(ref, MemberResponse.REMOVED, "")), "too late to answer");
    }

    @Test
    void aReferralNotAcknowledgedIsRemindedAndEscalatedAndAGrossMisconductOutcomeClosesTheCase() {
        String ref = toRemovalRequest("Gale Gross");
        CallerContext.runAs(as("chscb.member"), () -> requests.respondToRemoval(ref, MemberResponse.REMOVED, ""));
        awaitStep(ref, CaseStatus.AWAITING_COOPERATION);
        CallerContext.runAs(as("chscb.officer"), () -> requests.recordCooperation(ref, MemberResponse.INTERVIEW,
                "Interviewed with their line manager present.", false));
        CallerContext.runAs(as("chscb.officer"), () -> decisions.verifyRemoval(ref, "Removed."));
        CallerContext.runAs(as("chscb.officer"), () -> decisions.decideOutcome(ref,
                CaseOutcome.GROSS_MISCONDUCT_REFERRAL, "Threatening posts about a family."));
        CallerContext.runAs(as("chscb.senior"), () -> decisions.approveReferral(ref, false, "Consider advice first."));
        assertEquals(CaseStatus.DECIDING_OUTCOME.label(), step(ref));
        CallerContext.runAs(as("chscb.officer"), () -> decisions.decideOutcome(ref,
                CaseOutcome.GROSS_MISCONDUCT_REFERRAL, "Reconsidered: gross misconduct."));
        CallerContext.runAs(as("chscb.senior"), () -> decisions.approveReferral(ref, true, "Approved."));
        awaitStep(ref, CaseStatus.REFERRED_TO_HR);

        moveClockDays(30);
        awaitTimeline(ref, "HR reminder sent");
        awaitTimeline(ref, "HR acknowledgement overdue");
        CallerContext.runAs(as("chscb.hr"), () -> referrals.acknowledge(ref));
        CallerContext.runAs(as("chscb.hr"), () -> referrals.recordOutcome(ref, HrOutcome.SUMMARY_DISMISSAL, true,
                "Appeal dismissed"));
        awaitStep(ref, CaseStatus.CLOSED);
        assertTimelineHas(ref, "Referred to the parent organisation", d -> d.startsWith("Gross misconduct referral"));
        assertTimelineHas(ref, "Disciplinary outcome recorded",
                d -> d.equals("Summary dismissal; appeal: Appeal dismissed"));
        assertTimelineHas(ref, "Case closed", d -> d.startsWith("Disciplinary outcome recorded"));
    }

    /** Jobs run at least once: each step the process takes by itself, run again, changes nothing more. */
    @Test
    void everyStepTheProcessTakesByItselfChangesNothingWhenItsJobRunsAgain() {
        String removal = toRemovalRequest("Ida Idempotent");
        long removalCase = caseId(removal);
        Caller board = Caller.system("chscb");
        for (int run = 0; run < 2; run++) {
            CallerContext.runAs(board, () -> steps.sendRemovalRequest(removalCase));
            CallerContext.runAs(board, () -> steps.remindAboutRemoval(removalCase));
            CallerContext.runAs(board, () -> steps.escalateLado(removalCase));
            CallerContext.runAs(board, () -> steps.recordNonCompliance(removalCase));
            CallerContext.runAs(board, () -> steps.sendCooperationRequest(removalCase));
            CallerContext.runAs(board, () -> steps.recordNonCooperation(removalCase));
        }
        for (String action : List.of("Content removal request sent", "Removal reminder sent", "LADO timescale missed",
                "Non-compliance recorded", "Co-operation request sent", "Non-co-operation recorded")) {
            assertEquals(1, count(removal, action), action);
        }

        String referred = toReferral("Rory Rerun");
        long referredCase = caseId(referred);
        for (int run = 0; run < 2; run++) {
            CallerContext.runAs(board, () -> steps.sendReferral(referredCase, "chscb.senior"));
            CallerContext.runAs(board, () -> steps.remindHr(referredCase));
            CallerContext.runAs(board, () -> steps.escalateHrAcknowledgement(referredCase));
        }
        for (String action : List.of("Referred to the parent organisation", "Referral pack sent", "HR reminder sent",
                "HR acknowledgement overdue")) {
            assertEquals(1, count(referred, action), action);
        }
        assertEquals(1, CallerContext.runAs(as("chscb.hr"), () -> cases.referralsToMyOrganisation()).stream()
                .filter(c -> c.reference().equals(referred)).count());

        String closed = raise("Cleo Closed");
        triage(closed, TriageDecision.NO_FURTHER_ACTION);
        CallerContext.runAs(board, () -> steps.close(caseId(closed), "NO_FURTHER_ACTION"));
        CallerContext.runAs(board, () -> steps.close(caseId(closed), "ADVICE_ONLY"));
        assertEquals(1, count(closed, "Case closed"));
        assertTimelineHas(closed, "Case closed", d -> d.startsWith("No further action at triage."));
    }

    private long count(String ref, String action) {
        return timelineOf(ref).stream().filter(l -> l.action().equals(action)).count();
    }

    private long caseId(String ref) {
        return CallerContext.runAs(as("chscb.officer"), () -> cases.findByReference(ref)).id();
    }

    private String toReferral(String subject) {
        String ref = CaseFixtures.a("chscb").about(subject)
                .raisedFrom(CaseSource.COLLEAGUE_REPORT, "Reported by a colleague.")
                .triageNote("Triaged.").gathered("Posts captured.").findings("Breach of clause 3.5.")
                .at(CaseStatus.REFERRED_TO_HR).reference();
        assertTimelineHas(ref, "Content removal request sent", d -> d.startsWith("Deadline "));
        return ref;
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
                // The job executor ran it first, or a sibling job changed the instance: look again next time.
            }
        }
    }

    private String toRemovalRequest(String subject) {
        String ref = CaseFixtures.a("chscb").about(subject)
                .raisedFrom(CaseSource.COLLEAGUE_REPORT, "Reported by a colleague.")
                .triageNote("Triaged.").gathered("Posts captured.")
                .at(CaseStatus.AWAITING_REMOVAL).reference();
        assertTimelineHas(ref, "Content removal request sent", d -> d.startsWith("Deadline "));
        return ref;
    }

    private String raise(String subject) {
        Caller officer = as("chscb.officer");
        Caller hr = as("chscb.hr");
        return CallerContext.runAs(officer, () -> cases.raiseConcern(new NewConcern(subject, hr.organisationId(),
                CaseSource.COLLEAGUE_REPORT, "Reported by a colleague.", "chscb.member"))).reference();
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

    private List<TimelineLine> timelineOf(String ref) {
        return CallerContext.runAs(as("chscb.officer"), () -> cases.timelineOf(ref));
    }

    private void assertTimelineHas(String ref, String action, Predicate<String> detail) {
        List<TimelineLine> lines = timelineOf(ref);
        assertTrue(lines.stream().anyMatch(l -> l.action().equals(action) && detail.test(l.detail())),
                action + " in " + lines.stream().map(l -> l.action() + ": " + l.detail()).toList());
    }

    /** Moves the engine's clock (timers, job due dates) forward from now. */
    private static void moveClockDays(int days) {
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(days, ChronoUnit.DAYS)));
    }

    /** Moves the engine's clock a minute past the deadline the case's process holds in {@code variable}. */
    private void moveClockPast(String ref, String variable) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ref).singleResult();
        Date deadline = (Date) engine.getRuntimeService().getVariable(instance.getId(), variable);
        ClockUtil.setCurrentTime(Date.from(deadline.toInstant().plus(1, ChronoUnit.MINUTES)));
    }

    private void awaitTimeline(String ref, String action) {
        await(ref, () -> timelineOf(ref).stream().anyMatch(l -> l.action().equals(action)),
                action + " recorded for " + ref);
    }

    private void awaitStep(String ref, CaseStatus step) {
        await(ref, () -> step(ref).equals(step.label()), ref + " at " + step.label() + " (is " + step(ref) + ")");
    }

    /**
     * Waits for the job executor, and meanwhile runs this case's due jobs itself: with the clock moved,
     * every earlier test's timers fall due at once, and a job that lost a race stays locked for minutes.
     */
    private void await(String ref, BooleanSupplier condition, String what) {
        Waiting.waitingFor(what).pollInterval(Duration.ofMillis(100)).atMost(Duration.ofSeconds(40))
                .until(() -> {
                    if (condition.getAsBoolean()) {
                        return true;
                    }
                    runDueJobsOf(ref);
                    return false;
                });
    }
}

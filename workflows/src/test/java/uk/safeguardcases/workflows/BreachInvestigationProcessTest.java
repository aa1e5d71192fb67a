package uk.safeguardcases.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static uk.safeguardcases.domain.cases.InvestigationProcess.APPROVE_REFERRAL_TASK;
import static uk.safeguardcases.domain.cases.InvestigationProcess.AUTHORISED;
import static uk.safeguardcases.domain.cases.InvestigationProcess.AUTHORISE_TASK;
import static uk.safeguardcases.domain.cases.InvestigationProcess.AWAIT_COOPERATION;
import static uk.safeguardcases.domain.cases.InvestigationProcess.AWAIT_HR_ACKNOWLEDGEMENT;
import static uk.safeguardcases.domain.cases.InvestigationProcess.AWAIT_HR_OUTCOME;
import static uk.safeguardcases.domain.cases.InvestigationProcess.AWAIT_REMOVAL_RESPONSE;
import static uk.safeguardcases.domain.cases.InvestigationProcess.CONTEST_UPHELD;
import static uk.safeguardcases.domain.cases.InvestigationProcess.COOPERATION_DEADLINE;
import static uk.safeguardcases.domain.cases.InvestigationProcess.COOPERATION_RESPONSE_MESSAGE;
import static uk.safeguardcases.domain.cases.InvestigationProcess.DECIDE_EXTENSION_TASK;
import static uk.safeguardcases.domain.cases.InvestigationProcess.DECIDE_OUTCOME_TASK;
import static uk.safeguardcases.domain.cases.InvestigationProcess.GATHER_EVIDENCE_TASK;
import static uk.safeguardcases.domain.cases.InvestigationProcess.HARM_THRESHOLD_MET;
import static uk.safeguardcases.domain.cases.InvestigationProcess.HR_ACKNOWLEDGEMENT_MESSAGE;
import static uk.safeguardcases.domain.cases.InvestigationProcess.HR_ACK_DUE;
import static uk.safeguardcases.domain.cases.InvestigationProcess.HR_ACK_REMINDER_AT;
import static uk.safeguardcases.domain.cases.InvestigationProcess.HR_OUTCOME;
import static uk.safeguardcases.domain.cases.InvestigationProcess.HR_OUTCOME_MESSAGE;
import static uk.safeguardcases.domain.cases.InvestigationProcess.KEY;
import static uk.safeguardcases.domain.cases.InvestigationProcess.LADO_DUE;
import static uk.safeguardcases.domain.cases.InvestigationProcess.LADO_REFERRAL_TASK;
import static uk.safeguardcases.domain.cases.InvestigationProcess.OUTCOME;
import static uk.safeguardcases.domain.cases.InvestigationProcess.REFERRAL_APPROVED;
import static uk.safeguardcases.domain.cases.InvestigationProcess.REMOVAL_DEADLINE;
import static uk.safeguardcases.domain.cases.InvestigationProcess.REMOVAL_REMINDER_AT;
import static uk.safeguardcases.domain.cases.InvestigationProcess.REMOVAL_RESPONSE;
import static uk.safeguardcases.domain.cases.InvestigationProcess.REMOVAL_RESPONSE_MESSAGE;
import static uk.safeguardcases.domain.cases.InvestigationProcess.REVIEW_CONTEST_TASK;
import static uk.safeguardcases.domain.cases.InvestigationProcess.TRIAGE_CLOSURE_REASON;
import static uk.safeguardcases.domain.cases.InvestigationProcess.TRIAGE_DECISION;
import static uk.safeguardcases.domain.cases.InvestigationProcess.TRIAGE_TASK;
import static uk.safeguardcases.domain.cases.InvestigationProcess.VERIFY_REMOVAL_TASK;
import static uk.safeguardcases.workflows.RecordingDelegates.CLOSE_CASE;
import static uk.safeguardcases.workflows.RecordingDelegates.ESCALATE_HR_ACK;
import static uk.safeguardcases.workflows.RecordingDelegates.ESCALATE_LADO;
import static uk.safeguardcases.workflows.RecordingDelegates.HR_ACK_REMINDER;
import static uk.safeguardcases.workflows.RecordingDelegates.RECORD_NON_COMPLIANCE;
import static uk.safeguardcases.workflows.RecordingDelegates.RECORD_NON_COOPERATION;
import static uk.safeguardcases.workflows.RecordingDelegates.REMOVAL_REMINDER;
import static uk.safeguardcases.workflows.RecordingDelegates.SEND_COOPERATION_REQUEST;
import static uk.safeguardcases.workflows.RecordingDelegates.SEND_REFERRAL;
import static uk.safeguardcases.workflows.RecordingDelegates.SEND_REMOVAL_REQUEST;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.safeguardcases.domain.lowlevel.LowLevelOutcome;
import uk.safeguardcases.infrastructure.engine.EngineSettings;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.requests.MemberResponse;

/**
 * The breach investigation model on a real (in-memory) engine, deployed per board as the product does.
 * The delegates are recording stand-ins; the job executor is off, so timers and asynchronous steps run
 * only when a test moves the clock and executes the due jobs.
 */
class BreachInvestigationProcessTest {

    private static final String CHSCB = "chscb";
    private static final String NSCB = "nscb";
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T09:00:00Z");

    /** Not in InvestigationProcess: the end event every closure path reaches. */
    private static final String CASE_CLOSED = "case-closed";
    /** The removal responses the services correlate (MemberResponse names). */
    private static final String REMOVED = MemberResponse.REMOVED.name();
    private static final String CONTESTED = MemberResponse.CONTESTED.name();
    private static final String MORE_TIME = MemberResponse.MORE_TIME.name();

    private static ProcessEngine engine;
    private static RuntimeService runtimeService;
    private static TaskService taskService;
    private static ManagementService managementService;
    private static HistoryService historyService;

    private RecordingDelegates delegates;

    @BeforeAll
    static void engineWithTwoBoards() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:workflows-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        // The product's engine settings: its history level (what it keeps is all these tests may read), the retries
        // of failed jobs and the history cleanup.
        uk.safeguardcases.infrastructure.engine.EngineSettings.apply(configuration);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("workflows-test");
        configuration.setExpressionManager(new MockExpressionManager());
        engine = configuration.buildProcessEngine();
        runtimeService = engine.getRuntimeService();
        taskService = engine.getTaskService();
        managementService = engine.getManagementService();
        historyService = engine.getHistoryService();
        InvestigationModels models = new InvestigationModels();
        for (String board : List.of(CHSCB, NSCB)) {
            var deployment = engine.getRepositoryService().createDeployment().tenantId(board).name("safeguard-" + board);
            models.resourceNames().forEach(r -> deployment.addInputStream(r, models.openFor(board, r)));
            deployment.deploy();
        }
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void mondayMorningWithRecordingDelegates() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        delegates = new RecordingDelegates();
        delegates.register();
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClockDelegatesAndInstances() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
        engine.getIdentityService().clearAuthentication();
        runtimeService.createProcessInstanceQuery().list()
                .forEach(i -> runtimeService.deleteProcessInstance(i.getId(), "test finished", true, true));
    }

    // ------------------------------------------------------------------ triage

    @Test
    void aRaisedConcernWaitsForAnOfficerOfItsBoardToTriageIt() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0001");

        Task triage = investigation.waitingForTask(TRIAGE_TASK, "officer");
        assertThat(triage).hasName("Triage the concern");
        assertThat(triage.getTenantId()).isEqualTo(CHSCB);
        assertThat(taskService.createTaskQuery().taskId(triage.getId()).taskCandidateGroup("member").count()).isZero();
        assertThat(investigation.instance).hasBusinessKey("CHSCB-2026-0001");
        assertThat(delegates.calledFor(investigation.reference)).isEmpty();
    }

    @Test
    void aConcernNeedingNoFurtherActionIsClosedStraightAfterTriage() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0010");

        investigation.complete(TRIAGE_TASK, triage(false, TriageDecision.NO_FURTHER_ACTION));

        // Closing is part of the step that decides it: no job is left to run, the case is closed at once.
        assertThat(managementService.createJobQuery().processInstanceId(investigation.id).count()).isZero();
        investigation.assertClosedWith(ClosureReason.NO_FURTHER_ACTION);
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(CLOSE_CASE);
    }

    @Test
    void aConcernBelowTheHarmThresholdKeptAsALowLevelConcernIsClosedStraightAfterTriage() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0013");

        investigation.complete(TRIAGE_TASK, closingAtTriage(LowLevelOutcome.DECISION, LowLevelOutcome.CLOSED_AS));

        assertThat(managementService.createJobQuery().processInstanceId(investigation.id).count()).isZero();
        investigation.assertClosedWith(LowLevelOutcome.CLOSED_AS);
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(CLOSE_CASE);
    }

    @Test
    void anyOutcomeAProcessBringsTakesTheOneBranchAndClosesTheCaseWithItsOwnReasonWithNoTimerLeft() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0016");
        TriageDecision settled = TriageDecision.contributed("SETTLED_BY_MEDIATION", "Settled by mediation");
        ClosureReason mediated = ClosureReason.contributed("MEDIATED_AT_TRIAGE", "Mediated at triage", false);

        investigation.complete(TRIAGE_TASK, closingAtTriage(settled, mediated));

        assertThat(managementService.createJobQuery().processInstanceId(investigation.id).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(investigation.id)
                .activityId("closure-at-triage-by-outcome").count()).isEqualTo(1);
        investigation.assertClosedWith(mediated);
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(CLOSE_CASE);
    }

    @Test
    void aConcernNeedingAdviceOnlyIsClosedWithAdviceOnly() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0011");

        investigation.complete(TRIAGE_TASK, triage(false, TriageDecision.ADVICE_ONLY));
        investigation.executeAvailableJobs();

        investigation.assertClosedWith(ClosureReason.ADVICE_ONLY);
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(CLOSE_CASE);
    }

    @Test
    void anInvestigationTheSeniorRefusesToAuthoriseIsClosedAsRefused() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0012");
        investigation.complete(TRIAGE_TASK, triage(false, TriageDecision.INVESTIGATE));

        Task authorise = investigation.waitingForTask(AUTHORISE_TASK, "senior");
        assertThat(authorise).hasName("Authorise the investigation");
        assertThat(taskService.createTaskQuery().taskId(authorise.getId()).taskCandidateGroup("officer").count())
                .isZero();
        investigation.complete(AUTHORISE_TASK, Map.of(AUTHORISED, false));
        investigation.executeAvailableJobs();

        investigation.assertClosedWith(ClosureReason.AUTHORISATION_REFUSED);
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(CLOSE_CASE);
    }

    // ------------------------------------------------------------------ LADO

    @Test
    void aConcernMeetingTheHarmThresholdIsReferredToTheLadoAndEscalatedWhenTheTimescaleIsMissed() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0020");
        Instant ladoDue = MONDAY_MORNING.plus(Duration.ofDays(1));
        Map<String, Object> triage = triage(true, TriageDecision.INVESTIGATE);
        triage.put(LADO_DUE, Date.from(ladoDue)); // a Date, as the triage service sets it

        investigation.complete(TRIAGE_TASK, triage);

        investigation.waitingForTask(LADO_REFERRAL_TASK, "officer");
        assertThat(investigation.timerDueDates()).containsExactly(ladoDue);
        moveClockTo(ladoDue.minus(Duration.ofMinutes(1)));
        investigation.executeAvailableJobs();
        assertThat(delegates.calledFor(investigation.reference)).isEmpty();

        moveClockTo(ladoDue.plus(Duration.ofMinutes(1)));
        investigation.executeAvailableJobs();
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(ESCALATE_LADO);
        investigation.waitingForTask(LADO_REFERRAL_TASK, "officer");

        investigation.complete(LADO_REFERRAL_TASK, Map.of());
        investigation.waitingForTask(AUTHORISE_TASK, "senior");
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(ESCALATE_LADO);
    }

    @Test
    void aLadoReferralMadeInTimeIsNeverEscalated() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0021");
        Instant ladoDue = MONDAY_MORNING.plus(Duration.ofDays(1));
        Map<String, Object> triage = triage(true, TriageDecision.ADVICE_ONLY);
        triage.put(LADO_DUE, RecordingDelegates.iso(ladoDue));
        investigation.complete(TRIAGE_TASK, triage);

        investigation.complete(LADO_REFERRAL_TASK, Map.of());
        moveClockTo(ladoDue.plus(Duration.ofHours(1)));
        investigation.executeAvailableJobs();

        investigation.assertClosedWith(ClosureReason.ADVICE_ONLY);
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(CLOSE_CASE);
    }

    // ------------------------------------------------------------------ adults at risk (Cwm Taf)

    @Test
    void anAdultAtRiskIsReportedToTheAdultSafeguardingTeamAndEscalatedWhenTheTimescaleIsMissed() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0022");
        Instant due = MONDAY_MORNING.plus(Duration.ofDays(2));
        Map<String, Object> triage = triage(false, TriageDecision.INVESTIGATE);
        triage.put(uk.safeguardcases.domain.cases.InvestigationProcess.ADULT_AT_RISK, true);
        triage.put(uk.safeguardcases.domain.cases.InvestigationProcess.ADULT_REPORT_DUE, Date.from(due));
        investigation.complete(TRIAGE_TASK, triage);

        String task = uk.safeguardcases.domain.cases.InvestigationProcess.ADULT_SAFEGUARDING_REPORT_TASK;
        investigation.waitingForTask(task, "officer");
        assertThat(investigation.timerDueDates()).containsExactly(due);
        moveClockTo(due.minus(Duration.ofMinutes(1)));
        investigation.executeAvailableJobs();
        assertThat(delegates.calledFor(investigation.reference)).isEmpty();

        moveClockTo(due.plus(Duration.ofMinutes(1)));
        investigation.executeAvailableJobs();
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(RecordingDelegates.ESCALATE_ADULT_REPORT);
        investigation.waitingForTask(task, "officer");

        investigation.complete(task, Map.of());
        investigation.waitingForTask(AUTHORISE_TASK, "senior");
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(RecordingDelegates.ESCALATE_ADULT_REPORT);
    }

    @Test
    void aChildAndAnAdultAtRiskGoToTheLadoAndThenTheAdultSafeguardingTeamAndAReportInTimeIsNeverEscalated() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0023");
        Instant ladoDue = MONDAY_MORNING.plus(Duration.ofDays(1));
        Instant adultDue = MONDAY_MORNING.plus(Duration.ofDays(2));
        Map<String, Object> triage = triage(true, TriageDecision.ADVICE_ONLY);
        triage.put(LADO_DUE, Date.from(ladoDue));
        triage.put(uk.safeguardcases.domain.cases.InvestigationProcess.ADULT_AT_RISK, true);
        triage.put(uk.safeguardcases.domain.cases.InvestigationProcess.ADULT_REPORT_DUE, Date.from(adultDue));
        investigation.complete(TRIAGE_TASK, triage);

        investigation.complete(LADO_REFERRAL_TASK, Map.of());
        String task = uk.safeguardcases.domain.cases.InvestigationProcess.ADULT_SAFEGUARDING_REPORT_TASK;
        investigation.waitingForTask(task, "officer");
        investigation.complete(task, Map.of());
        moveClockTo(adultDue.plus(Duration.ofHours(1)));
        investigation.executeAvailableJobs();

        investigation.assertClosedWith(ClosureReason.ADVICE_ONLY);
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(CLOSE_CASE);
    }

    @Test
    void noAdultAtRiskGoesStraightOnAsBefore() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0024");
        Map<String, Object> triage = triage(false, TriageDecision.INVESTIGATE);
        triage.put(uk.safeguardcases.domain.cases.InvestigationProcess.ADULT_AT_RISK, false);
        investigation.complete(TRIAGE_TASK, triage);
        investigation.waitingForTask(AUTHORISE_TASK, "senior");
        assertThat(investigation.timerDueDates()).isEmpty();
    }

    // ------------------------------------------------------------------ content removal

    @Test
    void aMemberWhoRemovesTheContentIsAskedToCooperateAndTheCaseCanCloseWithNoBreach() {
        Investigation investigation = investigatedUpToTheRemovalRequest(CHSCB, "CHSCB-2026-0030");
        assertThat(investigation.timerDueDates()).containsExactlyInAnyOrder(
                investigation.instant(REMOVAL_REMINDER_AT), investigation.instant(REMOVAL_DEADLINE));

        investigation.correlate(REMOVAL_RESPONSE_MESSAGE, Map.of(REMOVAL_RESPONSE, REMOVED));
        investigation.executeAvailableJobs();

        investigation.waitingAt(AWAIT_COOPERATION);
        assertThat(investigation.timerDueDates()).as("the removal timers are gone")
                .containsExactly(investigation.instant(COOPERATION_DEADLINE));
        investigation.correlate(COOPERATION_RESPONSE_MESSAGE, Map.of());
        investigation.waitingForTask(VERIFY_REMOVAL_TASK, "officer");
        investigation.complete(VERIFY_REMOVAL_TASK, Map.of());
        investigation.waitingForTask(DECIDE_OUTCOME_TASK, "officer");
        investigation.complete(DECIDE_OUTCOME_TASK, Map.of(OUTCOME, CaseOutcome.NO_BREACH.name()));
        investigation.executeAvailableJobs();

        investigation.assertClosedWith(ClosureReason.NO_BREACH);
        assertThat(delegates.calledFor(investigation.reference))
                .containsExactly(SEND_REMOVAL_REQUEST, SEND_COOPERATION_REQUEST, CLOSE_CASE);
    }

    @Test
    void aCaseDecidedAsAdviceAndGuidanceIsClosedWithAdviceAndGuidance() {
        Investigation investigation = decidingTheOutcome(CHSCB, "CHSCB-2026-0031");

        investigation.complete(DECIDE_OUTCOME_TASK, Map.of(OUTCOME, CaseOutcome.ADVICE_AND_GUIDANCE.name()));
        investigation.executeAvailableJobs();

        investigation.assertClosedWith(ClosureReason.ADVICE_AND_GUIDANCE);
        assertThat(delegates.calledFor(investigation.reference))
                .containsExactly(SEND_REMOVAL_REQUEST, SEND_COOPERATION_REQUEST, CLOSE_CASE);
    }

    @Test
    void aContestTheOfficerUpholdsLetsTheContentStayAndMovesOnToCooperation() {
        Investigation investigation = investigatedUpToTheRemovalRequest(CHSCB, "CHSCB-2026-0032");

        investigation.correlate(REMOVAL_RESPONSE_MESSAGE, Map.of(REMOVAL_RESPONSE, CONTESTED));
        Task review = investigation.waitingForTask(REVIEW_CONTEST_TASK, "officer");
        assertThat(review).hasName("Review the member's reasons");
        assertThat(investigation.timerDueDates()).as("no removal timers while the contest is reviewed").isEmpty();

        investigation.complete(REVIEW_CONTEST_TASK, Map.of(CONTEST_UPHELD, true));
        investigation.executeAvailableJobs();

        investigation.waitingAt(AWAIT_COOPERATION);
        assertThat(delegates.calledFor(investigation.reference))
                .containsExactly(SEND_REMOVAL_REQUEST, SEND_COOPERATION_REQUEST);
    }

    @Test
    void aContestTheOfficerRejectsLeavesTheRemovalRequestStandingUntilTheMemberRemovesTheContent() {
        Investigation investigation = investigatedUpToTheRemovalRequest(CHSCB, "CHSCB-2026-0033");
        Instant reminderAt = investigation.instant(REMOVAL_REMINDER_AT);
        Instant deadline = investigation.instant(REMOVAL_DEADLINE);

        investigation.correlate(REMOVAL_RESPONSE_MESSAGE, Map.of(REMOVAL_RESPONSE, CONTESTED));
        investigation.complete(REVIEW_CONTEST_TASK, Map.of(CONTEST_UPHELD, false));

        investigation.waitingAt(AWAIT_REMOVAL_RESPONSE);
        assertThat(investigation.timerDueDates()).as("the same reminder and deadline apply")
                .containsExactlyInAnyOrder(reminderAt, deadline);
        investigation.correlate(REMOVAL_RESPONSE_MESSAGE, Map.of(REMOVAL_RESPONSE, REMOVED));
        investigation.executeAvailableJobs();

        investigation.waitingAt(AWAIT_COOPERATION);
        assertThat(delegates.calledFor(investigation.reference))
                .containsExactly(SEND_REMOVAL_REQUEST, SEND_COOPERATION_REQUEST);
    }

    @Test
    void moreTimeGrantedReplacesTheRemovalDeadlineSoOnlyTheNewDeadlineFires() {
        Investigation investigation = investigatedUpToTheRemovalRequest(CHSCB, "CHSCB-2026-0034");
        Instant oldReminderAt = investigation.instant(REMOVAL_REMINDER_AT);
        Instant oldDeadline = investigation.instant(REMOVAL_DEADLINE);

        investigation.correlate(REMOVAL_RESPONSE_MESSAGE, Map.of(REMOVAL_RESPONSE, MORE_TIME));
        Task extension = investigation.waitingForTask(DECIDE_EXTENSION_TASK, "officer");
        assertThat(extension).hasName("Decide on more time");
        Instant newReminderAt = MONDAY_MORNING.plus(Duration.ofDays(8));
        Instant newDeadline = MONDAY_MORNING.plus(Duration.ofDays(10));
        investigation.complete(DECIDE_EXTENSION_TASK, Map.of( // Dates, as the request service sets them
                REMOVAL_REMINDER_AT, Date.from(newReminderAt),
                REMOVAL_DEADLINE, Date.from(newDeadline)));

        investigation.waitingAt(AWAIT_REMOVAL_RESPONSE);
        assertThat(investigation.timerDueDates()).containsExactlyInAnyOrder(newReminderAt, newDeadline);
        moveClockTo(oldDeadline.plus(Duration.ofHours(1)));
        investigation.executeAvailableJobs();
        assertThat(oldReminderAt).isBefore(oldDeadline);
        assertThat(delegates.calledFor(investigation.reference)).as("neither old timer fires")
                .containsExactly(SEND_REMOVAL_REQUEST);
        investigation.waitingAt(AWAIT_REMOVAL_RESPONSE);

        moveClockTo(newReminderAt.plus(Duration.ofMinutes(1)));
        investigation.executeAvailableJobs();
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(SEND_REMOVAL_REQUEST, REMOVAL_REMINDER);
        investigation.waitingAt(AWAIT_REMOVAL_RESPONSE);

        moveClockTo(newDeadline.plus(Duration.ofMinutes(1)));
        investigation.executeAvailableJobs();
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(
                SEND_REMOVAL_REQUEST, REMOVAL_REMINDER, RECORD_NON_COMPLIANCE, SEND_COOPERATION_REQUEST);
        investigation.waitingAt(AWAIT_COOPERATION);
    }

    @Test
    void theMemberIsRemindedBeforeTheDeadlineAndNonComplianceIsRecordedWhenItPasses() {
        Investigation investigation = investigatedUpToTheRemovalRequest(CHSCB, "CHSCB-2026-0035");
        Instant reminderAt = investigation.instant(REMOVAL_REMINDER_AT);
        Instant deadline = investigation.instant(REMOVAL_DEADLINE);
        assertThat(Duration.between(MONDAY_MORNING, reminderAt)).isBetween(Duration.ofDays(3), Duration.ofDays(3).plusMinutes(1));

        moveClockTo(reminderAt.plus(Duration.ofMinutes(1)));
        investigation.executeAvailableJobs();
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(SEND_REMOVAL_REQUEST, REMOVAL_REMINDER);
        investigation.waitingAt(AWAIT_REMOVAL_RESPONSE);
        assertThat(investigation.timerDueDates()).as("only the deadline is left").containsExactly(deadline);

        moveClockTo(deadline.plus(Duration.ofMinutes(1)));
        investigation.executeAvailableJobs();

        assertThat(delegates.calledFor(investigation.reference)).containsExactly(
                SEND_REMOVAL_REQUEST, REMOVAL_REMINDER, RECORD_NON_COMPLIANCE, SEND_COOPERATION_REQUEST);
        investigation.waitingAt(AWAIT_COOPERATION);
        assertThat(investigation.timerDueDates()).containsExactly(investigation.instant(COOPERATION_DEADLINE));
    }

    @Test
    void aResponseAfterTheDeadlineFindsNoRequestWaiting() {
        Investigation investigation = investigatedUpToTheRemovalRequest(CHSCB, "CHSCB-2026-0036");
        moveClockTo(investigation.instant(REMOVAL_DEADLINE).plus(Duration.ofMinutes(1)));
        investigation.executeAvailableJobs();

        assertThatThrownBy(() -> investigation.correlate(REMOVAL_RESPONSE_MESSAGE, Map.of(REMOVAL_RESPONSE, REMOVED)))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        investigation.waitingAt(AWAIT_COOPERATION);
    }

    // ------------------------------------------------------------------ co-operation

    @Test
    void nonCooperationIsRecordedAtTheCooperationDeadlineAndTheOfficerVerifiesRemoval() {
        Investigation investigation = askedToCooperate(CHSCB, "CHSCB-2026-0040");
        Instant deadline = investigation.instant(COOPERATION_DEADLINE);

        moveClockTo(deadline.minus(Duration.ofMinutes(1)));
        investigation.executeAvailableJobs();
        investigation.waitingAt(AWAIT_COOPERATION);

        moveClockTo(deadline.plus(Duration.ofMinutes(1)));
        investigation.executeAvailableJobs();

        investigation.waitingForTask(VERIFY_REMOVAL_TASK, "officer");
        assertThat(delegates.calledFor(investigation.reference))
                .containsExactly(SEND_REMOVAL_REQUEST, SEND_COOPERATION_REQUEST, RECORD_NON_COOPERATION);
        assertThat(investigation.timerDueDates()).isEmpty();
    }

    // ------------------------------------------------------------------ referral

    @Test
    void anApprovedReferralIsSentToHrRemindedEscalatedAcknowledgedAndClosedWithTheOutcome() {
        Investigation investigation = decidingTheOutcome(CHSCB, "CHSCB-2026-0050");

        investigation.complete(DECIDE_OUTCOME_TASK, Map.of(OUTCOME, CaseOutcome.DISCIPLINARY_REFERRAL.name()));
        Task approve = investigation.waitingForTask(APPROVE_REFERRAL_TASK, "senior");
        assertThat(approve).hasName("Approve the disciplinary referral");
        investigation.complete(APPROVE_REFERRAL_TASK, Map.of(REFERRAL_APPROVED, true));
        assertThat(delegates.calledFor(investigation.reference)).doesNotContain(SEND_REFERRAL);
        investigation.executeAvailableJobs();

        investigation.waitingAt(AWAIT_HR_ACKNOWLEDGEMENT);
        Instant reminderAt = investigation.instant(HR_ACK_REMINDER_AT);
        Instant due = investigation.instant(HR_ACK_DUE);
        assertThat(investigation.timerDueDates()).containsExactlyInAnyOrder(reminderAt, due);

        moveClockTo(reminderAt.plus(Duration.ofMinutes(1)));
        investigation.executeAvailableJobs();
        assertThat(delegates.calledFor(investigation.reference)).endsWith(SEND_REFERRAL, HR_ACK_REMINDER);
        investigation.waitingAt(AWAIT_HR_ACKNOWLEDGEMENT);

        moveClockTo(due.plus(Duration.ofMinutes(1)));
        investigation.executeAvailableJobs();
        assertThat(delegates.calledFor(investigation.reference)).endsWith(SEND_REFERRAL, HR_ACK_REMINDER, ESCALATE_HR_ACK);
        investigation.waitingAt(AWAIT_HR_ACKNOWLEDGEMENT);

        investigation.correlate(HR_ACKNOWLEDGEMENT_MESSAGE, Map.of());
        investigation.waitingAt(AWAIT_HR_OUTCOME);
        assertThat(investigation.timerDueDates()).isEmpty();

        investigation.correlate(HR_OUTCOME_MESSAGE, Map.of(HR_OUTCOME, HrOutcome.WRITTEN_WARNING.name()));
        investigation.executeAvailableJobs();

        investigation.assertClosedWith(ClosureReason.REFERRAL_OUTCOME_RECORDED);
        assertThat(delegates.hrOutcomeSeenBy(investigation.reference)).isEqualTo(HrOutcome.WRITTEN_WARNING.name());
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(SEND_REMOVAL_REQUEST,
                SEND_COOPERATION_REQUEST, SEND_REFERRAL, HR_ACK_REMINDER, ESCALATE_HR_ACK, CLOSE_CASE);
    }

    @ParameterizedTest
    @EnumSource(HrOutcome.class)
    void everyDisciplinaryOutcomeHrRecordsClosesTheCase(HrOutcome hrOutcome) {
        Investigation investigation = referredToHr(CHSCB, "CHSCB-2026-06" + hrOutcome.ordinal(),
                CaseOutcome.DISCIPLINARY_REFERRAL);

        investigation.correlate(HR_ACKNOWLEDGEMENT_MESSAGE, Map.of());
        investigation.correlate(HR_OUTCOME_MESSAGE, Map.of(HR_OUTCOME, hrOutcome.name()));
        investigation.executeAvailableJobs();

        investigation.assertClosedWith(ClosureReason.REFERRAL_OUTCOME_RECORDED);
        assertThat(delegates.hrOutcomeSeenBy(investigation.reference)).isEqualTo(hrOutcome.name());
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(
                SEND_REMOVAL_REQUEST, SEND_COOPERATION_REQUEST, SEND_REFERRAL, CLOSE_CASE);
    }

    @Test
    void anAcknowledgementInTimeIsNeitherRemindedNorEscalated() {
        Investigation investigation = referredToHr(CHSCB, "CHSCB-2026-0051", CaseOutcome.DISCIPLINARY_REFERRAL);
        Instant due = investigation.instant(HR_ACK_DUE);

        investigation.correlate(HR_ACKNOWLEDGEMENT_MESSAGE, Map.of());
        moveClockTo(due.plus(Duration.ofDays(1)));
        investigation.executeAvailableJobs();

        investigation.waitingAt(AWAIT_HR_OUTCOME);
        assertThat(delegates.calledFor(investigation.reference))
                .containsExactly(SEND_REMOVAL_REQUEST, SEND_COOPERATION_REQUEST, SEND_REFERRAL);
    }

    @Test
    void aReferralTheSeniorDoesNotApproveGoesBackToTheOfficerToDecideAgain() {
        Investigation investigation = decidingTheOutcome(CHSCB, "CHSCB-2026-0052");
        investigation.complete(DECIDE_OUTCOME_TASK, Map.of(OUTCOME, CaseOutcome.DISCIPLINARY_REFERRAL.name()));

        investigation.complete(APPROVE_REFERRAL_TASK, Map.of(REFERRAL_APPROVED, false));
        investigation.executeAvailableJobs();

        investigation.waitingForTask(DECIDE_OUTCOME_TASK, "officer");
        assertThat(delegates.calledFor(investigation.reference)).doesNotContain(SEND_REFERRAL);
        investigation.complete(DECIDE_OUTCOME_TASK, Map.of(OUTCOME, CaseOutcome.ADVICE_AND_GUIDANCE.name()));
        investigation.executeAvailableJobs();
        investigation.assertClosedWith(ClosureReason.ADVICE_AND_GUIDANCE);
        assertThat(delegates.calledFor(investigation.reference))
                .containsExactly(SEND_REMOVAL_REQUEST, SEND_COOPERATION_REQUEST, CLOSE_CASE);
    }

    @Test
    void aGrossMisconductReferralIsApprovedAndSentToHrLikeADisciplinaryReferral() {
        Investigation investigation = decidingTheOutcome(CHSCB, "CHSCB-2026-0053");

        investigation.complete(DECIDE_OUTCOME_TASK, Map.of(OUTCOME, CaseOutcome.GROSS_MISCONDUCT_REFERRAL.name()));
        investigation.waitingForTask(APPROVE_REFERRAL_TASK, "senior");
        investigation.complete(APPROVE_REFERRAL_TASK, Map.of(REFERRAL_APPROVED, true));
        investigation.executeAvailableJobs();

        investigation.waitingAt(AWAIT_HR_ACKNOWLEDGEMENT);
        assertThat(delegates.calledFor(investigation.reference))
                .containsExactly(SEND_REMOVAL_REQUEST, SEND_COOPERATION_REQUEST, SEND_REFERRAL);
        investigation.correlate(HR_ACKNOWLEDGEMENT_MESSAGE, Map.of());
        investigation.correlate(HR_OUTCOME_MESSAGE, Map.of(HR_OUTCOME, HrOutcome.SUMMARY_DISMISSAL.name()));
        investigation.executeAvailableJobs();
        investigation.assertClosedWith(ClosureReason.REFERRAL_OUTCOME_RECORDED);
    }

    // ------------------------------------------------------------------ asynchronous steps

    @Test
    void aFailingRemovalRequestNeverUndoesTheOfficersGatheredEvidence() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0070");
        investigation.complete(TRIAGE_TASK, triage(false, TriageDecision.INVESTIGATE));
        investigation.complete(AUTHORISE_TASK, Map.of(AUTHORISED, true));
        delegates.fail(SEND_REMOVAL_REQUEST, new IllegalStateException("mail server down"));

        investigation.complete(GATHER_EVIDENCE_TASK, Map.of());

        Job job = managementService.createJobQuery().processInstanceId(investigation.id).singleResult();
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("mail server down");
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(investigation.id)
                .taskDefinitionKey(GATHER_EVIDENCE_TASK).finished().count()).isOne();
        assertThat(taskService.createTaskQuery().processInstanceId(investigation.id).count()).isZero();
        assertThat(job).hasRetries(EngineSettings.TRIES - 1)
                .hasDueDate(Date.from(MONDAY_MORNING.plus(Duration.ofMinutes(1))));

        delegates.recover(SEND_REMOVAL_REQUEST);
        managementService.executeJob(job.getId());
        investigation.waitingAt(AWAIT_REMOVAL_RESPONSE);
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(SEND_REMOVAL_REQUEST);
    }

    @Test
    void aLadoEscalationThatFailsOnceIsTriedAgainAMinuteLaterAndStillEscalates() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0071");
        Instant ladoDue = MONDAY_MORNING.plus(Duration.ofDays(1));
        Map<String, Object> triage = triage(true, TriageDecision.INVESTIGATE);
        triage.put(LADO_DUE, Date.from(ladoDue));
        investigation.complete(TRIAGE_TASK, triage);
        delegates.fail(ESCALATE_LADO, new IllegalStateException("database failing over"));

        moveClockTo(ladoDue.plus(Duration.ofSeconds(5)));
        Job timer = managementService.createJobQuery().processInstanceId(investigation.id).executable().singleResult();
        assertThatThrownBy(() -> managementService.executeJob(timer.getId())).hasMessageContaining("failing over");
        assertThat(timer).hasRetries(EngineSettings.TRIES - 1)
                .hasDueDate(Date.from(ladoDue.plus(Duration.ofSeconds(5)).plus(Duration.ofMinutes(1))));
        assertThat(delegates.calledFor(investigation.reference)).isEmpty();
        investigation.waitingForTask(LADO_REFERRAL_TASK, "officer");

        delegates.recover(ESCALATE_LADO);
        investigation.executeAvailableJobs();
        assertThat(delegates.calledFor(investigation.reference)).as("not due for a minute").isEmpty();
        moveClockTo(ladoDue.plus(Duration.ofMinutes(2)));
        investigation.executeAvailableJobs();

        assertThat(delegates.calledFor(investigation.reference)).containsExactly(ESCALATE_LADO);
        investigation.waitingForTask(LADO_REFERRAL_TASK, "officer");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(investigation.id).count()).isZero();
    }

    @Test
    void aStepThatFailsEveryTryIsTriedFiveTimesInTheFirstHourThenHourlyAndAfterADayBecomesAnIncident() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0072");
        Instant ladoDue = MONDAY_MORNING.plus(Duration.ofDays(1));
        Map<String, Object> triage = triage(true, TriageDecision.INVESTIGATE);
        triage.put(LADO_DUE, Date.from(ladoDue));
        investigation.complete(TRIAGE_TASK, triage);
        delegates.fail(ESCALATE_LADO, new IllegalStateException("mail server down"));

        Instant now = ladoDue;
        List<Duration> waits = new java.util.ArrayList<>();
        for (int attempt = 1; attempt <= EngineSettings.TRIES; attempt++) {
            moveClockTo(now);
            Job job = managementService.createJobQuery().processInstanceId(investigation.id).executable()
                    .singleResult();
            assertThat(job).as("try " + attempt + " is due at " + now).isNotNull();
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("mail server");
            assertThat(job).hasRetries(EngineSettings.TRIES - attempt);
            Job after = managementService.createJobQuery().jobId(job.getId()).singleResult();
            if (attempt < EngineSettings.TRIES) {
                Instant next = after.getDuedate().toInstant();
                waits.add(Duration.between(now, next));
                now = next;
            }
        }

        assertThat(waits.subList(0, 5)).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(4),
                Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30));
        assertThat(waits.subList(5, waits.size())).containsOnly(Duration.ofHours(1));
        assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofDays(1));
        var incident = runtimeService.createIncidentQuery().processInstanceId(investigation.id).singleResult();
        assertThat(incident).as("an incident after the last try").isNotNull();
        assertThat(incident.getTenantId()).isEqualTo(CHSCB);
        assertThat(incident.getActivityId()).isEqualTo("lado-timescale-missed");
        assertThat(incident.getIncidentMessage()).contains("mail server down");
        assertThat(managementService.createJobQuery().processInstanceId(investigation.id).executable().count())
                .as("nothing runs again by itself").isZero();

        // Tried again by hand (the Stuck work page): it runs once more, and this time the step is done.
        delegates.recover(ESCALATE_LADO);
        managementService.setJobRetries(1).jobId(incident.getConfiguration()).dueDate(ClockUtil.getCurrentTime())
                .execute();
        investigation.executeAvailableJobs();
        assertThat(delegates.calledFor(investigation.reference)).containsExactly(ESCALATE_LADO);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(investigation.id).count()).isZero();
    }

    // ------------------------------------------------------------------ tenancy

    @Test
    void anotherBoardsUserSeesNeitherTheInstanceNorItsTask() {
        Investigation investigation = new Investigation(CHSCB, "CHSCB-2026-0002");
        try {
            engine.getIdentityService().setAuthentication("nscb.officer", List.of("officer"), List.of(NSCB));
            assertThat(taskService.createTaskQuery().processInstanceId(investigation.id).count()).isZero();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(investigation.id).count())
                    .isZero();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        try {
            engine.getIdentityService().setAuthentication("chscb.officer", List.of("officer"), List.of(CHSCB));
            assertThat(taskService.createTaskQuery().processInstanceId(investigation.id).count()).isOne();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void aMessageCorrelatedForAnotherBoardNeverReachesTheCase() {
        Investigation investigation = investigatedUpToTheRemovalRequest(CHSCB, "CHSCB-2026-0003");

        assertThatThrownBy(() -> runtimeService.createMessageCorrelation(REMOVAL_RESPONSE_MESSAGE)
                .processInstanceBusinessKey(investigation.reference).tenantId(NSCB)
                .setVariable(REMOVAL_RESPONSE, REMOVED).correlate())
                .isInstanceOf(MismatchingMessageCorrelationException.class);

        investigation.waitingAt(AWAIT_REMOVAL_RESPONSE);
    }

    @Test
    void eachBoardHasItsOwnDefinition() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(KEY).tenantIdIn(CHSCB).count()).isOne();
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(KEY).tenantIdIn(NSCB).count()).isOne();
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(KEY).withoutTenantId().count()).isZero();
    }

    // ------------------------------------------------------------------ the model itself

    @Test
    void theModelOpensInAModellerWithEveryElementDrawnAndAHistoryTimeToLive() {
        InvestigationModels models = new InvestigationModels();
        for (String resource : models.resourceNames()) {
            BpmnModelInstance model = Bpmn.readModelFromStream(models.openFor(CHSCB, resource));
            Bpmn.validateModel(model);
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
            }
            var shapes = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(s -> s.getBpmnElement().getId()).toList();
            var edges = model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(e -> e.getBpmnElement().getId()).toList();
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(shapes).as("shape for " + node.getId()).contains(node.getId());
                assertThat(node.getName()).as("label of " + node.getId()).isNotBlank();
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                assertThat(edges).as("edge for " + flow.getId()).contains(flow.getId());
            }
        }
    }

    @Test
    void theDiagramIsLaidOutWithoutOverlapsWithLabelledEventsAndGatewaysAndBoundaryEventsOnTheirTasks() {
        BpmnModelInstance model = investigationModel();
        Map<String, Bounds> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), BpmnShape::getBounds));
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() instanceof Event || shape.getBpmnElement() instanceof Gateway) {
                assertThat(shape.getBpmnLabel()).as("label of " + shape.getBpmnElement().getId()).isNotNull();
                assertThat(shape.getBpmnLabel().getBounds()).as("label bounds of " + shape.getBpmnElement().getId())
                        .isNotNull();
            }
        }
        for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
            Bounds own = shapes.get(event.getId());
            Bounds task = shapes.get(event.getAttachedTo().getId());
            double x = own.getX() + own.getWidth() / 2;
            double y = own.getY() + own.getHeight() / 2;
            boolean onTopOrBottom = (y == task.getY() || y == task.getY() + task.getHeight())
                    && x >= task.getX() && x <= task.getX() + task.getWidth();
            boolean onLeftOrRight = (x == task.getX() || x == task.getX() + task.getWidth())
                    && y >= task.getY() && y <= task.getY() + task.getHeight();
            assertThat(onTopOrBottom || onLeftOrRight).as(event.getId() + " on the border of its task").isTrue();
        }
        List<String> ids = List.copyOf(shapes.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                if (attached(model, a, b) || attached(model, b, a)) {
                    continue;
                }
                assertThat(overlap(shapes.get(a), shapes.get(b))).as(a + " overlaps " + b).isFalse();
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
            List<Waypoint> points = List.copyOf(edge.getWaypoints());
            assertThat(points).as("waypoints of " + flow.getId()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(onBorder(points.get(0), shapes.get(flow.getSource().getId())))
                    .as(flow.getId() + " leaves its source").isTrue();
            assertThat(onBorder(points.get(points.size() - 1), shapes.get(flow.getTarget().getId())))
                    .as(flow.getId() + " reaches its target").isTrue();
        }
    }

    @Test
    void theModelHasEveryTaskAndMessageOfTheContractForTheRightPeople() {
        BpmnModelInstance model = investigationModel();
        Map<String, String> candidateGroups = Map.of(
                TRIAGE_TASK, "officer", LADO_REFERRAL_TASK, "officer", AUTHORISE_TASK, "senior",
                uk.safeguardcases.domain.cases.InvestigationProcess.ADULT_SAFEGUARDING_REPORT_TASK, "officer",
                GATHER_EVIDENCE_TASK, "officer", REVIEW_CONTEST_TASK, "officer", DECIDE_EXTENSION_TASK, "officer",
                VERIFY_REMOVAL_TASK, "officer", DECIDE_OUTCOME_TASK, "officer", APPROVE_REFERRAL_TASK, "senior");
        Map<String, String> userTasks = model.getModelElementsByType(UserTask.class).stream()
                .collect(Collectors.toMap(UserTask::getId, UserTask::getCamundaCandidateGroups));
        assertThat(userTasks).isEqualTo(candidateGroups);

        Map<String, String> messages = model.getModelElementsByType(ReceiveTask.class).stream()
                .collect(Collectors.toMap(ReceiveTask::getId, t -> t.getMessage().getName()));
        assertThat(messages).isEqualTo(Map.of(
                AWAIT_REMOVAL_RESPONSE, REMOVAL_RESPONSE_MESSAGE, AWAIT_COOPERATION, COOPERATION_RESPONSE_MESSAGE,
                AWAIT_HR_ACKNOWLEDGEMENT, HR_ACKNOWLEDGEMENT_MESSAGE, AWAIT_HR_OUTCOME, HR_OUTCOME_MESSAGE));
    }

    @Test
    void onlySendingRunsAfterTheUsersWorkIsSavedAndEveryServiceTaskUsesADelegateBean() {
        Map<String, Boolean> asyncByDelegate = new HashMap<>();
        for (ServiceTask task : investigationModel().getModelElementsByType(ServiceTask.class)) {
            String expression = task.getCamundaDelegateExpression();
            assertThat(expression).as(task.getId()).matches("\\$\\{[a-zA-Z]+Delegate}");
            assertThat(task.getCamundaClass()).as(task.getId()).isNull();
            asyncByDelegate.put(expression.substring(2, expression.length() - 1), task.isCamundaAsyncBefore());
        }
        assertThat(asyncByDelegate.keySet()).containsExactlyInAnyOrderElementsOf(RecordingDelegates.ALL);
        Set<String> asynchronous = asyncByDelegate.entrySet().stream().filter(Map.Entry::getValue)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(asynchronous)
                .containsExactlyInAnyOrder(SEND_REMOVAL_REQUEST, SEND_COOPERATION_REQUEST, SEND_REFERRAL);
    }

    // ------------------------------------------------------------------ paths to a state

    private Investigation investigatedUpToTheRemovalRequest(String board, String reference) {
        Investigation investigation = new Investigation(board, reference);
        investigation.complete(TRIAGE_TASK, triage(false, TriageDecision.INVESTIGATE));
        investigation.complete(AUTHORISE_TASK, Map.of(AUTHORISED, true));
        investigation.waitingForTask(GATHER_EVIDENCE_TASK, "officer");
        investigation.complete(GATHER_EVIDENCE_TASK, Map.of());
        investigation.executeAvailableJobs();
        investigation.waitingAt(AWAIT_REMOVAL_RESPONSE);
        assertThat(delegates.calledFor(reference)).containsExactly(SEND_REMOVAL_REQUEST);
        return investigation;
    }

    private Investigation askedToCooperate(String board, String reference) {
        Investigation investigation = investigatedUpToTheRemovalRequest(board, reference);
        investigation.correlate(REMOVAL_RESPONSE_MESSAGE, Map.of(REMOVAL_RESPONSE, REMOVED));
        investigation.executeAvailableJobs();
        investigation.waitingAt(AWAIT_COOPERATION);
        return investigation;
    }

    private Investigation decidingTheOutcome(String board, String reference) {
        Investigation investigation = askedToCooperate(board, reference);
        investigation.correlate(COOPERATION_RESPONSE_MESSAGE, Map.of());
        investigation.complete(VERIFY_REMOVAL_TASK, Map.of());
        investigation.waitingForTask(DECIDE_OUTCOME_TASK, "officer");
        return investigation;
    }

    private Investigation referredToHr(String board, String reference, CaseOutcome outcome) {
        Investigation investigation = decidingTheOutcome(board, reference);
        investigation.complete(DECIDE_OUTCOME_TASK, Map.of(OUTCOME, outcome.name()));
        investigation.complete(APPROVE_REFERRAL_TASK, Map.of(REFERRAL_APPROVED, true));
        investigation.executeAvailableJobs();
        investigation.waitingAt(AWAIT_HR_ACKNOWLEDGEMENT);
        return investigation;
    }

    /** A process's outcome, as {@code TriageService} sends it: its name, and the reason it closes the case with. */
    private static Map<String, Object> closingAtTriage(TriageDecision decision, ClosureReason reason) {
        Map<String, Object> variables = triage(false, decision);
        variables.put(TRIAGE_CLOSURE_REASON, reason.name());
        return variables;
    }

    private static Map<String, Object> triage(boolean harmThresholdMet, TriageDecision decision) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(HARM_THRESHOLD_MET, harmThresholdMet);
        variables.put(TRIAGE_DECISION, decision.name());
        return variables;
    }

    private static void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    // ------------------------------------------------------------------ the model's geometry

    private static BpmnModelInstance investigationModel() {
        InvestigationModels models = new InvestigationModels();
        return Bpmn.readModelFromStream(models.openFor(CHSCB, "bpmn/breach-investigation.bpmn"));
    }

    private static boolean attached(BpmnModelInstance model, String boundaryId, String taskId) {
        return model.getModelElementById(boundaryId) instanceof BoundaryEvent event
                && event.getAttachedTo().getId().equals(taskId);
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static boolean onBorder(Waypoint point, Bounds bounds) {
        double x = point.getX();
        double y = point.getY();
        boolean within = x >= bounds.getX() && x <= bounds.getX() + bounds.getWidth()
                && y >= bounds.getY() && y <= bounds.getY() + bounds.getHeight();
        return within && (x == bounds.getX() || x == bounds.getX() + bounds.getWidth()
                || y == bounds.getY() || y == bounds.getY() + bounds.getHeight());
    }

    // ------------------------------------------------------------------ one case's process instance

    /** One case's process instance, driven the way the services drive it. */
    private final class Investigation {

        final String board;
        final String reference;
        final ProcessInstance instance;
        final String id;

        Investigation(String board, String reference) {
            this.board = board;
            this.reference = reference;
            this.instance = runtimeService.createProcessInstanceByKey(KEY)
                    .processDefinitionTenantId(board)
                    .businessKey(reference)
                    .execute();
            this.id = instance.getId();
        }

        /** Asserts the instance waits for exactly this user task, offered (unassigned) to this group, and returns it. */
        Task waitingForTask(String taskKey, String candidateGroup) {
            Task task = task(instance); // its only task: more than one fails
            assertThat(task).hasDefinitionKey(taskKey).hasCandidateGroup(candidateGroup);
            assertThat(task.getTenantId()).isEqualTo(board);
            waitingAt(taskKey);
            return task;
        }

        /** Asserts the instance is still running and waiting in exactly this activity (a user or receive task). */
        void waitingAt(String activityId) {
            assertThat(instance).isWaitingAtExactly(activityId);
        }

        void complete(String taskKey, Map<String, Object> variables) {
            Task task = task(taskKey, instance);
            assertThat(task).as("open task " + taskKey).isNotNull();
            taskService.complete(task.getId(), variables);
        }

        void correlate(String message, Map<String, Object> variables) {
            runtimeService.createMessageCorrelation(message)
                    .processInstanceBusinessKey(reference)
                    .tenantId(board)
                    .setVariables(variables)
                    .correlate();
        }

        /** Runs every job of this instance that is due on the engine clock, including jobs they create. */
        void executeAvailableJobs() {
            for (int round = 0; round < 100; round++) {
                List<Job> due = managementService.createJobQuery().processInstanceId(id).executable().list();
                if (due.isEmpty()) {
                    return;
                }
                managementService.executeJob(due.get(0).getId());
            }
            throw new AssertionError("jobs keep coming for " + reference);
        }

        /** The due dates of this instance's timers. */
        List<Instant> timerDueDates() {
            return managementService.createJobQuery().processInstanceId(id).timers().list().stream()
                    .map(job -> job.getDuedate().toInstant()).toList();
        }

        /** A date-time process variable: an ISO-8601 string or a Date (the timers accept both). */
        Instant instant(String variable) {
            Object value = runtimeService.getVariable(id, variable);
            if (value instanceof Date date) {
                return date.toInstant();
            }
            assertThat(value).as(variable).isInstanceOf(String.class);
            return Instant.parse((String) value);
        }

        void assertClosedWith(ClosureReason reason) {
            assertThat(instance).isEnded();
            var history = historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
            assertThat(history.getEndActivityId()).isEqualTo(CASE_CLOSED);
            assertThat(history.getBusinessKey()).isEqualTo(reference);
            assertThat(delegates.closureReasonSeenBy(reference)).as("reason seen by " + CLOSE_CASE)
                    .isEqualTo(reason.name());
        }
    }
}

package uk.safeguardcases.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.access.SubjectAccessPause;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.access.SubjectAccessRequestDetails;
import uk.safeguardcases.domain.deadline.Deadline;

/**
 * A subject access request as the engine runs it, the clock moved: the officers' task with a reminder a working week
 * before the deadline and an escalation when it passes (both leaving the task open); an extension that sets both
 * timers again for the new dates; the answer that ends it; and a board's request that is its board's only.
 */
class SubjectAccessProcessTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-02T10:00:00Z");
    private static final Instant REMINDER = Instant.parse("2026-11-25T17:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-02T17:00:00Z");

    private ProcessEngine engine;
    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void start() {
        ClockUtil.setCurrentTime(Date.from(RECEIVED));
        engine = engineWith("chscb", "cwmtaf");
        Mocks.register("subjectAccessReminderDelegate", (JavaDelegate) execution -> steps.add("reminded "
                + execution.getVariable("subjectAccessRequestId") + " at " + ClockUtil.getCurrentTime().toInstant()));
        Mocks.register("subjectAccessOverdueDelegate", (JavaDelegate) execution -> steps.add("escalated "
                + execution.getVariable("subjectAccessRequestId") + " at " + ClockUtil.getCurrentTime().toInstant()));
    }

    @AfterEach
    void closeEngine() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void theOfficersAreRemindedAWeekBeforeAndTheSeniorsToldWhenItPassesWhileTheTaskStaysOpen() {
        ProcessInstance sar = startFor("chscb", 7L, REMINDER, DUE);
        assertThat(task(sar)).hasDefinitionKey("answer-subject-access-request");
        assertThat(timers(sar)).extracting(job -> job.getDuedate().toInstant()).containsExactlyInAnyOrder(REMINDER, DUE);

        moveTo("2026-11-25T17:00:01Z");
        runDue(sar);
        assertThat(steps).containsExactly("reminded 7 at 2026-11-25T17:00:01Z");
        assertThat(task(sar)).hasDefinitionKey("answer-subject-access-request");

        moveTo("2026-12-02T17:00:01Z");
        runDue(sar);
        assertThat(steps).containsExactly("reminded 7 at 2026-11-25T17:00:01Z", "escalated 7 at 2026-12-02T17:00:01Z");
        assertThat(task(sar)).hasDefinitionKey("answer-subject-access-request"); // overdue, it must still be answered
        assertThat(timers(sar)).isEmpty();

        answer(sar);
        assertThat(sar).isEnded();
    }

    @Test
    void anExtensionSetsTheReminderAndTheDeadlineAgainForTheNewDates() {
        ProcessInstance sar = startFor("chscb", 8L, REMINDER, DUE);
        Instant laterReminder = Instant.parse("2027-01-26T17:00:00Z");
        Instant laterDue = Instant.parse("2027-02-02T17:00:00Z");

        moveTo("2026-11-20T12:00:00Z");
        engine.getRuntimeService().createMessageCorrelation("subject-access-extended")
                .processInstanceId(sar.getId())
                .setVariables(Map.of("reminderAt", Date.from(laterReminder), "answerDue", Date.from(laterDue)))
                .correlate();

        assertThat(task(sar)).hasDefinitionKey("answer-subject-access-request");
        assertThat(timers(sar)).extracting(job -> job.getDuedate().toInstant())
                .containsExactlyInAnyOrder(laterReminder, laterDue);

        // The first month's dates pass: nothing happens.
        moveTo("2026-12-03T09:00:00Z");
        runDue(sar);
        assertThat(steps).isEmpty();

        moveTo("2027-01-26T17:00:01Z");
        runDue(sar);
        assertThat(steps).containsExactly("reminded 8 at 2027-01-26T17:00:01Z");

        answer(sar);
        assertThat(sar).isEnded();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(sar.getId()).count()).isZero();
    }

    @Test
    void aPausedRequestWaitsWithoutTimersAndItsDueDateAndReminderMoveByThePause() {
        // The request as the product keeps it: received 2 November, due 2 December, reminded a week before.
        SubjectAccessRequest request = new SubjectAccessRequest("CHSCB-SAR-2026-0012", new SubjectAccessRequestDetails(
                "Rhodri ap Siôn", "Rhodri ap Siôn", null, LocalDate.of(2026, 11, 2), "chscb.officer", "Seen"), null,
                "chscb.officer", RECEIVED, LocalDate.of(2026, 12, 2), Deadline.due(DUE, REMINDER));
        ProcessInstance sar = startFor("chscb", 12L, REMINDER, DUE);

        // 9 November: the board asks which information is wanted; the clock stops (UK GDPR Article 12A).
        moveTo("2026-11-09T10:00:00Z");
        request.pause(SubjectAccessPause.CLARIFICATION, "Which e-mails?", "chscb.officer", LocalDate.of(2026, 11, 9));
        engine.getRuntimeService().createMessageCorrelation("subject-access-paused").processInstanceId(sar.getId())
                .correlate();
        assertThat(sar).isWaitingAt("waiting-for-the-requester");
        assertThat(timers(sar)).isEmpty();

        // The first reminder's and deadline's times pass while it waits: nothing happens.
        moveTo("2026-12-02T17:00:01Z");
        runDue(sar);
        assertThat(steps).isEmpty();

        // 16 December: the answer arrives, 37 days later: the dates move by 37 days.
        moveTo("2026-12-16T09:00:00Z");
        LocalDate moved = request.dueIfResumedOn(LocalDate.of(2026, 12, 16));
        assertThat(moved).isEqualTo(LocalDate.of(2027, 1, 8));
        Instant movedDue = DUE.plus(Duration.ofDays(37));
        Instant movedReminder = REMINDER.plus(Duration.ofDays(37));
        request.resume(LocalDate.of(2026, 12, 16), d -> d, Deadline.due(movedDue, movedReminder));
        assertThat(request.answerDue()).isEqualTo(LocalDate.of(2027, 1, 8));
        engine.getRuntimeService().createMessageCorrelation("subject-access-resumed").processInstanceId(sar.getId())
                .setVariables(Map.of("reminderAt", Date.from(request.answerBy().reminderAt()),
                        "answerDue", Date.from(request.answerBy().due())))
                .correlate();

        assertThat(task(sar)).hasDefinitionKey("answer-subject-access-request");
        assertThat(timers(sar)).extracting(job -> job.getDuedate().toInstant())
                .containsExactlyInAnyOrder(movedReminder, movedDue);
        moveTo("2027-01-01T17:00:01Z");
        runDue(sar);
        assertThat(steps).containsExactly("reminded 12 at 2027-01-01T17:00:01Z");
        moveTo("2027-01-08T17:00:01Z");
        runDue(sar);
        assertThat(steps).containsExactly("reminded 12 at 2027-01-01T17:00:01Z", "escalated 12 at 2027-01-08T17:00:01Z");
        answer(sar);
        assertThat(sar).isEnded();
    }

    @Test
    void aPausedRequestCanBePausedAgainAfterItResumesAndIsAnsweredOnlyOnceTheClockRuns() {
        ProcessInstance sar = startFor("cwmtaf", 13L, REMINDER, DUE);
        engine.getRuntimeService().createMessageCorrelation("subject-access-paused").processInstanceId(sar.getId())
                .correlate();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(sar.getId()).count())
                .as("no task to answer while the clock is paused").isZero();
        engine.getRuntimeService().createMessageCorrelation("subject-access-resumed").processInstanceId(sar.getId())
                .setVariables(Map.of("reminderAt", Date.from(REMINDER), "answerDue", Date.from(DUE))).correlate();
        engine.getRuntimeService().createMessageCorrelation("subject-access-paused").processInstanceId(sar.getId())
                .correlate();
        assertThat(sar).isWaitingAt("waiting-for-the-requester");
        assertThat(timers(sar)).isEmpty();
        engine.getRuntimeService().createMessageCorrelation("subject-access-resumed").processInstanceId(sar.getId())
                .setVariables(Map.of("reminderAt", Date.from(REMINDER.plus(Duration.ofDays(3))),
                        "answerDue", Date.from(DUE.plus(Duration.ofDays(3))))).correlate();
        assertThat(timers(sar)).extracting(job -> job.getDuedate().toInstant()).containsExactlyInAnyOrder(
                REMINDER.plus(Duration.ofDays(3)), DUE.plus(Duration.ofDays(3)));
        answer(sar);
        assertThat(sar).isEnded();
    }

    @Test
    void answeredInTimeNothingIsRemindedOrEscalated() {
        ProcessInstance sar = startFor("chscb", 9L, REMINDER, DUE);
        moveTo("2026-11-10T11:00:00Z");
        answer(sar);

        moveTo("2026-12-31T12:00:00Z");
        assertThat(engine.getManagementService().createJobQuery().timers().list()).isEmpty();
        assertThat(steps).isEmpty();
        assertThat(sar).isEnded();
    }

    @Test
    void aBoardsRequestAndItsTimersAreThatBoardsOnly() {
        ProcessInstance chscb = startFor("chscb", 10L, REMINDER, DUE);
        ProcessInstance cwmtaf = startFor("cwmtaf", 11L, REMINDER, DUE);
        assertThat(chscb.getTenantId()).isEqualTo("chscb");
        assertThat(cwmtaf.getTenantId()).isEqualTo("cwmtaf");
        assertThat(timers(chscb)).extracting(Job::getTenantId).containsOnly("chscb");
        assertThat(engine.getTaskService().createTaskQuery().tenantIdIn("cwmtaf").list())
                .extracting(t -> t.getProcessInstanceId()).containsExactly(cwmtaf.getId());
    }

    private ProcessInstance startFor(String board, long id, Instant reminderAt, Instant due) {
        return engine.getRuntimeService().createProcessInstanceByKey("subject-access-request").processDefinitionTenantId(board)
                .businessKey(board.toUpperCase() + "-SAR-2026-000" + id)
                .setVariables(Map.of("subjectAccessRequestId", id, "reminderAt", Date.from(reminderAt),
                        "answerDue", Date.from(due)))
                .execute();
    }

    private void answer(ProcessInstance sar) {
        engine.getTaskService().complete(task(sar).getId());
    }

    private List<Job> timers(ProcessInstance sar) {
        return engine.getManagementService().createJobQuery().processInstanceId(sar.getId()).timers().list();
    }

    private void runDue(ProcessInstance sar) {
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(sar.getId()).executable().list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    private static void moveTo(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    private static ProcessEngine engineWith(String... boards) {
        return TestEngines.withModels(new SubjectAccessModels(), boards);
    }
}

package uk.safeguardcases.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import uk.safeguardcases.domain.dpcomplaint.DataProtectionComplaint;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintProcess;

/**
 * Data protection complaints as the engine runs them (DPA 2018 s.164A): a complaint nobody acknowledges reminds the
 * officers a week before its last day and escalates on that day (the clock moved), each once; one acknowledged in
 * time does neither and waits for its outcome; another board's complaints are its own.
 */
class DpComplaintProcessTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Received on Monday 2 November 2026 at 16:30 in London. */
    private static final Instant RECEIVED = Instant.parse("2026-11-02T16:30:00Z");

    private ProcessEngine engine;
    private final List<String> steps = new ArrayList<>();
    private DataProtectionComplaint complaint;

    @BeforeEach
    void start() {
        ClockUtil.setCurrentTime(Date.from(RECEIVED));
        engine = TestEngines.withModels(new DpComplaintModels(), "cwmtaf", "chscb");
        Mocks.register("dpComplaintReminderDelegate",
                (JavaDelegate) e -> steps.add("reminded " + e.getVariable(DpComplaintProcess.COMPLAINT_ID)));
        Mocks.register("dpComplaintEscalationDelegate",
                (JavaDelegate) e -> steps.add("escalated " + e.getVariable(DpComplaintProcess.COMPLAINT_ID)));
        complaint = DataProtectionComplaint.receive("CTSB-DP-2026-0001", "x", "Fy nghŵyn", "Siân", "s@example.org",
                null, null, "cy", null, null, RECEIVED);
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
    void theTimersStandAWeekBeforeAndOnTheThirtiethDayAfterReceipt() {
        ProcessInstance instance = receive("cwmtaf", 1L);
        LocalDate lastDay = LocalDate.of(2026, 12, 2);
        assertThat(complaint.acknowledgeBy()).as("30 days counted from the day after receipt").isEqualTo(lastDay);
        assertThat(timers(instance)).extracting(j -> j.getDuedate().toInstant()).containsExactlyInAnyOrder(
                lastDay.minusDays(7).atTime(9, 0).atZone(UK).toInstant(), lastDay.atTime(9, 0).atZone(UK).toInstant());
        assertThat(instance).isWaitingAt(DpComplaintProcess.ACKNOWLEDGE);
    }

    @Test
    void aComplaintUnacknowledgedAtThirtyDaysRemindsThenEscalatesEachOnce() {
        ProcessInstance instance = receive("cwmtaf", 2L);

        moveTo(complaint.reminderAt().minusSeconds(60));
        runDue(instance);
        assertThat(steps).as("nothing before the reminder's time").isEmpty();

        moveTo(complaint.reminderAt().plusSeconds(1));
        runDue(instance);
        assertThat(steps).containsExactly("reminded 2");

        moveTo(complaint.escalateAt().minusSeconds(60));
        runDue(instance);
        assertThat(steps).as("not escalated before the last day").containsExactly("reminded 2");

        moveTo(complaint.escalateAt().plusSeconds(1));
        runDue(instance);
        assertThat(steps).containsExactly("reminded 2", "escalated 2");
        assertThat(timers(instance)).as("nothing more is due").isEmpty();
        assertThat(instance).as("still waiting to be acknowledged").isWaitingAt(DpComplaintProcess.ACKNOWLEDGE)
                .hasPassed("remind-to-acknowledge", "escalate-acknowledgement");

        moveTo(complaint.escalateAt().plusSeconds(3600 * 24 * 40));
        runDue(instance);
        assertThat(steps).as("each once, however long it waits").hasSize(2);

        acknowledge(instance);
        engine.getRuntimeService().createMessageCorrelation(DpComplaintProcess.OUTCOME_SENT)
                .processInstanceId(instance.getId()).setVariables(Map.of("outcome", "UPHELD")).correlate();
        assertThat(instance).isEnded().hasPassed(DpComplaintProcess.RESPOND, "dp-complaint-closed");
    }

    @Test
    void aComplaintAcknowledgedInTimeNeitherRemindsNorEscalatesAndWaitsForItsOutcome() {
        ProcessInstance instance = receive("cwmtaf", 3L);
        moveTo(RECEIVED.plusSeconds(3600 * 24 * 3));
        acknowledge(instance);

        assertThat(instance).isWaitingAt(DpComplaintProcess.RESPOND);
        assertThat(timers(instance)).as("the acknowledgement's timers went with it").isEmpty();
        moveTo(complaint.escalateAt().plusSeconds(3600 * 24 * 10));
        runDue(instance);
        assertThat(steps).isEmpty();
        assertThat(instance).hasNotPassed("remind-to-acknowledge", "escalate-acknowledgement");
    }

    @Test
    void anOutcomeSentWithinTheThirtyDaysAcknowledgesItNoReminderOrEscalationFollows() {
        ProcessInstance instance = receive("cwmtaf", 7L);
        moveTo(RECEIVED.plusSeconds(3600 * 24 * 10));
        engine.getRuntimeService().createMessageCorrelation(DpComplaintProcess.OUTCOME_SENT)
                .processInstanceId(instance.getId()).setVariables(Map.of("outcome", "NOT_UPHELD")).correlate();

        assertThat(instance).isEnded().hasPassed("outcome-sent-unacknowledged", "dp-complaint-closed-by-outcome");
        assertThat(timers(instance)).as("the acknowledgement's timers went with it").isEmpty();
        moveTo(complaint.reminderAt().plusSeconds(1));
        runDue(instance);
        moveTo(complaint.escalateAt().plusSeconds(3600 * 24 * 10));
        runDue(instance);
        assertThat(steps).as("neither reminded nor escalated").isEmpty();
        assertThat(engine.getManagementService().createJobQuery().timers().list()).as("no timer of it anywhere")
                .noneMatch(j -> instance.getId().equals(j.getProcessInstanceId()));
    }

    @Test
    void aComplaintAcknowledgedAfterTheReminderIsNotEscalated() {
        ProcessInstance instance = receive("cwmtaf", 4L);
        moveTo(complaint.reminderAt().plusSeconds(1));
        runDue(instance);
        acknowledge(instance);
        moveTo(complaint.escalateAt().plusSeconds(1));
        runDue(instance);
        assertThat(steps).containsExactly("reminded 4");
    }

    @Test
    void aBoardsComplaintsAreThatBoardsOnly() {
        ProcessInstance cwmtaf = receive("cwmtaf", 5L);
        ProcessInstance chscb = receive("chscb", 6L);
        assertThat(timers(cwmtaf)).extracting(Job::getTenantId).containsOnly("cwmtaf");
        assertThat(timers(chscb)).extracting(Job::getTenantId).containsOnly("chscb");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn("chscb").list())
                .extracting(ProcessInstance::getId).containsExactly(chscb.getId());
    }

    @Test
    void everyServiceTaskOfTheModelHasItsProductionDelegate() {
        DpComplaintModels models = new DpComplaintModels();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (String resource : models.resourceNames()) {
            org.camunda.bpm.model.bpmn.Bpmn.readModelFromStream(models.openFor("cwmtaf", resource))
                    .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ServiceTask.class)
                    .forEach(t -> named.add(t.getCamundaDelegateExpression().replace("${", "").replace("}", "")));
        }
        java.util.Set<String> produced = java.util.Arrays.stream(
                        uk.safeguardcases.workflows.delegates.DpComplaintDelegates.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(jakarta.inject.Named.class))
                .map(m -> m.getAnnotation(jakarta.inject.Named.class).value())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(produced).isEqualTo(named).hasSize(2);
    }

    private ProcessInstance receive(String board, long id) {
        return engine.getRuntimeService().createProcessInstanceByKey(DpComplaintProcess.KEY)
                .processDefinitionTenantId(board).businessKey(board.toUpperCase() + "-DP-2026-000" + id)
                .setVariables(Map.of(DpComplaintProcess.COMPLAINT_ID, id,
                        DpComplaintProcess.REMIND_AT, Date.from(complaint.reminderAt()),
                        DpComplaintProcess.ESCALATE_AT, Date.from(complaint.escalateAt()))).execute();
    }

    private void acknowledge(ProcessInstance instance) {
        engine.getRuntimeService().createMessageCorrelation(DpComplaintProcess.ACKNOWLEDGED)
                .processInstanceId(instance.getId()).correlate();
    }

    private List<Job> timers(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().list();
    }

    private void runDue(ProcessInstance instance) {
        for (int round = 0; round < 5; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private static void moveTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}

package uk.safeguardcases.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.official.Certification;

/**
 * Official accounts as the engine runs them (CHSCB Authorised Use of Official Social Media Accounts): a business case
 * approved, consulted on and then approved, or refused (2.1-2.2); and an accreditation's three-year cycle with the
 * clock moved: reminded 60 and 30 days before expiry, suspended at expiry, renewed before or after it (3.1).
 */
class OfficialAccountProcessTest {

    private static final LocalDate PASSED = LocalDate.of(2026, 11, 23);
    private static final LocalDate EXPIRES = Certification.expiresOn(PASSED);

    private ProcessEngine engine;
    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void start() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T10:00:00Z")));
        engine = TestEngines.withModels(new OfficialAccountModels(), "chscb", "cwmtaf");
        Mocks.register("accreditationFirstReminderDelegate", (JavaDelegate) e -> steps.add("60 days " + e.getVariable("expiresOn")));
        Mocks.register("accreditationSecondReminderDelegate", (JavaDelegate) e -> steps.add("30 days " + e.getVariable("expiresOn")));
        Mocks.register("accreditationExpiredDelegate", (JavaDelegate) e -> steps.add("suspended " + e.getVariable("expiresOn")));
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
    void anApprovedBusinessCaseEndsApprovedAfterTheSeniorsDecision() {
        ProcessInstance request = requestFor("chscb", "chscb.member");
        Task decide = task(request);
        assertThat(decide).hasDefinitionKey("decide-official-account").hasCandidateGroup("senior");
        assertThat(candidateGroups(decide)).as("and no other group").containsExactly("senior");

        complete(decide, "APPROVED");

        assertThat(request).isEnded().hasPassed("account-approved").hasNotPassed("request-refused");
    }

    @Test
    void furtherConsultationGoesToTheRequesterAndBackToTheBoardThenApproved() {
        ProcessInstance request = requestFor("chscb", "chscb.member");
        complete(task(request), "FURTHER_CONSULTATION");

        Task answer = task(request);
        assertThat(answer).hasDefinitionKey("answer-official-account-consultation");
        assertThat(answer).isAssignedTo("chscb.member"); // the requester's own task
        assertThat(engine.getTaskService().createTaskQuery().taskAssignee("chscb.member").count()).isOne();

        engine.getTaskService().complete(answer.getId());
        Task decideAgain = task(request);
        assertThat(decideAgain).hasDefinitionKey("decide-official-account");

        complete(decideAgain, "APPROVED");
        assertThat(request).isEnded().hasPassedInOrder("decide-official-account",
                "answer-official-account-consultation", "decide-official-account", "account-approved");
    }

    @Test
    void aRefusedBusinessCaseEndsRefused() {
        ProcessInstance request = requestFor("chscb", "chscb.member");
        complete(task(request), "REFUSED");

        assertThat(request).isEnded().hasPassed("request-refused").hasNotPassed("account-approved");
    }

    @Test
    void anAccreditedUserIsReminded60And30DaysBeforeThenSuspendedAtExpiry() {
        ProcessInstance accreditation = accredit("chscb", 5L, EXPIRES);
        assertThat(timers(accreditation)).extracting(j -> j.getDuedate().toInstant())
                .containsExactly(Certification.firstReminderAt(EXPIRES));

        moveTo(Certification.firstReminderAt(EXPIRES).minusSeconds(60));
        runDue(accreditation);
        assertThat(steps).as("nothing before its time").isEmpty();

        moveTo(Certification.firstReminderAt(EXPIRES).plusSeconds(1));
        runDue(accreditation);
        assertThat(steps).containsExactly("60 days 2029-11-23");
        assertThat(timers(accreditation)).extracting(j -> j.getDuedate().toInstant())
                .containsExactly(Certification.secondReminderAt(EXPIRES));

        moveTo(Certification.secondReminderAt(EXPIRES).plusSeconds(1));
        runDue(accreditation);
        assertThat(steps).containsExactly("60 days 2029-11-23", "30 days 2029-11-23");
        assertThat(timers(accreditation)).extracting(j -> j.getDuedate().toInstant())
                .containsExactly(Instant.parse("2029-11-23T00:00:00Z"));

        moveTo(Instant.parse("2029-11-23T00:00:01Z"));
        runDue(accreditation);
        assertThat(steps).containsExactly("60 days 2029-11-23", "30 days 2029-11-23", "suspended 2029-11-23");
        assertThat(accreditation).isWaitingAtExactly("suspended-awaiting-renewal"); // until renewed
        assertThat(timers(accreditation)).isEmpty();
    }

    @Test
    void aRenewalAfterExpiryStartsTheCycleAgainFromTheNewPass() {
        ProcessInstance accreditation = accredit("chscb", 6L, EXPIRES);
        for (Instant at : List.of(Certification.firstReminderAt(EXPIRES), Certification.secondReminderAt(EXPIRES),
                Certification.expiresAt(EXPIRES))) {
            moveTo(at.plusSeconds(1));
            runDue(accreditation);
        }
        assertThat(steps).hasSize(3);

        LocalDate renewedExpiry = Certification.expiresOn(LocalDate.of(2029, 12, 1));
        moveTo(Instant.parse("2029-12-01T12:00:00Z"));
        renew(accreditation, renewedExpiry);

        assertThat(timers(accreditation)).extracting(j -> j.getDuedate().toInstant())
                .containsExactly(Certification.firstReminderAt(renewedExpiry));
        moveTo(Certification.firstReminderAt(renewedExpiry).plusSeconds(1));
        runDue(accreditation);
        assertThat(steps).last().isEqualTo("60 days 2032-12-01");
    }

    @Test
    void aRenewalBeforeExpiryReplacesTheOldCyclesTimers() {
        ProcessInstance accreditation = accredit("chscb", 7L, EXPIRES);
        moveTo(Certification.firstReminderAt(EXPIRES).plusSeconds(1));
        runDue(accreditation);
        assertThat(steps).containsExactly("60 days 2029-11-23");

        LocalDate renewedExpiry = Certification.expiresOn(LocalDate.of(2029, 10, 20));
        moveTo(Instant.parse("2029-10-20T12:00:00Z"));
        renew(accreditation, renewedExpiry);
        assertThat(timers(accreditation)).extracting(j -> j.getDuedate().toInstant())
                .containsExactly(Certification.firstReminderAt(renewedExpiry));

        // The old cycle's 30-day reminder and expiry pass: nothing happens.
        moveTo(Instant.parse("2029-11-24T12:00:00Z"));
        runDue(accreditation);
        assertThat(steps).containsExactly("60 days 2029-11-23");
        assertThat(accreditation).isWaitingAtExactly("certification-valid", "sixty-days-before-expiry");
    }

    @Test
    void aBoardsAccreditationsAndRequestsAreThatBoardsOnly() {
        ProcessInstance chscb = accredit("chscb", 8L, EXPIRES);
        ProcessInstance cwmtaf = requestFor("cwmtaf", "cwmtaf.member");
        assertThat(chscb.getTenantId()).isEqualTo("chscb");
        assertThat(timers(chscb)).extracting(Job::getTenantId).containsOnly("chscb");
        assertThat(engine.getTaskService().createTaskQuery().tenantIdIn("chscb").count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().tenantIdIn("cwmtaf").list())
                .extracting(Task::getProcessInstanceId).containsExactly(cwmtaf.getId());
    }

    @Test
    void theAccreditationsHistoryOutlivesAWholeCertificationCycle() {
        Integer days = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("official-account-accreditation").tenantIdIn("chscb").singleResult()
                .getHistoryTimeToLive();
        assertThat(days).isGreaterThan(3 * 366);
    }

    @Test
    void everyServiceTaskOfTheModelsHasItsProductionDelegate() {
        OfficialAccountModels models = new OfficialAccountModels();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (String resource : models.resourceNames()) {
            org.camunda.bpm.model.bpmn.Bpmn.readModelFromStream(models.openFor("chscb", resource))
                    .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ServiceTask.class)
                    .forEach(t -> named.add(t.getCamundaDelegateExpression().replace("${", "").replace("}", "")));
        }
        java.util.Set<String> produced = java.util.Arrays.stream(
                        uk.safeguardcases.workflows.delegates.OfficialAccountDelegates.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(jakarta.inject.Named.class))
                .map(m -> m.getAnnotation(jakarta.inject.Named.class).value())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(produced).isEqualTo(named).hasSize(3);
    }

    private ProcessInstance requestFor(String board, String requester) {
        return engine.getRuntimeService().createProcessInstanceByKey("official-account-request")
                .processDefinitionTenantId(board).businessKey(board.toUpperCase() + "-OA-2026-0001")
                .setVariables(Map.of("officialAccountRequestId", 1L, "requestedBy", requester)).execute();
    }

    private ProcessInstance accredit(String board, long id, LocalDate expiresOn) {
        return engine.getRuntimeService().createProcessInstanceByKey("official-account-accreditation")
                .processDefinitionTenantId(board).businessKey("ACCREDITATION-" + id).setVariables(cycle(id, expiresOn))
                .execute();
    }

    private void renew(ProcessInstance accreditation, LocalDate expiresOn) {
        engine.getRuntimeService().createMessageCorrelation("accreditation-renewed")
                .processInstanceId(accreditation.getId()).setVariables(cycle(null, expiresOn)).correlate();
    }

    private static Map<String, Object> cycle(Long id, LocalDate expiresOn) {
        Map<String, Object> variables = new HashMap<>();
        if (id != null) {
            variables.put("accreditationId", id);
        }
        variables.put("firstReminderAt", Date.from(Certification.firstReminderAt(expiresOn)));
        variables.put("secondReminderAt", Date.from(Certification.secondReminderAt(expiresOn)));
        variables.put("expiresAt", Date.from(Certification.expiresAt(expiresOn)));
        variables.put("expiresOn", expiresOn.toString());
        return variables;
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(l -> l.getGroupId()).filter(g -> g != null).toList();
    }

    private void complete(Task task, String decision) {
        engine.getTaskService().complete(task.getId(), Map.of("decision", decision));
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

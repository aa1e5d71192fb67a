package uk.safeguardcases.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
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

/**
 * The policy declaration processes as the engine runs them, the clock moved: a published version asks the members
 * in jobs of their own, a batch each until none is left, and reminds its owner 30 days before the review date, unless a later version comes first; a
 * member's declaration is signed by the member, countersigned by the manager they named, reminded at 7 and 14 days
 * and escalated to the manager at 21 while the task stays open, and ended by a later version.
 */
class PolicyDeclarationProcessTest {

    private static final Instant PUBLISHED = Instant.parse("2026-04-01T09:00:00Z");
    private static final Instant REVIEW_REMINDER = Instant.parse("2027-03-02T09:00:00Z");

    private ProcessEngine engine;
    private final List<String> steps = new ArrayList<>();
    private int batchesLeft;

    @BeforeEach
    void start() {
        ClockUtil.setCurrentTime(Date.from(PUBLISHED));
        engine = TestEngines.withModels(new DeclarationModels(), "chscb", "cwmtaf");
        // Asking says whether there may be more members to ask: from batchesLeft, none unless a test says so.
        Mocks.register("askMembersDelegate", (JavaDelegate) execution -> {
            steps.add("asked " + execution.getVariable("policyVersionId") + " at "
                    + ClockUtil.getCurrentTime().toInstant());
            execution.setVariable("moreToAsk", batchesLeft-- > 0);
        });
        record("policyReviewDelegate", "owner reminded", "policyVersionId");
        record("declarationReminderDelegate", "reminded", "declarationId");
        record("declarationSecondReminderDelegate", "reminded again", "declarationId");
        record("declarationEscalationDelegate", "manager told", "declarationId");
    }

    private void record(String delegate, String what, String variable) {
        Mocks.register(delegate, (JavaDelegate) execution -> steps.add(what + " " + execution.getVariable(variable)
                + " at " + ClockUtil.getCurrentTime().toInstant()));
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
    void aPublishedVersionAsksTheMembersInAJobAndRemindsItsOwnerBeforeTheReview() {
        ProcessInstance version = publish("chscb", 1L);
        assertThat(steps).as("asking runs after the publishing transaction, as a job").isEmpty();
        runDue(version);
        assertThat(steps).containsExactly("asked 1 at " + PUBLISHED);
        assertThat(version).isWaitingAtExactly("awaiting-review");
        assertThat(timers(version)).extracting(j -> j.getDuedate().toInstant()).containsExactly(REVIEW_REMINDER);

        moveTo("2027-03-02T09:00:01Z");
        runDue(version);
        assertThat(steps).containsExactly("asked 1 at " + PUBLISHED, "owner reminded 1 at 2027-03-02T09:00:01Z");
        assertThat(version).isEnded();
    }

    @Test
    void aBoardOfManyMembersIsAskedInBatchesEachAJobOfItsOwnUntilNoneIsLeft() {
        batchesLeft = 2;
        ProcessInstance version = publish("cwmtaf", 4L);
        for (int batch = 1; batch <= 3; batch++) {
            assertThat(version).isWaitingAt("ask-members");
            assertThat(engine.getManagementService().createJobQuery().processInstanceId(version.getId()).executable()
                    .count()).as("batch " + batch + " is one job").isOne();
            runDue(version);
            assertThat(steps).as("after batch " + batch).hasSize(batch);
        }
        assertThat(version).isWaitingAtExactly("awaiting-review");
        assertThat(timers(version)).extracting(j -> j.getDuedate().toInstant()).containsExactly(REVIEW_REMINDER);
    }

    @Test
    void aLaterVersionEndsTheEarlierOnesWaitForReview() {
        ProcessInstance first = publish("chscb", 1L);
        runDue(first);
        moveTo("2026-09-01T09:00:00Z");
        engine.getRuntimeService().createMessageCorrelation("policy-version-superseded")
                .processInstanceId(first.getId()).correlate();
        assertThat(first).isEnded();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(first.getId()).count()).isZero();
        moveTo("2027-03-03T09:00:00Z");
        assertThat(steps).containsExactly("asked 1 at " + PUBLISHED);
    }

    @Test
    void theMemberSignsAndTheManagerTheyNamedCountersigns() {
        ProcessInstance declaration = ask("chscb", 7L, "chscb.member");
        Task declare = task(declaration);
        assertThat(declare).hasDefinitionKey("declare").isAssignedTo("chscb.member");
        assertThat(timers(declaration)).extracting(j -> j.getDuedate().toInstant()).containsExactlyInAnyOrder(
                Instant.parse("2026-04-08T09:00:00Z"), Instant.parse("2026-04-15T09:00:00Z"),
                Instant.parse("2026-04-22T09:00:00Z"));

        moveTo("2026-04-03T10:00:00Z");
        engine.getTaskService().complete(declare.getId(), Map.of("managerUsername", "chscb.manager"));
        Task countersign = task(declaration);
        assertThat(countersign).hasDefinitionKey("countersign").isAssignedTo("chscb.manager");
        assertThat(timers(declaration)).as("signed: no reminders").isEmpty();

        engine.getTaskService().complete(countersign.getId());
        assertThat(declaration).isEnded();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(declaration.getId()).activityId("countersigned").count()).isOne();
        moveTo("2026-05-30T10:00:00Z");
        assertThat(steps).isEmpty();
    }

    @Test
    void theMemberIsRemindedAtSevenAndFourteenDaysAndTheManagerToldAtTwentyOneWhileTheFormStaysOpen() {
        ProcessInstance declaration = ask("chscb", 8L, "chscb.member");
        moveTo("2026-04-08T09:00:01Z");
        runDue(declaration);
        assertThat(steps).containsExactly("reminded 8 at 2026-04-08T09:00:01Z");
        moveTo("2026-04-15T09:00:01Z");
        runDue(declaration);
        moveTo("2026-04-22T09:00:01Z");
        runDue(declaration);
        assertThat(steps).containsExactly("reminded 8 at 2026-04-08T09:00:01Z",
                "reminded again 8 at 2026-04-15T09:00:01Z", "manager told 8 at 2026-04-22T09:00:01Z");
        assertThat(task(declaration)).hasDefinitionKey("declare"); // still to be signed
        assertThat(timers(declaration)).isEmpty();

        moveTo("2026-05-01T09:00:00Z");
        engine.getTaskService().complete(task(declaration).getId(), Map.of("managerUsername", "chscb.manager"));
        engine.getTaskService().complete(task(declaration).getId());
        assertThat(declaration).isEnded();
    }

    @Test
    void aNewVersionEndsAnUnsignedDeclarationAndItsReminders() {
        ProcessInstance declaration = ask("chscb", 9L, "chscb.member");
        moveTo("2026-04-09T09:00:00Z");
        runDue(declaration);
        engine.getRuntimeService().createMessageCorrelation("declaration-superseded")
                .processInstanceId(declaration.getId()).correlate();
        assertThat(declaration).isEnded();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(declaration.getId()).activityId("superseded").count()).isOne();
        moveTo("2026-05-30T09:00:00Z");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(declaration.getId()).count())
                .isZero();
        assertThat(steps).containsExactly("reminded 9 at 2026-04-09T09:00:00Z");
    }

    @Test
    void aBoardsDeclarationsAndTheirTimersAreThatBoardsOnly() {
        ProcessInstance chscb = ask("chscb", 10L, "chscb.member");
        ProcessInstance cwmtaf = ask("cwmtaf", 11L, "cwmtaf.member");
        assertThat(timers(chscb)).extracting(Job::getTenantId).containsOnly("chscb");
        assertThat(engine.getTaskService().createTaskQuery().tenantIdIn("cwmtaf").list())
                .extracting(Task::getProcessInstanceId).containsExactly(cwmtaf.getId());
        assertThat(engine.getTaskService().createTaskQuery().taskAssignee("chscb.member").list())
                .extracting(Task::getTenantId).containsExactly("chscb");
    }

    private ProcessInstance publish(String board, long versionId) {
        return engine.getRuntimeService().createProcessInstanceByKey("policy-version").processDefinitionTenantId(board)
                .businessKey(board.toUpperCase() + "-POLICY-" + versionId)
                .setVariables(Map.of("policyVersionId", versionId, "reviewReminderAt", Date.from(REVIEW_REMINDER)))
                .execute();
    }

    private ProcessInstance ask(String board, long declarationId, String member) {
        return engine.getRuntimeService().createProcessInstanceByKey("policy-declaration")
                .processDefinitionTenantId(board).businessKey("DECLARATION-" + declarationId)
                .setVariables(Map.of("declarationId", declarationId, "memberUsername", member)).execute();
    }

    private List<Job> timers(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().list();
    }

    private void runDue(ProcessInstance instance) {
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .executable().list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    private static void moveTo(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }
}

package uk.safeguardcases.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.transfer.TransferProcess;

/**
 * The two transfer processes as the engine runs them (issue 67), with stand-ins for their steps that do what
 * {@code TransferCrossing} does with the engine: the sending board's process starts the receiving board's (another
 * tenant) with what goes, the receiving board's first step takes it out of its process, and its answer comes back as
 * a message that the sending board's last step records. Without a check it goes at once; with one, a refusal ends it
 * and nothing goes; every step that crosses is a job of its own board.
 */
class TransferProcessTest {

    private ProcessEngine engine;
    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void start() {
        engine = TestEngines.withModels(new TransferModels(), "chscb", "cwmtaf");
        Mocks.register("sendTransferDelegate", (JavaDelegate) e -> {
            steps.add("sent by " + e.getTenantId() + " " + e.getVariable(TransferProcess.TRANSFER_ID));
            Map<String, Object> variables = new HashMap<>();
            variables.put(TransferProcess.PACKAGE, "{\"what\":\"goes\"}".getBytes(StandardCharsets.UTF_8));
            variables.put(TransferProcess.FROM_BOARD, e.getTenantId());
            variables.put(TransferProcess.FROM_INSTANCE, e.getProcessInstanceId());
            e.getProcessEngineServices().getRuntimeService().createProcessInstanceByKey(TransferProcess.RECEIVED_KEY)
                    .processDefinitionTenantId("cwmtaf").businessKey("CHSCB-2026-0042").setVariables(variables)
                    .execute();
        });
        Mocks.register("receiveTransferDelegate", (JavaDelegate) e -> {
            steps.add("kept by " + e.getTenantId() + ": "
                    + new String((byte[]) e.getVariable(TransferProcess.PACKAGE), StandardCharsets.UTF_8));
            e.setVariable(TransferProcess.RECEIVED_ID, 5L);
            e.removeVariable(TransferProcess.PACKAGE);
        });
        Mocks.register("tellSendingBoardDelegate", (JavaDelegate) e -> {
            steps.add("told by " + e.getTenantId());
            Map<String, Object> answer = new HashMap<>();
            answer.put(TransferProcess.ACCEPTED, e.getVariable(TransferProcess.ACCEPTED));
            answer.put(TransferProcess.DECISION_REASON, e.getVariable(TransferProcess.DECISION_REASON));
            answer.put(TransferProcess.THEIR_REFERENCE, e.getVariable(TransferProcess.THEIR_REFERENCE));
            e.getProcessEngineServices().getRuntimeService().createMessageCorrelation(TransferProcess.ANSWERED)
                    .processInstanceId((String) e.getVariable(TransferProcess.FROM_INSTANCE)).setVariables(answer)
                    .correlate();
        });
        Mocks.register("remindTransferDecisionDelegate", (JavaDelegate) e -> steps.add("reminded by " + e.getTenantId()
                + " of " + e.getVariable(TransferProcess.RECEIVED_ID)));
        Mocks.register("tellTransferChangeDelegate", (JavaDelegate) e -> steps.add("change told by " + e.getTenantId()
                + " to " + e.getVariable(TransferProcess.TO_BOARD) + ": " + e.getVariable(TransferProcess.CHANGE) + " "
                + e.getVariable(TransferProcess.FINDING) + " of case " + e.getVariable(TransferProcess.CASE_ID)));
        Mocks.register("tellCopyErasedDelegate", (JavaDelegate) e -> steps.add("erasure told by " + e.getTenantId()
                + " to " + e.getVariable(TransferProcess.FROM_BOARD) + " of " + e.getVariable(
                        TransferProcess.FROM_REFERENCE)));
        Mocks.register("recordTransferAnswerDelegate", (JavaDelegate) e -> steps.add("recorded by " + e.getTenantId()
                + ": " + e.getVariable(TransferProcess.ACCEPTED) + " " + e.getVariable(TransferProcess.THEIR_REFERENCE)));
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
    void withoutACheckItGoesAsAJobAndTheAcceptedAnswerComesBackToTheSendingBoard() {
        ProcessInstance sending = propose(false);
        assertThat(steps).as("nothing crosses in the proposing senior's own transaction").isEmpty();
        assertThat(jobs("chscb")).hasSize(1);

        runJobs();

        ProcessInstance receiving = engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn("cwmtaf")
                .processDefinitionKey(TransferProcess.RECEIVED_KEY).singleResult();
        assertThat(sending).isWaitingAt(TransferProcess.ANSWER);
        assertThat(receiving).isWaitingAt(TransferProcess.DECIDE);
        assertThat(steps).containsExactly("sent by chscb 41", "kept by cwmtaf: {\"what\":\"goes\"}");
        assertThat(engine.getRuntimeService().getVariable(receiving.getId(), TransferProcess.PACKAGE))
                .as("what came is no longer in the process once kept").isNull();
        assertThat(engine.getRuntimeService().getVariable(receiving.getId(), TransferProcess.RECEIVED_ID))
                .isEqualTo(5L);

        decide(receiving, true, "", "CTSB-2026-0003");
        runJobs();

        assertThat(receiving).isEnded();
        assertThat(sending).isEnded().hasPassed(TransferProcess.RECORD_ANSWER);
        assertThat(steps).containsExactly("sent by chscb 41", "kept by cwmtaf: {\"what\":\"goes\"}",
                "told by cwmtaf", "recorded by chscb: true CTSB-2026-0003");
    }

    @Test
    void aDeclineGoesBackTooAndEndsBothProcesses() {
        ProcessInstance sending = propose(false);
        runJobs();
        ProcessInstance receiving = engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn("cwmtaf")
                .singleResult();

        decide(receiving, false, "Nid yw’n gweithio yma", "");
        runJobs();

        assertThat(sending).isEnded();
        assertThat(receiving).isEnded();
        assertThat(steps).last().isEqualTo("recorded by chscb: false ");
    }

    @Test
    void withACheckItWaitsAndARefusalEndsItWithNothingSent() {
        ProcessInstance sending = propose(true);
        assertThat(sending).isWaitingAt(TransferProcess.CHECK);
        assertThat(jobs("chscb")).isEmpty();

        engine.getRuntimeService().createMessageCorrelation(TransferProcess.CHECKED)
                .processInstanceId(sending.getId()).setVariable(TransferProcess.AGREED, false).correlate();
        runJobs();

        assertThat(sending).isEnded().hasPassed("transfer-refused").hasNotPassed(TransferProcess.SEND);
        assertThat(steps).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn("cwmtaf").count()).isZero();
    }

    @Test
    void withACheckAnAgreementSendsIt() {
        ProcessInstance sending = propose(true);

        engine.getRuntimeService().createMessageCorrelation(TransferProcess.CHECKED)
                .processInstanceId(sending.getId()).setVariable(TransferProcess.AGREED, true).correlate();
        runJobs();

        assertThat(sending).isWaitingAt(TransferProcess.ANSWER);
        assertThat(steps).first().isEqualTo("sent by chscb 41");
    }

    @Test
    void anUndecidedCaseRemindsTheReceivingBoardWeeklyFourTimesAtMostAndADecisionStopsIt() {
        propose(false);
        runJobs();
        ProcessInstance receiving = engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn("cwmtaf")
                .singleResult();
        Instant start = ClockUtil.getCurrentTime().toInstant();

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(6))));
        runJobs();
        assertThat(steps).as("not yet a week").noneMatch(step -> step.startsWith("reminded"));
        for (int week = 1; week <= 6; week++) {
            ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(7L * week)).plusSeconds(60)));
            runJobs();
        }
        assertThat(steps.stream().filter(step -> step.equals("reminded by cwmtaf of 5"))).as("four at most").hasSize(4);
        assertThat(receiving).isWaitingAt(TransferProcess.DECIDE);

        decide(receiving, true, "", "CTSB-2026-0003");
        runJobs();
        assertThat(receiving).isEnded();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(receiving.getId()).count())
                .as("no reminder left once decided").isZero();
    }

    @Test
    void aChangeOfACaseSentIsToldAsAJobOfTheSendingBoardNotInTheTransactionThatMadeIt() {
        Map<String, Object> change = new HashMap<>();
        change.put(TransferProcess.TRANSFER_ID, 41L);
        change.put(TransferProcess.TO_BOARD, "cwmtaf");
        change.put(TransferProcess.CASE_ID, 7L);
        change.put(TransferProcess.CHANGE, "FOUND");
        change.put(TransferProcess.FINDING, "MALICIOUS");
        change.put(TransferProcess.CHANGED_AT, "2026-12-01T10:00:00Z");
        ProcessInstance followUp = engine.getRuntimeService().createProcessInstanceByKey(TransferProcess.FOLLOW_UP_KEY)
                .processDefinitionTenantId("chscb").businessKey("CHSCB-2026-0042").setVariables(change).execute();

        assertThat(steps).as("nothing crosses in the transaction that changed the case").isEmpty();
        assertThat(jobs("chscb")).hasSize(1);
        runJobs();

        assertThat(followUp).isEnded().hasPassed(TransferProcess.TELL_CHANGE);
        assertThat(steps).containsExactly("change told by chscb to cwmtaf: FOUND MALICIOUS of case 7");
    }

    @Test
    void aKeptCopyErasedAtLastIsToldToTheSendingBoardAsAJobOfTheReceivingBoard() {
        ProcessInstance erased = engine.getRuntimeService().createProcessInstanceByKey(
                TransferProcess.COPY_ERASED_KEY).processDefinitionTenantId("cwmtaf").businessKey("CHSCB-2026-0042")
                .setVariables(Map.of(TransferProcess.FROM_BOARD, "chscb", TransferProcess.FROM_REFERENCE,
                        "CHSCB-2026-0042")).execute();

        assertThat(steps).as("nothing crosses in retention's own transaction").isEmpty();
        assertThat(jobs("cwmtaf")).hasSize(1);
        runJobs();

        assertThat(erased).isEnded().hasPassed(TransferProcess.TELL_COPY_ERASED);
        assertThat(steps).containsExactly("erasure told by cwmtaf to chscb of CHSCB-2026-0042");
    }

    private ProcessInstance propose(boolean secondSenior) {
        return engine.getRuntimeService().createProcessInstanceByKey(TransferProcess.KEY)
                .processDefinitionTenantId("chscb").businessKey("CHSCB-2026-0042")
                .setVariables(Map.of(TransferProcess.TRANSFER_ID, 41L, TransferProcess.SECOND_SENIOR, secondSenior))
                .execute();
    }

    private void decide(ProcessInstance receiving, boolean accepted, String reason, String theirReference) {
        Map<String, Object> answer = new HashMap<>();
        answer.put(TransferProcess.ACCEPTED, accepted);
        answer.put(TransferProcess.DECISION_REASON, reason);
        answer.put(TransferProcess.THEIR_REFERENCE, theirReference);
        engine.getRuntimeService().createMessageCorrelation(TransferProcess.DECIDED)
                .processInstanceId(receiving.getId()).setVariables(answer).correlate();
    }

    private List<Job> jobs(String board) {
        return engine.getManagementService().createJobQuery().tenantIdIn(board).executable().list();
    }

    private void runJobs() {
        for (int round = 0; round < 10; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }
}

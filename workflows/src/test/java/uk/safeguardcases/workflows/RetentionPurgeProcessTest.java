package uk.safeguardcases.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The nightly retention purge as the engine runs it: one timer of each board's own, due at 02:45 (UK time in
 * winter), which calls the purge for that board with the engine's clock as "today" and then waits for the next
 * night; a board's purge failing leaves the other board's untouched.
 */
class RetentionPurgeProcessTest {

    /** Monday 23 November 2026, 10:00 in London (GMT). */
    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    private ProcessEngine engine;

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
    void eachBoardsPurgeRunsNightlyAtItsTimeForThatBoardOnly() {
        ClockUtil.setCurrentTime(Date.from(MONDAY));
        engine = engineWith("chscb", "cwmtaf");
        List<String> ran = new ArrayList<>();
        Mocks.register("removeDueCasesDelegate", (JavaDelegate) execution -> ran.add(execution.getTenantId() + " at "
                + ClockUtil.getCurrentTime().toInstant()));

        List<Job> timers = engine.getManagementService().createJobQuery().timers()
                .processDefinitionKey("retention-purge").list();
        assertThat(timers).extracting(Job::getTenantId).containsExactlyInAnyOrder("chscb", "cwmtaf");
        assertThat(timers).extracting(job -> job.getDuedate().toInstant())
                .containsOnly(Instant.parse("2026-11-24T02:45:00Z"));

        // The clock moves to the night: each board's job runs its own purge, and tomorrow's is set.
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-24T02:45:01Z")));
        for (Job timer : timers) {
            engine.getManagementService().executeJob(timer.getId());
        }
        assertThat(ran).containsExactlyInAnyOrder("chscb at 2026-11-24T02:45:01Z", "cwmtaf at 2026-11-24T02:45:01Z");
        assertThat(engine.getManagementService().createJobQuery().timers().processDefinitionKey("retention-purge")
                .list()).extracting(job -> job.getDuedate().toInstant())
                .containsOnly(Instant.parse("2026-11-25T02:45:00Z"));
    }

    @Test
    void aBacklogIsRemovedInTurnsEachAJobOfItsOwnUntilNoneIsDue() {
        ClockUtil.setCurrentTime(Date.from(MONDAY));
        engine = engineWith("chscb");
        List<Boolean> moreAfterEachTurn = new ArrayList<>(List.of(true, true, false));
        List<String> turns = new ArrayList<>();
        Mocks.register("removeDueCasesDelegate", (JavaDelegate) execution -> {
            turns.add("turn at " + ClockUtil.getCurrentTime().toInstant());
            execution.setVariable("more", moreAfterEachTurn.remove(0));
        });

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-24T02:45:01Z")));
        Job night = engine.getManagementService().createJobQuery().timers().processDefinitionKey("retention-purge")
                .singleResult();
        engine.getManagementService().executeJob(night.getId());
        assertThat(turns).hasSize(1);
        // Time ran out with cases still due: another turn is a timer job of its own, five seconds on.
        Job next = engine.getManagementService().createJobQuery().timers().activityId("next-turn").singleResult();
        assertThat(next).hasDueDate(Date.from(Instant.parse("2026-11-24T02:45:06Z")));

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-24T02:45:07Z")));
        engine.getManagementService().executeJob(next.getId());
        Job third = engine.getManagementService().createJobQuery().timers().activityId("next-turn").singleResult();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-24T02:45:13Z")));
        engine.getManagementService().executeJob(third.getId());

        assertThat(turns).containsExactly("turn at 2026-11-24T02:45:01Z", "turn at 2026-11-24T02:45:07Z",
                "turn at 2026-11-24T02:45:13Z");
        assertThat(engine.getManagementService().createJobQuery().timers().activityId("next-turn").count())
                .as("none due: the night's run has ended").isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("retention-purge")
                .count()).isZero();
    }

    private static ProcessEngine engineWith(String... boards) {
        return TestEngines.withModels(new RetentionModels(), boards);
    }
}

package uk.safeguardcases.workflows;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Trusted time as the engine runs it: each board's audit-chain head timestamped at 03:15 every night (after the chain
 * check at 02:30 and the purge at 02:45), and its evidence still waiting asked for every ten minutes, each a timer of
 * the board's own.
 */
class TrustedTimeProcessTest {

    /** Monday 23 November 2026, 10:01 in London (GMT). */
    private static final Instant MONDAY = Instant.parse("2026-11-23T10:01:00Z");

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
    void eachBoardsChainHeadIsStampedNightlyAndItsWaitingEvidenceEveryTenMinutes() {
        ClockUtil.setCurrentTime(Date.from(MONDAY));
        engine = TestEngines.withModels(new TrustedTimeModels(), "chscb", "cwmtaf");
        List<String> ran = new ArrayList<>();
        Mocks.register("stampChainHeadDelegate", (JavaDelegate) execution -> ran.add("head " + execution.getTenantId()));
        Mocks.register("stampWaitingEvidenceDelegate",
                (JavaDelegate) execution -> ran.add("evidence " + execution.getTenantId()));

        List<Job> nights = timers("chain-head-timestamp");
        assertThat(nights).extracting(Job::getTenantId).containsExactlyInAnyOrder("chscb", "cwmtaf");
        assertThat(nights).extracting(job -> job.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault())
                .toLocalTime()).containsOnly(java.time.LocalTime.of(3, 15));
        List<Job> retries = timers("evidence-timestamp-retry");
        assertThat(retries).extracting(Job::getTenantId).containsExactlyInAnyOrder("chscb", "cwmtaf");
        assertThat(retries).extracting(job -> job.getDuedate().toInstant())
                .containsOnly(Instant.parse("2026-11-23T10:10:00Z"));

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T10:10:01Z")));
        retries.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        nights.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        assertThat(ran).containsExactlyInAnyOrder("evidence chscb", "evidence cwmtaf", "head chscb", "head cwmtaf");
        assertThat(timers("evidence-timestamp-retry")).extracting(job -> job.getDuedate().toInstant())
                .containsOnly(Instant.parse("2026-11-23T10:20:00Z"));
        assertThat(timers("chain-head-timestamp")).hasSize(2);
    }

    private List<Job> timers(String key) {
        return engine.getManagementService().createJobQuery().timers().processDefinitionKey(key).list();
    }
}

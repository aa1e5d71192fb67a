package uk.safeguardcases.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import uk.safeguardcases.infrastructure.engine.EngineSettings;

/**
 * The engine's history is removed once each model's {@code historyTimeToLive} has passed, by the engine's history
 * cleanup, which runs only in the product's night-time window ({@link EngineSettings}). Shown on the nightly retention
 * purge, whose runs are kept 30 days.
 */
class HistoryCleanupTest {

    private static final ZoneId SERVER_ZONE = ZoneId.systemDefault();

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
    void theHistoryOfARunPastItsTimeToLiveIsRemovedInTheNightWindowAndAYoungerOneIsKept() {
        Instant monday = at("2026-11-23T10:00");
        ClockUtil.setCurrentTime(Date.from(monday));
        engine = TestEngines.withModels(new RetentionModels(), "chscb");
        Mocks.register("removeDueCasesDelegate", (JavaDelegate) execution -> execution.setVariable("more", false));

        // The cleanup is scheduled when the engine starts, for the next opening of its window.
        Job cleanup = cleanupJob();
        assertThat(cleanup.getDuedate().toInstant()).isEqualTo(at("2026-11-24T" + EngineSettings.CLEANUP_WINDOW_START));

        // Two nights' purges run and end: their history is kept 30 days from their start.
        runTonightsPurge(at("2026-11-24T02:45:01"));
        runTonightsPurge(at("2026-12-10T02:45:01"));
        assertThat(finishedPurges()).isEqualTo(2);

        // 31 days after the first, inside the window: the cleanup removes the first run's history only.
        ClockUtil.setCurrentTime(Date.from(at("2026-12-25T00:40")));
        cleanup = cleanupJob();
        engine.getManagementService().executeJob(cleanup.getId());
        assertThat(finishedPurges()).isEqualTo(1);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished()
                .startedBefore(Date.from(at("2026-11-30T00:00"))).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .startedBefore(Date.from(at("2026-11-30T00:00"))).count()).as("its steps too").isZero();

        // It runs again in the window until nothing is due; the younger run's history stays until its own time.
        ClockUtil.setCurrentTime(Date.from(at("2026-12-25T01:00")));
        engine.getManagementService().executeJob(cleanupJob().getId());
        assertThat(finishedPurges()).isEqualTo(1);
        ClockUtil.setCurrentTime(Date.from(at("2027-01-10T00:35")));
        engine.getManagementService().executeJob(cleanupJob().getId());
        assertThat(finishedPurges()).isZero();
    }

    @Test
    void outsideTheWindowTheCleanupRemovesNothingEvenWhenHistoryIsDue() {
        ClockUtil.setCurrentTime(Date.from(at("2026-11-23T10:00")));
        engine = TestEngines.withModels(new RetentionModels(), "chscb");
        Mocks.register("removeDueCasesDelegate", (JavaDelegate) execution -> execution.setVariable("more", false));
        runTonightsPurge(at("2026-11-24T02:45:01"));

        // A day-time run 40 days on (the job run by hand, as a test or an operator might): the window is closed.
        ClockUtil.setCurrentTime(Date.from(at("2027-01-03T14:00")));
        engine.getManagementService().executeJob(cleanupJob().getId());

        assertThat(finishedPurges()).isEqualTo(1);
        assertThat(cleanupJob().getDuedate().toInstant()).isEqualTo(at("2027-01-04T" + EngineSettings.CLEANUP_WINDOW_START));
    }

    @Test
    void aFailingHistoryCleanupIsTriedOnTheProductsCycleThenBecomesAnIncidentOfNoBoard() throws Exception {
        ClockUtil.setCurrentTime(Date.from(at("2026-11-23T10:00")));
        engine = TestEngines.withModels(new RetentionModels(), "chscb");
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine.getProcessEngineConfiguration();
        // A history table gone: what a damaged database leaves; the cleanup's delete from it fails.
        try (var connection = configuration.getDataSource().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("alter table ACT_HI_ACTINST rename to ACT_HI_ACTINST_GONE");
        }
        Instant night = at("2026-11-24T00:40");
        ClockUtil.setCurrentTime(Date.from(night));
        String id = cleanupJob().getId();

        assertThatThrownBy(() -> engine.getManagementService().executeJob(id)).isInstanceOf(RuntimeException.class);

        // The engine's default would be 2 retries left, due at once; the product's cycle waits a minute first.
        Job failedOnce = cleanupJob();
        assertThat(failedOnce.getRetries()).isEqualTo(EngineSettings.TRIES - 1);
        assertThat(failedOnce.getDuedate().toInstant()).isEqualTo(night.plus(java.time.Duration.ofMinutes(1)));
        assertThat(failedOnce.getExceptionMessage()).isNotBlank();

        // Every later failure (as the job executor reports them) waits as the cycle says, until none is left.
        List<String> waits = List.of(EngineSettings.RETRY_CYCLE.split(","));
        Instant now = failedOnce.getDuedate().toInstant();
        for (int failure = 2; failure <= EngineSettings.TRIES; failure++) {
            ClockUtil.setCurrentTime(Date.from(now));
            configuration.getCommandExecutorTxRequired().execute(configuration.getFailedJobCommandFactory()
                    .getCommand(id, new IllegalStateException("still failing")));
            Job job = cleanupJob();
            assertThat(job.getRetries()).isEqualTo(EngineSettings.TRIES - failure);
            if (failure < EngineSettings.TRIES) {
                assertThat(job.getDuedate().toInstant())
                        .isEqualTo(now.plus(java.time.Duration.parse(waits.get(failure - 1))));
                now = job.getDuedate().toInstant();
            }
        }
        assertThat(now).as("a day of tries").isAfter(night.plus(java.time.Duration.ofHours(23)));
        var incidents = engine.getRuntimeService().createIncidentQuery().list();
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.getConfiguration()).isEqualTo(id);
            assertThat(incident.getTenantId()).as("a job of no board").isNull();
        });
    }

    private void runTonightsPurge(Instant night) {
        ClockUtil.setCurrentTime(Date.from(night));
        Job timer = engine.getManagementService().createJobQuery().timers().processDefinitionKey("retention-purge")
                .singleResult();
        engine.getManagementService().executeJob(timer.getId());
    }

    private long finishedPurges() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("retention-purge")
                .finished().count();
    }

    private Job cleanupJob() {
        List<Job> jobs = engine.getHistoryService().findHistoryCleanupJobs();
        assertThat(jobs).as("one history cleanup job").hasSize(1);
        return jobs.get(0);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SERVER_ZONE).toInstant();
    }
}

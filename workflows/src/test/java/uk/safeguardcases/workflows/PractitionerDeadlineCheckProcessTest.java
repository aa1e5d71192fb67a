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
 * The designated persons' deadline check (practitioner concerns, Wales Safeguarding Procedures Section 5) as the
 * engine runs it: a timer of each board's own every quarter of an hour, which calls the check for that board and
 * waits for the next quarter.
 */
class PractitionerDeadlineCheckProcessTest {

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
    void eachBoardsCheckRunsEveryQuarterOfAnHourForThatBoardOnly() {
        ClockUtil.setCurrentTime(Date.from(MONDAY.plusSeconds(60)));
        engine = TestEngines.withModels(new PractitionerModels(), "chscb", "cwmtaf");
        List<String> ran = new ArrayList<>();
        Mocks.register("checkDesignatedPersonDeadlinesDelegate", (JavaDelegate) execution -> ran.add(
                execution.getTenantId() + " at " + ClockUtil.getCurrentTime().toInstant()));

        List<Job> timers = engine.getManagementService().createJobQuery().timers()
                .processDefinitionKey("practitioner-deadline-check").list();
        assertThat(timers).extracting(Job::getTenantId).containsExactlyInAnyOrder("chscb", "cwmtaf");
        assertThat(timers).extracting(job -> job.getDuedate().toInstant())
                .containsOnly(Instant.parse("2026-11-23T10:15:00Z"));

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T10:15:01Z")));
        for (Job timer : timers) {
            engine.getManagementService().executeJob(timer.getId());
        }
        assertThat(ran).containsExactlyInAnyOrder("chscb at 2026-11-23T10:15:01Z", "cwmtaf at 2026-11-23T10:15:01Z");
        assertThat(engine.getManagementService().createJobQuery().timers()
                .processDefinitionKey("practitioner-deadline-check").list())
                .extracting(job -> job.getDuedate().toInstant()).containsOnly(Instant.parse("2026-11-23T10:30:00Z"));
    }
}

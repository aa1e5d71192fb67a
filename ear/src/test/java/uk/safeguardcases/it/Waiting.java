package uk.safeguardcases.it;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Waiting in the tests, as a statement (Awaitility) rather than a loop or a sleep: {@code waitingFor("what").atMost(…)
 * .until(condition)} for something that must happen, {@code waitingFor("what").during(…).atMost(…).until(condition)}
 * for something that must not (the condition holding throughout). The condition is asked in the test's own thread, so
 * it keeps the test's caller and transaction, every 200 ms from the start; a time-out names what was waited for.
 */
final class Waiting {

    private Waiting() {
    }

    static ConditionFactory waitingFor(String what) {
        return Awaitility.await(what).pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200));
    }

    /**
     * Until {@code done} (40 s at most): runs the jobs {@code due} lists each time (the job executor may run one at the
     * same moment, a race that is no failure), for steps a moved clock made due, which the executor, polling less
     * often while idle, may not reach soon.
     */
    static void runningJobsUntil(String what, ManagementService management, Supplier<List<Job>> due,
            BooleanSupplier done) {
        waitingFor(what).pollInterval(Duration.ofMillis(100)).atMost(Duration.ofSeconds(40)).until(() -> {
            if (done.getAsBoolean()) {
                return true;
            }
            for (Job job : due.get()) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException lostTheRace) {
                    // The job executor ran it at the same moment.
                }
            }
            return done.getAsBoolean();
        });
    }
}

package uk.safeguardcases.infrastructure.engine;

import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * How the engine keeps history, retries failed jobs and cleans its history: the one home of these settings, applied
 * by the product's engine ({@link ProcessEngineBootstrap}) and by the engine tests, so what a test proves about a
 * timer's retries or the history cleanup is what the product does.
 */
public final class EngineSettings {

    /**
     * The engine's history level: "activity" keeps process, activity and task instances, enough to show a case's
     * steps, who did them and how long each took. Nothing in the product reads the engine's record of variables
     * ("audit" would keep each variable's latest value, "full" every change); the board's record of who did what is
     * the product's own tamper-evident timeline (TimelineService). Each variable kept in history cost a row in a
     * table with a dozen indexes, written at the step that set it: on the embedded H2 file, each commit rewrites
     * every index page it touched. Migration 84 moves the level stored in the engine's tables from "audit".
     */
    public static final String HISTORY = ProcessEngineConfiguration.HISTORY_ACTIVITY;

    /**
     * The waits between the tries of a failed job (a timer or an asynchronous step), for every model: five retries in
     * the first hour (after 1, 5, 15, 30 and 60 minutes), then one an hour until a day has passed. A job is tried
     * {@link #TRIES} times in all; after the last failure it becomes an incident, which the board's "Stuck work" page
     * shows and its senior managers and administrators are e-mailed about once. A transient fault (the database
     * failing over, the mail server down) is ridden out without anyone noticing; a lasting one is shown within a day,
     * while the LADO's one working day can still be met by hand. The engine's own default is three tries at once. Jobs
     * of no step (the history cleanup) get the same cycle ({@link RetryEveryJob}); their incidents belong to no board
     * and are shown to the operator (readiness, a figure, an alert).
     */
    public static final String RETRY_CYCLE = Stream.concat(Stream.of("PT1M", "PT4M", "PT10M", "PT15M", "PT30M"),
            Collections.nCopies(23, "PT1H").stream()).collect(Collectors.joining(","));

    /** Every try of a failed job: the first and one after each wait of {@link #RETRY_CYCLE}. */
    public static final int TRIES = RETRY_CYCLE.split(",").length + 1;

    /**
     * The night-time window in which the engine removes the history of instances past their model's
     * {@code historyTimeToLive} (each row carries its removal time from the moment it is written). Outside it the
     * cleanup job waits; inside it, it removes in batches and runs again until nothing is due. In the server's time
     * zone, before the nightly audit-chain check (02:30) and purge (02:45).
     */
    public static final String CLEANUP_WINDOW_START = "00:30";
    public static final String CLEANUP_WINDOW_END = "01:45";

    /** Rows removed per turn of the history cleanup (the engine's default, and its upper bound, is 500). */
    public static final int CLEANUP_BATCH = 500;

    private EngineSettings() {
    }

    public static void apply(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistory(HISTORY);
        // Each history row gets its removal time (start + the model's historyTimeToLive) when it is written,
        // instead of ~15 bulk updates over every history table when a process ends.
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setFailedJobRetryTimeCycle(RETRY_CYCLE);
        configuration.setFailedJobCommandFactory(new RetryEveryJob());
        configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
        configuration.setHistoryCleanupBatchWindowStartTime(CLEANUP_WINDOW_START);
        configuration.setHistoryCleanupBatchWindowEndTime(CLEANUP_WINDOW_END);
        configuration.setHistoryCleanupBatchSize(CLEANUP_BATCH);
        configuration.setHistoryCleanupDegreeOfParallelism(1);
    }
}

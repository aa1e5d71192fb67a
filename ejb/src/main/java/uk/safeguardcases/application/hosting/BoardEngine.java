package uk.safeguardcases.application.hosting;

/**
 * What the hosting operator's work asks of the process engine for one board: its processes, and their pause. A
 * suspended board's process definitions and instances are suspended in the engine, so none of its jobs (timers,
 * retries, nightly checks) is taken while it lasts; on resumption each job that fell due meanwhile runs, once.
 */
public interface BoardEngine {

    /** Deploys every process for the board (a new board; the same models again change nothing). */
    void deploy(String board);

    /** Suspends the board's process definitions and their instances, with their jobs. */
    void suspend(String board);

    /** Activates them again. */
    void resume(String board);
}

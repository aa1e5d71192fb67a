package uk.safeguardcases.application.leaving;

/**
 * What the process engine keeps for a board: its deployments, their instances, jobs, variables and history. Asked to
 * forget them all before the board's rows go, so the engine's own caches and job executor let go of them too.
 */
public interface BoardProcessRecords {

    /** Removes every deployment of the board, with its instances and their history, as the engine itself does. */
    void forget(String boardId);
}

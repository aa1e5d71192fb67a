package uk.safeguardcases.application.chaincheck;

import jakarta.ejb.ApplicationException;

/**
 * A whole chain check asked for found no turn on this node ({@link ChainCheckTurns}): nothing was checked or
 * recorded; the administrator may ask again in {@link #retryAfterSeconds()}.
 */
@ApplicationException(rollback = true)
public class ChainCheckBusyException extends RuntimeException {

    /** How long to wait before asking again: about one other check's walk. */
    public static final int RETRY_AFTER_SECONDS = 30;

    public ChainCheckBusyException() {
        super("Other audit chain checks are under way on this server; ask again in " + RETRY_AFTER_SECONDS
                + " seconds");
    }

    public int retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }
}

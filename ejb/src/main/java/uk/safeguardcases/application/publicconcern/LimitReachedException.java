package uk.safeguardcases.application.publicconcern;

import jakarta.ejb.ApplicationException;

/** A limit of the public pages was reached: nothing was done; the person may try again in {@link #minutes()}. */
@ApplicationException(rollback = true)
public class LimitReachedException extends RuntimeException {

    private final long minutes;

    public LimitReachedException(long minutes) {
        super("A limit of the public pages was reached; try again in " + minutes + " minutes");
        this.minutes = minutes;
    }

    public long minutes() {
        return minutes;
    }
}

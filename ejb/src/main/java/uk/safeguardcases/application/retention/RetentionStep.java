package uk.safeguardcases.application.retention;

import java.time.LocalDate;

/**
 * A process's own part of the nightly retention run: removes (or erases the personal details of) what it keeps
 * whose time has come. An {@code @ApplicationScoped} bean; {@link RetentionPurge} runs every one, as the board's
 * system caller, after the cases, each call in a transaction of its own. Idempotent, as the run may be repeated.
 */
public interface RetentionStep {

    /** Carries out the retention rule for the caller's board on {@code today}; answers how many it removed. */
    int removeDue(LocalDate today);
}

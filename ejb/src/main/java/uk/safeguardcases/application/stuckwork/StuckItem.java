package uk.safeguardcases.application.stuckwork;

import java.time.Instant;
import uk.safeguardcases.domain.process.FailureKind;

/**
 * One line of the board's Stuck work page: a step of a process that failed every try ({@code STEP}: {@code name} is
 * the step's, {@code processName} its process's) or an e-mail given up on ({@code EMAIL}: {@code name} is its subject,
 * {@code audience} whom it was for, as {@code Notice.Audience}'s name, never an address). {@code reference} is what the
 * work is about (a case's or a request's reference), or null; {@code caseReference} is set when that is a case.
 * {@code cause} says in a sentence what kind of thing stopped it ({@link FailureKind}'s name); {@code error} is the
 * failure's own first line, for the service's operator. A step or an e-mail that failed and is still being tried by
 * itself ({@code STEP_RETRYING}, {@code EMAIL_RETRYING}; {@code since} is then its next try) is listed too, so the page
 * never says all went through while work is failing; it needs nothing done yet.
 */
public record StuckItem(Kind kind, String id, String name, String processName, String audience, int attempts,
        String reference, String caseReference, Instant since, String error, String cause)
        implements java.io.Serializable {

    public enum Kind {
        STEP, EMAIL, STEP_RETRYING, EMAIL_RETRYING,
        /** A process's own work ({@link StuckWorkPart}), given up on, and being tried again by itself. */
        PART, PART_RETRYING
    }

    /** A process's own work ({@link StuckWorkPart}): its words are its own, already in the caller's language. */
    public boolean isPart() {
        return kind == Kind.PART || kind == Kind.PART_RETRYING;
    }

    public boolean isEmail() {
        return kind == Kind.EMAIL || kind == Kind.EMAIL_RETRYING;
    }

    public boolean isStep() {
        return kind == Kind.STEP || kind == Kind.STEP_RETRYING;
    }

    /** Whether it waits for a person (a step or an e-mail given up on), not still being tried by itself. */
    public boolean isStopped() {
        return kind == Kind.STEP || kind == Kind.EMAIL || kind == Kind.PART;
    }
}

package uk.safeguardcases.application.stuckwork;

import java.time.Instant;

/**
 * One line of the board's Stuck work page: a step of a process that failed every try ({@code STEP}: {@code name} is
 * the step's, {@code processName} its process's) or an e-mail given up on ({@code EMAIL}: {@code name} is its subject,
 * {@code audience} whom it was for, as {@code Notice.Audience}'s name, never an address). {@code reference} is what the
 * work is about (a case's or a request's reference), or null; {@code caseReference} is set when that is a case.
 */
public record StuckItem(Kind kind, String id, String name, String processName, String audience, int attempts,
        String reference, String caseReference, Instant since, String error) implements java.io.Serializable {

    public enum Kind {
        STEP, EMAIL
    }

    public boolean isStep() {
        return kind == Kind.STEP;
    }
}

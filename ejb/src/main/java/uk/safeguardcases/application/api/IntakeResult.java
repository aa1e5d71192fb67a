package uk.safeguardcases.application.api;

/**
 * The case an intake request created, or (when {@code replayed}) the case an earlier request with the same
 * Idempotency-Key created.
 */
public record IntakeResult(String reference, boolean replayed) {
}

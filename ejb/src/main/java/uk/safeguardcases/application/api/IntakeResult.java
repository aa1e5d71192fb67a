package uk.safeguardcases.application.api;

/**
 * The case an intake request created, or (when {@code replayed}) the case an earlier request with the same
 * Idempotency-Key created.
 *
 * @param memberMatched whether the member identifier matched a member account of the board; when it did not,
 *        the case names the member as given (free text) and the member gets no e-mail or portal request
 */
public record IntakeResult(String reference, boolean replayed, boolean memberMatched) {
}

package uk.safeguardcases.infrastructure.trustedtime;

/**
 * The time-stamping authority was asked: {@code failure} null when it gave a token, else why it did not. Carries no
 * board, digest or case: the figures count the authority's answers, not whose evidence it was.
 */
public record TrustedTimeAsked(Rfc3161Client.Failure failure, long millis) {
}

package uk.safeguardcases.domain.board;

/**
 * A board's own identity provider (OpenID Connect): its people sign in there and arrive here as themselves, matched
 * by {@code claim} (e.g. {@code preferred_username} or {@code email}) to a person of the board; anyone else is
 * refused, never created.
 */
public record SingleSignOn(String issuer, String clientId, String clientSecret, String claim) {
}

package uk.safeguardcases.application.people;

import java.io.Serializable;
import java.net.URI;
import java.time.Instant;

/**
 * A sign-in sent to a board's identity provider: the address to send the browser to, and what must come back with it
 * (kept in the browser's session, never shown): the state, the nonce and the PKCE verifier.
 */
public record SingleSignOnStart(String board, URI address, String returnAddress, String state, String nonce,
        String codeVerifier, Instant startedAt) implements Serializable {

    /** How long a person may take at their identity provider. */
    public static final java.time.Duration OPEN_FOR = java.time.Duration.ofMinutes(10);

    public boolean openAt(Instant now) {
        return now.isBefore(startedAt.plus(OPEN_FOR));
    }
}

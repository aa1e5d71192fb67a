package uk.safeguardcases.web.hosting;

import jakarta.security.enterprise.credential.Credential;

/**
 * A hosting operator whose password and code {@code HostOperators.signIn} has just accepted. Only the operator's
 * sign-in page makes one, never a request, so {@link OperatorIdentityStore} accepts it with no secret in it.
 */
final class VerifiedOperator implements Credential {

    private final String username;

    VerifiedOperator(String username) {
        this.username = username;
    }

    String username() {
        return username;
    }
}

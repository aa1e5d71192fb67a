package uk.safeguardcases.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * A person whose every sign-in step is done: the password and, where their board requires it, the second factor, or
 * their board's own identity provider. Only the product's code makes one ({@link SignIn#complete}), never a request,
 * so {@link PersonIdentityStore} accepts it with no secret in it.
 */
public final class VerifiedPerson implements Credential {

    private final String username;

    VerifiedPerson(String username) {
        this.username = username;
    }

    public String username() {
        return username;
    }
}

package uk.safeguardcases.application.board;

import java.io.Serializable;

/** A person of the board as the admin sees them; never their password hash. */
public record PersonView(Long id, String username, String displayName, String email, String roles,
        String organisation, boolean active) implements Serializable {
}

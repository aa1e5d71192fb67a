package uk.safeguardcases.application.administration;

import java.io.Serializable;
import java.util.Set;
import uk.safeguardcases.domain.people.Role;

/** A person of the board as the administrator manages them; never their password or its hash. */
public record AdminPerson(Long id, String username, String displayName, String email, Set<Role> roles,
        String roleLabels, Long organisationId, String organisationName, boolean active) implements Serializable {
}

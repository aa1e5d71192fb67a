package uk.safeguardcases.application.people;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguardcases.domain.people.Role;

/**
 * A person of the board as pages and documents name them: their name and their roles, never their login.
 *
 * @param roles the person's roles on the board now (empty for the product's own steps and for a login that is not
 *        a person of the board)
 */
public record PersonName(String username, String displayName, Set<Role> roles) implements Serializable {

    /** "Siân Rhys (Senior manager)": in English, for documents and the API; pages word the roles themselves. */
    public String described() {
        if (roles.isEmpty()) {
            return displayName;
        }
        return displayName + " (" + roles.stream().sorted().map(Role::label).collect(Collectors.joining(", ")) + ")";
    }
}

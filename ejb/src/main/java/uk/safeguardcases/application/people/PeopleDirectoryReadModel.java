package uk.safeguardcases.application.people;

import java.util.Optional;
import java.util.Set;
import uk.safeguardcases.domain.people.Role;

/**
 * The person table read before the board is known (implemented beside the persistence, in native SQL, which no
 * board's filter narrows): user names are unique across boards.
 */
public interface PeopleDirectoryReadModel {

    /** The person with this user name on any board, with their roles; active only if their board is not suspended. */
    Optional<Entry> byUsername(String username);

    record Entry(String tenantId, String username, String displayName, Long organisationId, boolean active,
            Set<Role> roles) {
    }
}

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

    /** The user names of the board's active people whose user name is {@code username} or whose e-mail is {@code email}. */
    java.util.List<String> activeUsernames(String board, String username, String email);

    /** The boards that sign in through their own provider: their names by id, in the order of the names. */
    java.util.Map<String, String> singleSignOnBoards();

    /** The boards whose provider is {@code issuer} (with or without a closing slash). */
    java.util.List<String> boardsOfIssuer(String issuer);

    /** Whether a board has this id. */
    boolean boardExists(String board);

    record Entry(String tenantId, String username, String displayName, Long organisationId, boolean active,
            Set<Role> roles) {
    }
}

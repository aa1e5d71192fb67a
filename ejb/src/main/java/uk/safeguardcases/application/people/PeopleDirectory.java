package uk.safeguardcases.application.people;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import uk.safeguardcases.application.tenancy.Caller;

/**
 * Finds who is signing in. User names are unique across boards, and this is the one lookup made before
 * the board is known, so it reads the person table directly (native SQL is not tenant-filtered,
 * {@link PeopleDirectoryReadModel}) and returns the person's board with them; everything after it is scoped to that
 * board.
 */
@Stateless
public class PeopleDirectory {

    @Inject
    private PeopleDirectoryReadModel directory;

    /** The board of the person with this user name (active or not), before anyone is signed in; empty if none. */
    public Optional<String> boardOf(String username) {
        return find(username).map(PeopleDirectoryReadModel.Entry::tenantId);
    }

    /** The caller for an already authenticated user name (each request after sign-in). */
    public Optional<Caller> callerFor(String username) {
        return find(username).filter(PeopleDirectoryReadModel.Entry::active)
                .map(e -> new Caller(e.username(), e.displayName(), e.tenantId(), Set.copyOf(e.roles()),
                        e.organisationId()));
    }

    private Optional<PeopleDirectoryReadModel.Entry> find(String username) {
        if (username == null || username.isBlank() || username.length() > 100) {
            return Optional.empty();
        }
        return directory.byUsername(username.trim());
    }
}

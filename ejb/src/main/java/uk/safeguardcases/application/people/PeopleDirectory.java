package uk.safeguardcases.application.people;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.SuspendedBoards;
import uk.safeguardcases.domain.people.Role;

/**
 * Finds who is signing in. User names are unique across boards, and this is the one lookup made before
 * the board is known, so it reads the person table directly (native SQL is not tenant-filtered) and
 * returns the person's board with them; everything after it is scoped to that board.
 */
@Stateless
public class PeopleDirectory {

    @PersistenceContext
    private EntityManager em;

    /** The board of the person with this user name (active or not), before anyone is signed in; empty if none. */
    public Optional<String> boardOf(String username) {
        return find(username).map(Row::tenantId);
    }

    /** The caller for an already authenticated user name (each request after sign-in). */
    public Optional<Caller> callerFor(String username) {
        return find(username).filter(Row::active).map(Row::caller);
    }

    private Optional<Row> find(String username) {
        if (username == null || username.isBlank() || username.length() > 100) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select p.id, p.tenant_id, p.username, p.display_name, p.organisation_id,"
                        + " (p.active and " + SuspendedBoards.notSuspended("p") + ")"
                        + " from person p where p.username = ?1")
                .setParameter(1, username.trim())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        long personId = ((Number) r[0]).longValue();
        @SuppressWarnings("unchecked")
        List<String> roleNames = em.createNativeQuery(
                "select pr.role from person_role pr join person p on p.id = pr.person_id"
                        + " where pr.person_id = ?1 and p.tenant_id = ?2")
                .setParameter(1, personId)
                .setParameter(2, r[1])
                .getResultList();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roleNames.forEach(name -> roles.add(Role.fromRoleName(name)));
        Long organisationId = r[4] == null ? null : ((Number) r[4]).longValue();
        return Optional.of(new Row((String) r[1], (String) r[2], (String) r[3], organisationId,
                Boolean.TRUE.equals(r[5]), roles));
    }

    private record Row(String tenantId, String username, String displayName,
            Long organisationId, boolean active, Set<Role> roles) {
        Caller caller() {
            return new Caller(username, displayName, tenantId, Set.copyOf(roles), organisationId);
        }
    }
}

package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.safeguardcases.application.people.PeopleDirectoryReadModel;
import uk.safeguardcases.application.tenancy.SuspendedBoards;
import uk.safeguardcases.domain.people.Role;

@ApplicationScoped
public class JpaPeopleDirectoryReadModel implements PeopleDirectoryReadModel {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Entry> byUsername(String username) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select p.id, p.tenant_id, p.username, p.display_name, p.organisation_id,"
                        + " (p.active and " + SuspendedBoards.notSuspended("p") + ")"
                        + " from person p where p.username = ?1")
                .setParameter(1, username)
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
        return Optional.of(new Entry((String) r[1], (String) r[2], (String) r[3], organisationId,
                Boolean.TRUE.equals(r[5]), roles));
    }
}

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
    public List<String> activeUsernames(String board, String username, String email) {
        @SuppressWarnings("unchecked")
        List<String> matches = em.createNativeQuery("select username from person where tenant_id = ?1 and active = ?2"
                        + " and (username = ?3 or lower(email) = ?4)")
                .setParameter(1, board).setParameter(2, true).setParameter(3, username)
                .setParameter(4, email).getResultList();
        return matches;
    }

    @Override
    public java.util.Map<String, String> singleSignOnBoards() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name from board where oidc_issuer is not null"
                + " and oidc_issuer <> '' order by name").getResultList();
        java.util.Map<String, String> boards = new java.util.LinkedHashMap<>();
        rows.forEach(r -> boards.put((String) r[0], (String) r[1]));
        return boards;
    }

    @Override
    public List<String> boardsOfIssuer(String issuer) {
        @SuppressWarnings("unchecked")
        List<String> candidates = em.createNativeQuery("select id from board where oidc_issuer in (?1, ?2)")
                .setParameter(1, issuer).setParameter(2, issuer + "/").getResultList();
        return candidates;
    }

    @Override
    public boolean boardExists(String board) {
        return !em.createNativeQuery("select id from board where id = ?1").setParameter(1, board)
                .getResultList().isEmpty();
    }

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

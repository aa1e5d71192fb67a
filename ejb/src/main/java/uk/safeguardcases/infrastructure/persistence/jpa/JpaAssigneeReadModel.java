package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.safeguardcases.application.investigation.Assignee;
import uk.safeguardcases.application.investigation.AssigneeReadModel;
import uk.safeguardcases.domain.people.Role;

@ApplicationScoped
public class JpaAssigneeReadModel implements AssigneeReadModel {

    @PersistenceContext
    private EntityManager em;

    /**
     * Chosen by the database: a national board has tens of thousands of members and a handful of officers, and
     * reading every person (with their roles, one query each) on every case page ran a node out of memory.
     */
    @Override
    public List<Assignee> withRole(Role role) {
        return em.createQuery("select new uk.safeguardcases.application.investigation.Assignee(p.username,"
                        + " p.displayName) from Person p join p.roles r where p.active = true and r = :role"
                        + " order by p.displayName", Assignee.class)
                .setParameter("role", role).getResultList();
    }
}

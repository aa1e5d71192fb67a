package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.safeguardcases.application.search.ChildSearchChronologyRecords;

@ApplicationScoped
public class JpaChildSearchChronologyRecords implements ChildSearchChronologyRecords {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Object[]> searchesLoggedBy(String username, int most) {
        return em.createQuery("select e.searchedAt, s.reference, e.platform, e.searchedFor from SearchLogEntry e"
                    + " join ChildSearch s on s.id = e.searchId where e.loggedBy = :p", Object[].class)
                .setParameter("p", username).setMaxResults(most).getResultList();
    }
}

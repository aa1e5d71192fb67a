package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.safeguardcases.application.lowlevel.LowLevelChronologyRecords;

@ApplicationScoped
public class JpaLowLevelChronologyRecords implements LowLevelChronologyRecords {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Object[]> concernsAbout(long personId, int most) {
        return em.createQuery("select l.id, l.occurredOn, l.summary, l.caseReference from LowLevelConcern l"
                + " where l.personId = :p", Object[].class)
                .setParameter("p", personId).setMaxResults(most).getResultList();
    }
}

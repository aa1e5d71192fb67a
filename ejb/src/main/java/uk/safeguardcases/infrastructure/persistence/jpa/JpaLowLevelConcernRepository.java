package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.lowlevel.LowLevelConcern;
import uk.safeguardcases.domain.lowlevel.LowLevelConcernRepository;

@ApplicationScoped
public class JpaLowLevelConcernRepository implements LowLevelConcernRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(LowLevelConcern concern) {
        em.persist(concern);
    }

    /** By a query, not by primary key, so that the tenant filter narrows it to the caller's board. */
    @Override
    public Optional<LowLevelConcern> byId(long id) {
        return em.createQuery("select l from LowLevelConcern l where l.id = :id", LowLevelConcern.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<LowLevelConcern> newestFirst(Long personId, int most) {
        var query = em.createQuery("select l from LowLevelConcern l"
                + (personId == null ? "" : " where l.personId = :person")
                + " order by l.occurredOn desc, l.id desc", LowLevelConcern.class);
        if (personId != null) {
            query.setParameter("person", personId);
        }
        return query.setMaxResults(most).getResultList();
    }

    @Override
    public List<LowLevelConcern> ofPersonOldestFirst(long personId) {
        return em.createQuery("select l from LowLevelConcern l where l.personId = :person"
                + " order by l.occurredOn, l.id", LowLevelConcern.class).setParameter("person", personId)
                .getResultList();
    }

    @Override
    public List<LowLevelConcern> occurredOnOrBefore(LocalDate day) {
        return em.createQuery("select l from LowLevelConcern l where l.occurredOn <= :before",
                LowLevelConcern.class).setParameter("before", day).getResultList();
    }

    @Override
    public boolean delete(long id) {
        return em.createQuery("delete from LowLevelConcern x where x.id = :id").setParameter("id", id)
                .executeUpdate() == 1;
    }

    @Override
    public void writeNow() {
        em.flush();
    }
}

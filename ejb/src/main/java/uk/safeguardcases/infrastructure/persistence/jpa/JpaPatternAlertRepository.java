package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.lowlevel.PatternAlert;
import uk.safeguardcases.domain.lowlevel.PatternAlertRepository;

@ApplicationScoped
public class JpaPatternAlertRepository implements PatternAlertRepository {

    private static final String ABOUT = "select a from PatternAlert a where a.personId = :person";

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(PatternAlert alert) {
        em.persist(alert);
    }

    @Override
    public Optional<PatternAlert> latestAbout(long personId) {
        return em.createQuery(ABOUT + " order by a.alertedAt desc", PatternAlert.class)
                .setParameter("person", personId).setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public List<PatternAlert> about(long personId) {
        return em.createQuery(ABOUT, PatternAlert.class).setParameter("person", personId).getResultList();
    }

    @Override
    public List<PatternAlert> aboutOldestFirst(long personId) {
        return em.createQuery(ABOUT + " order by a.alertedAt", PatternAlert.class).setParameter("person", personId)
                .getResultList();
    }

    @Override
    public List<PatternAlert> openAbout(long personId) {
        return em.createQuery("select a from PatternAlert a where a.reviewedAt is null and a.personId = :person",
                PatternAlert.class).setParameter("person", personId).getResultList();
    }

    @Override
    public List<PatternAlert> openNewestFirst(int most) {
        return em.createQuery("select a from PatternAlert a where a.reviewedAt is null order by a.alertedAt desc",
                PatternAlert.class).setMaxResults(most).getResultList();
    }

    @Override
    public List<PatternAlert> all() {
        return em.createQuery("select a from PatternAlert a", PatternAlert.class).getResultList();
    }

    @Override
    public void remove(PatternAlert alert) {
        em.remove(alert);
    }

    @Override
    public boolean delete(long id) {
        return em.createQuery("delete from PatternAlert x where x.id = :id").setParameter("id", id)
                .executeUpdate() == 1;
    }

    @Override
    public void writeNow() {
        em.flush();
    }
}

package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import uk.safeguardcases.domain.publicconcern.ReportLimit;
import uk.safeguardcases.domain.publicconcern.ReportThrottle;
import uk.safeguardcases.domain.publicconcern.ReportThrottleRepository;

@ApplicationScoped
public class JpaReportThrottleRepository implements ReportThrottleRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ReportThrottle> byKey(String key) {
        return Optional.ofNullable(em.find(ReportThrottle.class, key));
    }

    @Override
    public Optional<ReportThrottle> locked(String key) {
        return Optional.ofNullable(em.find(ReportThrottle.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(ReportThrottle throttle) {
        em.persist(throttle);
    }

    @Override
    public int removeStartedBefore(ReportLimit limit, Instant before) {
        return em.createQuery("delete from ReportThrottle t where t.key like :kind and t.windowStart < :before")
                .setParameter("kind", limit.name() + ":%").setParameter("before", before).executeUpdate();
    }
}

package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguardcases.domain.process.StuckStepNotice;
import uk.safeguardcases.domain.process.StuckStepNoticeRepository;

@ApplicationScoped
public class JpaStuckStepNoticeRepository implements StuckStepNoticeRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Set<String> told(Collection<String> incidentIds) {
        return em.createQuery("select n.incidentId from StuckStepNotice n where n.incidentId in :ids",
                        String.class)
                .setParameter("ids", incidentIds).getResultStream()
                .collect(Collectors.toSet());
    }

    @Override
    public Set<String> toldOfJobs(Collection<String> jobIds) {
        return em.createQuery("select n.jobId from StuckStepNotice n"
                        + " where n.jobId in :jobs", String.class)
                .setParameter("jobs", jobIds).getResultStream().collect(Collectors.toSet());
    }

    @Override
    public void add(StuckStepNotice notice) {
        em.persist(notice);
    }

    @Override
    public void writeNow() {
        em.flush();
    }
}

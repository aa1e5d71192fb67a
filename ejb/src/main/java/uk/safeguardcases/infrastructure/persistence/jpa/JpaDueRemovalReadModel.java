package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import uk.safeguardcases.application.retention.DueRemoval;
import uk.safeguardcases.application.retention.DueRemovalReadModel;
import uk.safeguardcases.domain.cases.CaseStatus;

@ApplicationScoped
public class JpaDueRemovalReadModel implements DueRemovalReadModel {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<DueRemoval> dueBy(LocalDate until, int most) {
        return em.createQuery("select new uk.safeguardcases.application.retention.DueRemoval(c.reference,"
                        + " c.closure.closedAt, c.retention.until, c.retention.basis, c.hold.heldAt, c.hold.reason)"
                        + " from SafeguardingCase c where c.status = :closed and c.removedAt is null"
                        + " and c.retention.until <= :until order by c.retention.until, c.reference", DueRemoval.class)
                .setParameter("closed", CaseStatus.CLOSED).setParameter("until", until)
                .setMaxResults(most).getResultList();
    }
}

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
                        + " c.closedAt, c.retentionUntil, c.retentionBasis, c.heldAt, c.holdReason)"
                        + " from SafeguardingCase c where c.status = :closed and c.removedAt is null"
                        + " and c.retentionUntil <= :until order by c.retentionUntil, c.reference", DueRemoval.class)
                .setParameter("closed", CaseStatus.CLOSED).setParameter("until", until)
                .setMaxResults(most).getResultList();
    }
}

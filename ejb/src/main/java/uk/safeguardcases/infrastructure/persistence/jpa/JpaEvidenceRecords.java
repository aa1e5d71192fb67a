package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.safeguardcases.domain.evidence.Evidence;
import uk.safeguardcases.domain.evidence.EvidenceRecords;
import uk.safeguardcases.domain.evidence.EvidenceReview;

/**
 * The case page's reads of evidence, each held to the board in the query itself and run through {@link BoardQuery},
 * so Hibernate translates each once, not at every page.
 */
@ApplicationScoped
public class JpaEvidenceRecords implements EvidenceRecords {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Evidence> ofCase(long caseId) {
        return BoardQuery.list(em.createQuery("select e from Evidence e where e.tenantId = :board"
                + " and e.caseId = :caseId order by e.numberInCase", Evidence.class).setParameter("caseId", caseId));
    }

    @Override
    public List<EvidenceReview> reviewsOnCase(long caseId) {
        return BoardQuery.list(em.createQuery("select r from EvidenceReview r join Evidence e on e.id = r.evidenceId"
                + " where r.tenantId = :board and e.tenantId = :board and e.caseId = :caseId", EvidenceReview.class)
                .setParameter("caseId", caseId));
    }

    @Override
    public List<Long> shownToMemberOnCase(long caseId) {
        return BoardQuery.list(em.createQuery("select d.evidenceId from EvidenceDisclosure d"
                + " join Evidence e on e.id = d.evidenceId where d.tenantId = :board and e.tenantId = :board"
                + " and e.caseId = :caseId and d.shownToMember = true", Long.class).setParameter("caseId", caseId));
    }
}

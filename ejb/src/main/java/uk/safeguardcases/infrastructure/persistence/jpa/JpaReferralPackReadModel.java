package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.safeguardcases.application.investigation.ReferralPackReadModel;
import uk.safeguardcases.domain.evidence.Evidence;
import uk.safeguardcases.domain.evidence.EvidenceReview;

@ApplicationScoped
public class JpaReferralPackReadModel implements ReferralPackReadModel {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Evidence> evidenceOf(long caseId) {
        return em.createQuery(
                        "select e from Evidence e where e.caseId = :caseId order by e.numberInCase", Evidence.class)
                .setParameter("caseId", caseId).getResultList();
    }

    @Override
    public Map<Long, EvidenceReview> reviewsOf(long caseId) {
        return em.createQuery("select r from EvidenceReview r join Evidence e"
                        + " on e.id = r.evidenceId where e.caseId = :caseId", EvidenceReview.class)
                .setParameter("caseId", caseId).getResultStream()
                .collect(Collectors.toMap(EvidenceReview::evidenceId, review -> review));
    }
}

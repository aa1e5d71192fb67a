package uk.safeguardcases.application.investigation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.safeguardcases.domain.requests.MemberRequest;
import uk.safeguardcases.domain.requests.RequestKind;

/** Finds a case's request of one kind (there is at most one), on the caller's board. */
@Stateless
public class MemberRequests {

    @PersistenceContext
    private EntityManager em;

    public Optional<MemberRequest> of(long caseId, RequestKind kind) {
        return em.createQuery("select r from MemberRequest r where r.caseId = :caseId and r.kind = :kind",
                        MemberRequest.class)
                .setParameter("caseId", caseId).setParameter("kind", kind)
                .getResultStream().findFirst();
    }
}

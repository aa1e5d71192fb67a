package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.requests.MemberRequest;
import uk.safeguardcases.domain.requests.MemberRequestRepository;
import uk.safeguardcases.domain.requests.RequestKind;

@ApplicationScoped
public class JpaMemberRequestRepository implements MemberRequestRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<MemberRequest> of(long caseId, RequestKind kind) {
        return em.createQuery("select r from MemberRequest r where r.caseId = :caseId and r.kind = :kind"
                                + " and r.setAsideAt is null",
                        MemberRequest.class)
                .setParameter("caseId", caseId).setParameter("kind", kind).getResultStream().findFirst();
    }

    @Override
    public Optional<MemberRequest> byId(long id) {
        // A query, not em.find: the board's filter applies to it.
        return em.createQuery("select r from MemberRequest r where r.id = :id", MemberRequest.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<MemberRequest> ofCase(long caseId) {
        return BoardQuery.list(em.createQuery("select r from MemberRequest r where r.tenantId = :board"
                + " and r.caseId = :caseId order by r.sentAt", MemberRequest.class).setParameter("caseId", caseId));
    }

    @Override
    public List<MemberRequest> ofCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from MemberRequest r where r.caseId in :cases order by r.sentAt desc, r.id desc",
                MemberRequest.class).setParameter("cases", caseIds).getResultList();
    }

    @Override
    public void add(MemberRequest request) {
        em.persist(request);
    }
}

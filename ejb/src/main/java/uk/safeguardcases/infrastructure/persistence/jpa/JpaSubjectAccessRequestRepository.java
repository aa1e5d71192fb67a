package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.access.SubjectAccessRequestRepository;

@ApplicationScoped
public class JpaSubjectAccessRequestRepository implements SubjectAccessRequestRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<SubjectAccessRequest> byReference(String reference) {
        return em.createQuery("select r from SubjectAccessRequest r where r.reference = :ref",
                        SubjectAccessRequest.class)
                .setParameter("ref", reference == null ? "" : reference.strip())
                .getResultStream().findFirst();
    }

    /** By primary key, which Hibernate's tenant filter does not restrict: the board is checked here. */
    @Override
    public Optional<SubjectAccessRequest> byId(long id) {
        SubjectAccessRequest found = em.find(SubjectAccessRequest.class, id);
        return found != null && found.tenantId().equals(CallerContext.current().tenantId()) ? Optional.of(found)
                : Optional.empty();
    }

    @Override
    public List<SubjectAccessRequest> all() {
        return em.createQuery("select r from SubjectAccessRequest r order by"
                        + " case when r.answeredAt is null then 0 else 1 end,"
                        + " case when r.answeredAt is null then r.answerBy.due end asc, r.answeredAt desc, r.id desc",
                        SubjectAccessRequest.class)
                .setMaxResults(500).getResultList();
    }

    @Override
    public int highestNumber(String prefix, int year) {
        String start = prefix + "-" + year + "-";
        return em.createQuery("select r.reference from SubjectAccessRequest r where r.reference like :start",
                        String.class)
                .setParameter("start", start + "%").getResultStream()
                .map(r -> r.substring(start.length())).filter(n -> n.matches("\\d+"))
                .mapToInt(Integer::parseInt).max().orElse(0);
    }

    @Override
    public void add(SubjectAccessRequest request) {
        em.persist(request);
    }
}

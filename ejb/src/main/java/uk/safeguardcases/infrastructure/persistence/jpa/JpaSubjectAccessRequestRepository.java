package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.access.SubjectAccessAnswer;
import uk.safeguardcases.domain.access.SubjectAccessRule;
import uk.safeguardcases.domain.access.SubjectAccessSearch;
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
        em.flush();
    }

    @Override
    public Optional<SubjectAccessAnswer> answerTo(long requestId) {
        return Optional.ofNullable(em.find(SubjectAccessAnswer.class, requestId));
    }

    @Override
    public void add(SubjectAccessAnswer answer) {
        em.persist(answer);
    }

    @Override
    public List<String> answeredBefore(String board, Instant before) {
        @SuppressWarnings("unchecked")
        List<String> due = em.createNativeQuery("select reference from subject_access_request where tenant_id = ?1"
                        + " and answered_at < ?2 and erased_at is null order by id")
                .setParameter(1, board).setParameter(2, before).getResultList();
        return due;
    }

    @Override
    public int erase(String board, String reference, Instant at) {
        int erased = em.createNativeQuery("update subject_access_request set"
                        + " subject_name = '', subject_email = null, subject_person_id = null, requested_by = '',"
                        + " identity_checked_by = '', identity_evidence = '', redactions = null,"
                        + " extension_reason = null, extension_notice_to = null, paused_asked = null, left_out = null, left_out_reason = null, erased_at = ?1"
                        + " where tenant_id = ?2 and reference = ?3 and erased_at is null")
                .setParameter(1, at).setParameter(2, board).setParameter(3, reference).executeUpdate();
        em.createNativeQuery("delete from subject_access_answer where tenant_id = ?1 and request_id ="
                        + " (select id from subject_access_request where tenant_id = ?1 and reference = ?2)")
                .setParameter(1, board).setParameter(2, reference).executeUpdate();
        return erased;
    }

    @Override
    public List<SubjectAccessSearch> searchesFor(long requestId) {
        return em.createQuery("select s from SubjectAccessSearch s where s.requestId = :id"
                        + " order by s.searchedOn, s.id", SubjectAccessSearch.class)
                .setParameter("id", requestId).getResultList();
    }

    @Override
    public void add(SubjectAccessSearch search) {
        em.persist(search);
    }

    @Override
    public Optional<SubjectAccessRule> rule(String board) {
        return Optional.ofNullable(em.find(SubjectAccessRule.class, board));
    }

    @Override
    public void add(SubjectAccessRule rule) {
        em.persist(rule);
    }
}

package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.publicconcern.ReportedCases;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.evidence.Evidence;

/**
 * The cases the public pages raised, and their reporters' evidence. The case is found by its id on its own: a join
 * with the report would carry the case's scope filters along.
 */
@ApplicationScoped
public class JpaReportedCases implements ReportedCases {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<SafeguardingCase> byId(long caseId) {
        return Optional.ofNullable(em.find(SafeguardingCase.class, caseId));
    }

    @Override
    public Optional<Long> idOf(String reference) {
        return em.createQuery("select c.id from SafeguardingCase c where c.reference = :reference", Long.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    @Override
    public long evidenceCount(long caseId) {
        return em.createQuery("select count(e) from Evidence e where e.caseId = :id", Long.class)
                .setParameter("id", caseId).getSingleResult();
    }

    @Override
    public FilesKept filesFrom(long caseId, String reporter) {
        Object[] kept = em.createQuery("select count(e), coalesce(sum(e.fileSize), 0) from Evidence e"
                        + " where e.caseId = :case and e.capturedBy = :reporter and e.fileId is not null",
                        Object[].class)
                .setParameter("case", caseId).setParameter("reporter", reporter).getSingleResult();
        return new FilesKept(((Number) kept[0]).longValue(), ((Number) kept[1]).longValue());
    }

    @Override
    public List<Evidence> evidenceFrom(long caseId, String reporter) {
        return em.createQuery("select e from Evidence e where e.caseId = :case and e.capturedBy = :reporter"
                + " order by e.id", Evidence.class).setParameter("case", caseId).setParameter("reporter", reporter)
                .getResultList();
    }
}

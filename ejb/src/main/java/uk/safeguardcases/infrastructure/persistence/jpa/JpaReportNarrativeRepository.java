package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.report.ReportNarrative;
import uk.safeguardcases.domain.report.ReportNarrativeRepository;

@ApplicationScoped
public class JpaReportNarrativeRepository implements ReportNarrativeRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<ReportNarrative> of(LocalDate periodFrom) {
        return em.createQuery("select n from ReportNarrative n where n.periodFrom = :from", ReportNarrative.class)
                .setParameter("from", periodFrom).getResultList();
    }

    @Override
    public Optional<ReportNarrative> of(LocalDate periodFrom, String section) {
        return em.createQuery("select n from ReportNarrative n where n.periodFrom = :from"
                        + " and n.section = :section", ReportNarrative.class)
                .setParameter("from", periodFrom).setParameter("section", section)
                .getResultStream().findFirst();
    }

    @Override
    public void add(ReportNarrative narrative) {
        em.persist(narrative);
    }
}

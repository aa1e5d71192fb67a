package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import uk.safeguardcases.application.declaration.DeclarationReportFigures;
import uk.safeguardcases.domain.report.ReportPeriod;

/** The declarations' annual figures in JPQL: one grouped count over the period's half-open range of moments. */
@ApplicationScoped
public class JpaDeclarationReportFigures implements DeclarationReportFigures {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Object, Long> askedByStatus(ReportPeriod period) {
        return ReportSums.counts(em, period, "select d.status, count(d)"
                + " from Declaration d where d.askedAt >= :from and d.askedAt < :until group by d.status");
    }
}

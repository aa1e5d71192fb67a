package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.safeguardcases.application.lowlevel.LowLevelReportFigures;
import uk.safeguardcases.domain.report.ReportPeriod;

/** The register's annual figures in JPQL, each a row of sums over the period's half-open range of moments. */
@ApplicationScoped
public class JpaLowLevelReportFigures implements LowLevelReportFigures {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Entered entered(ReportPeriod period) {
        Object[] row = ReportSums.rowIn(em, period, "select sum(case when l.caseId is not null then 1 else 0 end),"
                + " sum(case when l.caseId is null then 1 else 0 end)"
                + " from LowLevelConcern l where l.recordedAt >= :from and l.recordedAt < :until");
        return new Entered(ReportSums.number(row[0]), ReportSums.number(row[1]));
    }

    @Override
    public Alerts alertsRaised(ReportPeriod period) {
        Object[] row = ReportSums.rowIn(em, period, "select sum(case when a.reviewedAt is not null then 1 else 0 end),"
                + " sum(case when a.reviewedAt is null then 1 else 0 end)"
                + " from PatternAlert a where a.alertedAt >= :from and a.alertedAt < :until");
        return new Alerts(ReportSums.number(row[0]), ReportSums.number(row[1]));
    }
}

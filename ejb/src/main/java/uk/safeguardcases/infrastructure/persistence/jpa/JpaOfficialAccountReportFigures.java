package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import uk.safeguardcases.application.official.OfficialAccountReportFigures;
import uk.safeguardcases.domain.report.ReportPeriod;

/** The official accounts' annual figures in JPQL: a passing by its day, a request or an expiry by its moment. */
@ApplicationScoped
public class JpaOfficialAccountReportFigures implements OfficialAccountReportFigures {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Object, Long> businessCasesByStatus(ReportPeriod period) {
        return ReportSums.counts(em, period, "select r.status, count(r)"
                + " from OfficialAccountRequest r where r.requestedAt >= :from and r.requestedAt < :until"
                + " group by r.status");
    }

    @Override
    public Accreditations accreditations(ReportPeriod period) {
        Object[] row = em.createQuery("select"
                        + " sum(case when a.passedOn >= :fromDay and a.passedOn < :untilDay and a.renewals = 0"
                        + "   then 1 else 0 end),"
                        + " sum(case when a.passedOn >= :fromDay and a.passedOn < :untilDay and a.renewals > 0"
                        + "   then 1 else 0 end),"
                        + " sum(case when a.expiredAt >= :from and a.expiredAt < :until then 1 else 0 end)"
                        + " from Accreditation a", Object[].class)
                .setParameter("fromDay", period.from()).setParameter("untilDay", period.until())
                .setParameter("from", period.startsAt()).setParameter("until", period.endsAt())
                .getSingleResult();
        return new Accreditations(ReportSums.number(row[0]), ReportSums.number(row[1]), ReportSums.number(row[2]));
    }
}

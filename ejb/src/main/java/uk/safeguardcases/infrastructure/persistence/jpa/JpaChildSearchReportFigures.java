package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.search.ChildSearchReportFigures;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.domain.search.ChildSearchStatus;

/** The child searches' annual figures in JPQL, each one row of sums over the period's half-open range of moments. */
@ApplicationScoped
public class JpaChildSearchReportFigures implements ChildSearchReportFigures {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Asked asked(ReportPeriod period) {
        Object[] row = em.createQuery("select"
                        + " sum(case when s.status in :authorised then 1 else 0 end),"
                        + " sum(case when s.status = :refused then 1 else 0 end),"
                        + " sum(case when s.status = :waiting then 1 else 0 end)"
                        + " from ChildSearch s where s.requestedAt >= :from and s.requestedAt < :until", Object[].class)
                .setParameter("authorised", List.of(ChildSearchStatus.AUTHORISED, ChildSearchStatus.AWAITING_OUTCOME,
                        ChildSearchStatus.CLOSED))
                .setParameter("refused", ChildSearchStatus.REFUSED)
                .setParameter("waiting", ChildSearchStatus.AWAITING_AUTHORISATION)
                .setParameter("from", period.startsAt()).setParameter("until", period.endsAt())
                .getSingleResult();
        return new Asked(ReportSums.number(row[0]), ReportSums.number(row[1]), ReportSums.number(row[2]));
    }

    /** The platforms are kept as their names, sorted and comma-separated: one sum per platform, in one row. */
    @Override
    public Map<Platform, Long> askedByPlatform(ReportPeriod period) {
        StringBuilder sums = new StringBuilder();
        Platform[] platforms = Platform.values();
        for (int i = 0; i < platforms.length; i++) {
            sums.append(i == 0 ? "" : ", ").append("sum(case when concat(',', s.platforms, ',') like :p").append(i)
                    .append(" then 1 else 0 end)");
        }
        Query query = em.createQuery("select " + sums + " from ChildSearch s"
                        + " where s.requestedAt >= :from and s.requestedAt < :until")
                .setParameter("from", period.startsAt()).setParameter("until", period.endsAt());
        for (int i = 0; i < platforms.length; i++) {
            query.setParameter("p" + i, "%," + platforms[i].name() + ",%");
        }
        Object result = query.getSingleResult();
        Object[] row = result instanceof Object[] many ? many : new Object[] {result};
        Map<Platform, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < platforms.length; i++) {
            counts.put(platforms[i], ReportSums.number(row[i]));
        }
        return counts;
    }
}

package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import uk.safeguardcases.domain.report.ReportPeriod;

/** The shapes of the annual report's queries: a period is the half-open range of moments [:from, :until). */
final class ReportSums {

    private ReportSums() {
    }

    /** One row of sums in the period (a query with {@code :from} and {@code :until} and no other parameter). */
    static Object[] rowIn(EntityManager em, ReportPeriod period, String jpql) {
        return em.createQuery(jpql, Object[].class)
                .setParameter("from", period.startsAt()).setParameter("until", period.endsAt())
                .getSingleResult();
    }

    /** A count per value from a query grouped by it ({@code select value, count(…) … group by value}). */
    static Map<Object, Long> counts(EntityManager em, ReportPeriod period, String jpql) {
        Map<Object, Long> counts = new HashMap<>();
        em.createQuery(jpql, Object[].class)
                .setParameter("from", period.startsAt()).setParameter("until", period.endsAt())
                .getResultList()
                .forEach(row -> counts.merge(row[0], number(row[1]), Long::sum));
        return counts;
    }

    /** A sum, zero when no row was summed. */
    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}

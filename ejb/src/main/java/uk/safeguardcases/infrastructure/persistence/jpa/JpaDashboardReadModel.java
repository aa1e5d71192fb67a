package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.cases.DeadlineKind;
import uk.safeguardcases.application.dashboard.DashboardReadModel;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.ConcernsWhom;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/** The dashboard's counts and deadlines in JPQL; every deadline, the LADO referral's included, on the product's rows. */
@ApplicationScoped
public class JpaDashboardReadModel implements DashboardReadModel {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<CaseStatus, Long> openCasesByStep() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        em.createQuery("select c.status, count(c) from SafeguardingCase c where c.status in :open"
                        + " group by c.status", Object[].class)
                .setParameter("open", CaseStatus.OPEN)
                .getResultList().forEach(row -> counts.put((CaseStatus) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public Map<ConcernsWhom, Long> openCasesByWhom() {
        Map<ConcernsWhom, Long> counts = new EnumMap<>(ConcernsWhom.class);
        em.createQuery("select c.concernsWhom, count(c) from SafeguardingCase c where c.status in :open"
                        + " group by c.concernsWhom", Object[].class)
                .setParameter("open", CaseStatus.OPEN).getResultList()
                .forEach(row -> counts.put((ConcernsWhom) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public Map<ConcernsWhom, Long> casesRaisedByWhomSince(Instant since) {
        Map<ConcernsWhom, Long> counts = new EnumMap<>(ConcernsWhom.class);
        em.createQuery("select c.concernsWhom, count(c) from SafeguardingCase c where c.raisedAt >= :since"
                        + " group by c.concernsWhom", Object[].class)
                .setParameter("since", since)
                .getResultList().forEach(row -> counts.put((ConcernsWhom) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public Map<YearMonth, Long> casesRaisedPerMonthSince(Instant since) {
        Map<YearMonth, Long> counts = new HashMap<>();
        em.createQuery("select extract(year from c.raisedAt), extract(month from c.raisedAt), count(c)"
                        + " from SafeguardingCase c where c.raisedAt >= :since"
                        + " group by extract(year from c.raisedAt), extract(month from c.raisedAt)", Object[].class)
                .setParameter("since", since)
                .getResultList().forEach(row -> counts.merge(YearMonth.of(((Number) row[0]).intValue(),
                        ((Number) row[1]).intValue()), ((Number) row[2]).longValue(), Long::sum));
        return counts;
    }

    @Override
    public Map<String, Long> casesPerClauseReference() {
        Map<String, Long> byReference = new HashMap<>();
        em.createQuery("select a.clause.reference, count(distinct a.caseId) from Allegation a"
                        + " group by a.clause.reference", Object[].class)
                .getResultList().forEach(row -> byReference.put((String) row[0], (Long) row[1]));
        return byReference;
    }

    @Override
    public List<ClauseVersion> clauseVersions() {
        return em.createQuery("select cl.id, cl.reference, cl.retired, cl.text, cl.textCy from PolicyClause cl"
                        + " order by cl.retired, cl.sortOrder, cl.versionNo desc", Object[].class)
                .getResultStream()
                .map(row -> new ClauseVersion((Long) row[0], (String) row[1], (Boolean) row[2], (String) row[3],
                        (String) row[4]))
                .toList();
    }

    @Override
    public List<DeadlineRow> deadlinesBefore(Instant before, int most) {
        List<DeadlineRow> deadlines = new ArrayList<>();
        em.createQuery("select r.kind, c.reference, c.subjectName, r.answerBy.due"
                        + " from MemberRequest r join SafeguardingCase c on c.id = r.caseId where c.status in :open"
                        + " and r.answerBy.missedAt is null and r.answerBy.due < :soon and r.setAsideAt is null"
                        + " and (r.response is null or (r.response = :moreTime and r.decision = 'MORE_TIME_GIVEN'))"
                        + " order by r.answerBy.due", Object[].class)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("soon", before)
                .setParameter("moreTime", MemberResponse.MORE_TIME)
                .setMaxResults(most)
                .getResultList()
                .forEach(row -> deadlines.add(new DeadlineRow(row[0] == RequestKind.REMOVAL ? DeadlineKind.REMOVAL
                        : DeadlineKind.COOPERATION, (String) row[1], (String) row[2], (Instant) row[3])));
        em.createQuery("select c.reference, c.subjectName, r.acknowledgeBy.due"
                        + " from Referral r join SafeguardingCase c on c.id = r.caseId where c.status in :open"
                        + " and r.acknowledgedAt is null and r.acknowledgeBy.due < :soon"
                        + " order by r.acknowledgeBy.due", Object[].class)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("soon", before)
                .setMaxResults(most)
                .getResultList()
                .forEach(row -> deadlines.add(new DeadlineRow(DeadlineKind.HR_ACKNOWLEDGEMENT, (String) row[0],
                        (String) row[1], (Instant) row[2])));
        // The LADO referral still to be made (the case is at that step), and the report about an adult at risk.
        deadlines.addAll(atStep(CaseStatus.AWAITING_LADO_REFERRAL, "ladoReferralBy", DeadlineKind.LADO_REFERRAL,
                before, most));
        deadlines.addAll(atStep(CaseStatus.AWAITING_ADULT_SAFEGUARDING_REPORT, "adultReportBy",
                DeadlineKind.ADULT_SAFEGUARDING_REPORT, before, most));
        return deadlines;
    }

    /**
     * The cases at {@code step} whose deadline {@code deadline} (a field of the case's {@code ExternalDeadlines})
     * falls before {@code before}.
     */
    private List<DeadlineRow> atStep(CaseStatus step, String deadline, DeadlineKind kind, Instant before, int most) {
        String due = "c.externalDeadlines." + deadline + ".due";
        return em.createQuery("select c.reference, c.subjectName, " + due + " from SafeguardingCase c"
                        + " where c.status = :step and " + due + " < :soon order by " + due, Object[].class)
                .setParameter("step", step)
                .setParameter("soon", before)
                .setMaxResults(most)
                .getResultStream()
                .map(row -> new DeadlineRow(kind, (String) row[0], (String) row[1], (Instant) row[2]))
                .toList();
    }
}

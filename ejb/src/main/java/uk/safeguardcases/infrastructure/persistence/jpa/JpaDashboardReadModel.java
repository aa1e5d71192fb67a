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

/**
 * The dashboard's counts and deadlines in JPQL; every deadline, the LADO referral's included, on the product's rows.
 * Each query holds its rows to the board itself and runs as a {@link BoardQuery}, so Hibernate translates it once.
 */
@ApplicationScoped
public class JpaDashboardReadModel implements DashboardReadModel {

    /** The open steps written into the queries: a list bound as a parameter keeps Hibernate from keeping a plan. */
    private static final String OPEN = CaseStatus.OPEN.stream().map(step -> CaseStatus.class.getName() + "." + step)
            .sorted().collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<CaseStatus, Long> openCasesByStep() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        BoardQuery.list(em.createQuery("select c.status, count(c) from SafeguardingCase c where c.tenantId = :board"
                        + " and c.status in " + OPEN + " group by c.status", Object[].class))
                .forEach(row -> counts.put((CaseStatus) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public Map<ConcernsWhom, Long> openCasesByWhom() {
        Map<ConcernsWhom, Long> counts = new EnumMap<>(ConcernsWhom.class);
        BoardQuery.list(em.createQuery("select c.concernsWhom, count(c) from SafeguardingCase c"
                        + " where c.tenantId = :board and c.status in " + OPEN + " group by c.concernsWhom",
                        Object[].class))
                .forEach(row -> counts.put((ConcernsWhom) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public Map<ConcernsWhom, Long> casesRaisedByWhomSince(Instant since) {
        Map<ConcernsWhom, Long> counts = new EnumMap<>(ConcernsWhom.class);
        BoardQuery.list(em.createQuery("select c.concernsWhom, count(c) from SafeguardingCase c"
                        + " where c.tenantId = :board and c.raisedAt >= :since group by c.concernsWhom", Object[].class)
                .setParameter("since", since))
                .forEach(row -> counts.put((ConcernsWhom) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public Map<YearMonth, Long> casesRaisedPerMonthSince(Instant since) {
        Map<YearMonth, Long> counts = new HashMap<>();
        BoardQuery.list(em.createQuery("select extract(year from c.raisedAt), extract(month from c.raisedAt), count(c)"
                        + " from SafeguardingCase c where c.tenantId = :board and c.raisedAt >= :since"
                        + " group by extract(year from c.raisedAt), extract(month from c.raisedAt)", Object[].class)
                .setParameter("since", since))
                .forEach(row -> counts.merge(YearMonth.of(((Number) row[0]).intValue(),
                        ((Number) row[1]).intValue()), ((Number) row[2]).longValue(), Long::sum));
        return counts;
    }

    @Override
    public Map<String, Long> casesPerClauseReference() {
        Map<String, Long> byReference = new HashMap<>();
        BoardQuery.list(em.createQuery("select cl.reference, count(distinct a.caseId) from Allegation a"
                        + " join a.clause cl where a.tenantId = :board and cl.tenantId = :board group by cl.reference",
                        Object[].class))
                .forEach(row -> byReference.put((String) row[0], (Long) row[1]));
        return byReference;
    }

    @Override
    public List<ClauseVersion> clauseVersions() {
        return BoardQuery.list(em.createQuery("select cl.id, cl.reference, cl.retired, cl.text, cl.textCy"
                        + " from PolicyClause cl where cl.tenantId = :board"
                        + " order by cl.retired, cl.sortOrder, cl.versionNo desc", Object[].class))
                .stream()
                .map(row -> new ClauseVersion((Long) row[0], (String) row[1], (Boolean) row[2], (String) row[3],
                        (String) row[4]))
                .toList();
    }

    @Override
    public List<DeadlineRow> deadlinesBefore(Instant before, int most) {
        List<DeadlineRow> deadlines = new ArrayList<>();
        BoardQuery.list(em.createQuery("select r.kind, c.reference, c.subjectName, r.answerBy.due"
                        + " from MemberRequest r join SafeguardingCase c on c.id = r.caseId"
                        + " where r.tenantId = :board and c.tenantId = :board and c.status in " + OPEN
                        + " and r.answerBy.missedAt is null and r.answerBy.due < :soon and r.setAsideAt is null"
                        + " and (r.response is null or (r.response = :moreTime and r.decision = 'MORE_TIME_GIVEN'))"
                        + " order by r.answerBy.due", Object[].class)
                .setParameter("soon", before)
                .setParameter("moreTime", MemberResponse.MORE_TIME)
                .setMaxResults(most))
                .forEach(row -> deadlines.add(new DeadlineRow(row[0] == RequestKind.REMOVAL ? DeadlineKind.REMOVAL
                        : DeadlineKind.COOPERATION, (String) row[1], (String) row[2], (Instant) row[3])));
        BoardQuery.list(em.createQuery("select c.reference, c.subjectName, r.acknowledgeBy.due"
                        + " from Referral r join SafeguardingCase c on c.id = r.caseId"
                        + " where r.tenantId = :board and c.tenantId = :board and c.status in " + OPEN
                        + " and r.acknowledgedAt is null and r.acknowledgeBy.due < :soon"
                        + " order by r.acknowledgeBy.due", Object[].class)
                .setParameter("soon", before)
                .setMaxResults(most))
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
        return BoardQuery.list(em.createQuery("select c.reference, c.subjectName, " + due + " from SafeguardingCase c"
                        + " where c.tenantId = :board and c.status = :step and " + due + " < :soon order by " + due,
                        Object[].class)
                .setParameter("step", step)
                .setParameter("soon", before)
                .setMaxResults(most))
                .stream()
                .map(row -> new DeadlineRow(kind, (String) row[0], (String) row[1], (Instant) row[2]))
                .toList();
    }
}

package uk.safeguardcases.application.dashboard;

import jakarta.inject.Inject;
import java.time.Clock;
import uk.safeguardcases.application.cases.DeadlineKind;
import uk.safeguardcases.application.Texts;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * The officer's and senior manager's overview of their board: open cases by step, the deadlines passed or
 * coming, and the cases per month and per clause. Counting is done by the database; every query is
 * tenant-filtered by Hibernate; every deadline, the LADO referral's included, is on the product's own rows.
 */
@Stateless
public class DashboardService {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    /** A deadline is "due soon" when it falls within this time. */
    public static final Duration DUE_SOON = Duration.ofDays(3);
    public static final int MONTHS = 12;

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int MAX_DEADLINES = 200;

    @PersistenceContext
    private EntityManager em;

    /** The counts over all the board's cases, kept until its records change. */
    @jakarta.inject.Inject
    private uk.safeguardcases.application.cases.BoardCounts boardCounts;


    /** Every step with at least one open case, in the order of the process. */
    public List<StepCount> openCasesByStep() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        em.createQuery("select c.status, count(c) from SafeguardingCase c where c.status in :open"
                        + " group by c.status", Object[].class)
                .setParameter("open", CaseStatus.OPEN)
                .getResultList().forEach(row -> counts.put((CaseStatus) row[0], (Long) row[1]));
        return counts.entrySet().stream()
                .map(e -> new StepCount(e.getKey(), e.getKey().label(), e.getValue())).toList();
    }

    /**
     * The board's cases by whom they concern (children, adults at risk, both): open now, and raised in the last twelve
     * months (this one included). Every group is listed, with zeros.
     */
    public List<ConcernCount> casesByConcern() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        Map<uk.safeguardcases.domain.cases.ConcernsWhom, long[]> counts =
                new EnumMap<>(uk.safeguardcases.domain.cases.ConcernsWhom.class);
        for (uk.safeguardcases.domain.cases.ConcernsWhom whom : uk.safeguardcases.domain.cases.ConcernsWhom.values()) {
            counts.put(whom, new long[2]);
        }
        em.createQuery("select c.concernsWhom, count(c) from SafeguardingCase c where c.status in :open"
                        + " group by c.concernsWhom", Object[].class)
                .setParameter("open", CaseStatus.OPEN).getResultList()
                .forEach(row -> counts.get((uk.safeguardcases.domain.cases.ConcernsWhom) row[0])[0] = (Long) row[1]);
        YearMonth firstMonth = YearMonth.now(clock.withZone(UK)).minusMonths(MONTHS - 1L);
        List<Object[]> raised = boardCounts.of("raised by whom since", firstMonth, () -> em.createQuery(
                        "select c.concernsWhom, count(c) from SafeguardingCase c where c.raisedAt >= :since"
                        + " group by c.concernsWhom", Object[].class)
                .setParameter("since", firstMonth.atDay(1).atStartOfDay(UK).toInstant())
                .getResultList());
        raised.forEach(row -> counts.get((uk.safeguardcases.domain.cases.ConcernsWhom) row[0])[1] = (Long) row[1]);
        return counts.entrySet().stream().map(e -> new ConcernCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** The cases raised in each of the last twelve months (this one included), oldest first. */
    public List<MonthCount> casesPerMonth() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        YearMonth thisMonth = YearMonth.now(clock.withZone(UK));
        YearMonth firstMonth = thisMonth.minusMonths(MONTHS - 1L);
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < MONTHS; i++) {
            counts.put(firstMonth.plusMonths(i), 0L);
        }
        List<Object[]> raised = boardCounts.of("raised per month since", firstMonth, () -> em.createQuery(
                        "select extract(year from c.raisedAt), extract(month from c.raisedAt), count(c)"
                        + " from SafeguardingCase c where c.raisedAt >= :since"
                        + " group by extract(year from c.raisedAt), extract(month from c.raisedAt)", Object[].class)
                .setParameter("since", firstMonth.atDay(1).atStartOfDay(UK).toInstant())
                .getResultList());
        raised.forEach(row -> counts.computeIfPresent(YearMonth.of(((Number) row[0]).intValue(),
                        ((Number) row[1]).intValue()), (month, zero) -> zero + ((Number) row[2]).longValue()));
        return counts.entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue())).toList();
    }

    /**
     * Each clause of the board's policy with the number of cases citing it, in the policy's order. A clause is
     * counted by its reference, so cases that cited an earlier wording count with the current one; a reference
     * only retired versions carry is listed after the others if cases cite it. The id is the current (else the
     * latest) version's, which the case list's clause filter widens to every version.
     */
    public List<ClauseCount> casesPerClause() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        Map<String, Long> counts = boardCounts.of("cases per clause", "", () -> {
            Map<String, Long> byReference = new HashMap<>();
            em.createQuery("select a.clause.reference, count(distinct a.caseId) from Allegation a"
                            + " group by a.clause.reference", Object[].class)
                    .getResultList().forEach(row -> byReference.put((String) row[0], (Long) row[1]));
            return Map.copyOf(byReference);
        });
        Map<String, ClauseCount> byReference = new LinkedHashMap<>();
        em.createQuery("select cl.id, cl.reference, cl.retired, cl.text, cl.textCy from PolicyClause cl"
                        + " order by cl.retired, cl.sortOrder, cl.versionNo desc", Object[].class)
                .getResultStream()
                .filter(row -> !(Boolean) row[2] || counts.containsKey((String) row[1]))
                .forEach(row -> byReference.putIfAbsent((String) row[1], new ClauseCount((Long) row[0],
                        (String) row[1], Texts.wording((String) row[3], (String) row[4]), counts.getOrDefault((String) row[1], 0L))));
        return List.copyOf(byReference.values());
    }

    /** Deadlines of open cases that have passed or fall due within {@link #DUE_SOON}, soonest first. */
    public List<Deadline> deadlines() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        Instant now = Instant.now(clock);
        Instant soon = now.plus(DUE_SOON);
        List<Deadline> deadlines = new ArrayList<>();
        em.createQuery("select r.kind, c.reference, c.subjectName, r.answerBy.due"
                        + " from MemberRequest r join SafeguardingCase c on c.id = r.caseId where c.status in :open"
                        + " and r.answerBy.missedAt is null and r.answerBy.due < :soon and r.setAsideAt is null"
                        + " and (r.response is null or (r.response = :moreTime and r.decision = 'MORE_TIME_GIVEN'))"
                        + " order by r.answerBy.due", Object[].class)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("soon", soon)
                .setParameter("moreTime", MemberResponse.MORE_TIME)
                .setMaxResults(MAX_DEADLINES)
                .getResultList()
                .forEach(row -> deadlines.add(new Deadline(row[0] == RequestKind.REMOVAL ? DeadlineKind.REMOVAL
                        : DeadlineKind.COOPERATION, (String) row[1], (String) row[2], (Instant) row[3],
                        ((Instant) row[3]).isBefore(now))));
        em.createQuery("select c.reference, c.subjectName, r.acknowledgeBy.due"
                        + " from Referral r join SafeguardingCase c on c.id = r.caseId where c.status in :open"
                        + " and r.acknowledgedAt is null and r.acknowledgeBy.due < :soon"
                        + " order by r.acknowledgeBy.due", Object[].class)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("soon", soon)
                .setMaxResults(MAX_DEADLINES)
                .getResultList()
                .forEach(row -> deadlines.add(new Deadline(DeadlineKind.HR_ACKNOWLEDGEMENT, (String) row[0],
                        (String) row[1], (Instant) row[2], ((Instant) row[2]).isBefore(now))));
        deadlines.addAll(ladoReferrals(now, soon));
        deadlines.addAll(adultReports(now, soon));
        deadlines.sort(Comparator.comparing(Deadline::due));
        return deadlines;
    }

    /** Cases whose report about an adult at risk is still to be made, due soon or overdue. */
    private List<Deadline> adultReports(Instant now, Instant soon) {
        return em.createQuery("select c.reference, c.subjectName, c.adultReportBy.due from SafeguardingCase c"
                        + " where c.status = :step and c.adultReportBy.due < :soon order by c.adultReportBy.due",
                        Object[].class)
                .setParameter("step", CaseStatus.AWAITING_ADULT_SAFEGUARDING_REPORT)
                .setParameter("soon", soon)
                .setMaxResults(MAX_DEADLINES)
                .getResultStream()
                .map(row -> new Deadline(DeadlineKind.ADULT_SAFEGUARDING_REPORT, (String) row[0], (String) row[1],
                        (Instant) row[2], ((Instant) row[2]).isBefore(now)))
                .toList();
    }

    /** Cases whose LADO referral is still to be made (the case is at that step), due soon or overdue. */
    private List<Deadline> ladoReferrals(Instant now, Instant soon) {
        return em.createQuery("select c.reference, c.subjectName, c.ladoReferralBy.due from SafeguardingCase c"
                        + " where c.status = :step and c.ladoReferralBy.due < :soon order by c.ladoReferralBy.due",
                        Object[].class)
                .setParameter("step", CaseStatus.AWAITING_LADO_REFERRAL)
                .setParameter("soon", soon)
                .setMaxResults(MAX_DEADLINES)
                .getResultStream()
                .map(row -> new Deadline(DeadlineKind.LADO_REFERRAL, (String) row[0], (String) row[1], (Instant) row[2],
                        ((Instant) row[2]).isBefore(now)))
                .toList();
    }
}

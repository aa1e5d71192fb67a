package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.annualreport.AnnualFiguresReadModel;
import uk.safeguardcases.application.annualreport.RawTable;
import uk.safeguardcases.application.annualreport.RowLabel;
import uk.safeguardcases.application.outcomes.KnownTriageOutcomes;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.AllegationFinding;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.ConcernsWhom;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.referral.Agency;
import uk.safeguardcases.domain.referral.AppealOutcome;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.referral.ReferralKind;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.domain.report.Spread;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * The product's own annual figures in JPQL (its cases, deadlines, referrals and subject access), each one grouped
 * query in the database (never rows counted in Java), on the caller's board only: every query is on the board's
 * entities, which Hibernate's board filter narrows, as the dashboard's are. A period is a half-open range of moments,
 * [first moment, first moment after).
 *
 * <p>What each figure counts is said in {@code docs/processes/annual-report.md}; the cohorts are chosen so each table
 * adds up: concerns by the day they were raised, closures by the day they closed, a deadline by the day it fell due.
 */
@ApplicationScoped
public class JpaAnnualFigures implements AnnualFiguresReadModel {

    /** How a deadline of the period went: done in time, done late, not done and overdue, not yet due. */
    enum Timeliness {
        IN_TIME, LATE, OVERDUE, NOT_YET_DUE
    }

    @Inject
    private KnownTriageOutcomes outcomes;

    @PersistenceContext
    private EntityManager em;


    // Investigations.

    /** Concerns raised in the period by where they came from: every source the product knows, with zeros. */
    RawTable concernsBySource(ReportPeriod period) {
        return byValue("concerns.source", CaseSource.values(), "select c.source, count(c) from SafeguardingCase c"
                + " where c.raisedAt >= :from and c.raisedAt < :until group by c.source", period, true);
    }

    /** Concerns raised in the period by whom they put at risk. */
    RawTable concernsByWhom(ReportPeriod period) {
        return byValue("concerns.whom", ConcernsWhom.values(), "select c.concernsWhom, count(c) from SafeguardingCase c"
                + " where c.raisedAt >= :from and c.raisedAt < :until group by c.concernsWhom", period, true);
    }

    /** Concerns raised in the period by the member's parent organisation: every organisation of the board. */
    RawTable concernsByOrganisation(ReportPeriod period) {
        Map<Object, Long> counts = counts("select c.organisation.id, count(c) from SafeguardingCase c"
                + " where c.raisedAt >= :from and c.raisedAt < :until group by c.organisation.id", period);
        Map<RowLabel, Long> rows = new LinkedHashMap<>();
        em.createQuery("select o.id, o.name, o.nameCy from ParentOrganisation o order by o.name", Object[].class)
                .getResultList()
                .forEach(row -> rows.put(RowLabel.named((String) row[1], (String) row[2]),
                        counts.getOrDefault(row[0], 0L)));
        return new RawTable("concerns.organisation", rows, true);
    }

    /** Concerns raised in the period by the employer's sector (the kind of parent organisation), as LADOs report it. */
    RawTable concernsBySector(ReportPeriod period) {
        return byValue("concerns.sector", OrganisationKind.values(), "select c.organisation.kind, count(c)"
                + " from SafeguardingCase c where c.raisedAt >= :from and c.raisedAt < :until"
                + " group by c.organisation.kind", period, true);
    }

    /**
     * The allegations of the concerns raised in the period by their category, the KCSIE 2025 and 2026 online content
     * risks among them (each allegation counts once: the rows add up to the allegations).
     */
    RawTable allegationsByCategory(ReportPeriod period) {
        return byValue("allegations.category", AllegationCategory.values(), "select a.category, count(a)"
                + " from Allegation a join SafeguardingCase c on c.id = a.caseId"
                + " where c.raisedAt >= :from and c.raisedAt < :until group by a.category", period, true);
    }

    /**
     * Concerns raised in the period citing each clause of the board's policy (a case citing several counts under
     * each, so the rows add up to more than the concerns: no total). A clause is counted by its reference, every
     * version together, as on the dashboard.
     */
    RawTable concernsByClause(ReportPeriod period) {
        Map<Object, Long> counts = counts("select a.clause.reference, count(distinct a.caseId) from Allegation a"
                + " join SafeguardingCase c on c.id = a.caseId where c.raisedAt >= :from and c.raisedAt < :until"
                + " group by a.clause.reference", period);
        Map<String, RowLabel> byReference = new LinkedHashMap<>();
        em.createQuery("select cl.reference, cl.retired, cl.section, cl.sectionCy from PolicyClause cl"
                        + " order by cl.retired, cl.sortOrder, cl.versionNo desc", Object[].class)
                .getResultStream()
                .filter(row -> !(Boolean) row[1] || counts.containsKey(row[0]))
                .forEach(row -> byReference.putIfAbsent((String) row[0], RowLabel.named(row[0] + " – " + row[2],
                        row[3] == null ? null : row[0] + " – " + row[3])));
        Map<RowLabel, Long> rows = new LinkedHashMap<>();
        byReference.forEach((reference, label) -> rows.put(label, counts.getOrDefault(reference, 0L)));
        return new RawTable("concerns.clause", rows, false);
    }

    /**
     * Concerns raised in the period that are about a member the board has had a concern about before (matched to the
     * same person), the first about them, or not matched to a member of the board at all.
     */
    RawTable repeatConcerns(ReportPeriod period) {
        Object[] row = rowIn(period, "select"
                + " sum(case when c.subjectPersonId is null then 1 else 0 end),"
                + " sum(case when c.subjectPersonId is not null and exists (select 1 from SafeguardingCase p"
                + "   where p.subjectPersonId = c.subjectPersonId and p.raisedAt < c.raisedAt) then 1 else 0 end),"
                + " count(c)"
                + " from SafeguardingCase c where c.raisedAt >= :from and c.raisedAt < :until");
        long unmatched = number(row[0]);
        long repeat = number(row[1]);
        long all = number(row[2]);
        Map<RowLabel, Long> rows = new LinkedHashMap<>();
        rows.put(RowLabel.of("row.repeat.first"), all - unmatched - repeat);
        rows.put(RowLabel.of("row.repeat.repeat"), repeat);
        rows.put(RowLabel.of("row.repeat.unmatched"), unmatched);
        return new RawTable("concerns.repeat", rows, true);
    }

    /** The triage decision on the concerns raised in the period; "not yet" for those still waiting for it. */
    RawTable triageDecisions(ReportPeriod period) {
        return RawTable.byValue("triage.decision", outcomes.decisions(), (TriageDecision d) -> new RowLabel(
                "TriageDecision." + d.name(), d.label(), null), named(counts("select c.triage.decision, count(c)"
                + " from SafeguardingCase c where c.raisedAt >= :from and c.raisedAt < :until"
                + " group by c.triage.decision", period)), true);
    }

    /**
     * Concerns raised in the period that put a child at risk, by how the LADO came into them: referred to the LADO;
     * a LADO referral due (the harm threshold met at triage) but not made; handled by the board with advice and no
     * LADO referral (the threshold not met: what LADOs count as an advice-only contact); or not yet triaged.
     */
    RawTable ladoContacts(ReportPeriod period) {
        String referred = "exists (select 1 from ExternalReferral e where e.caseId = c.id and e.agency = :agency)";
        String due = "c.externalDeadlines.ladoReferralBy.due";
        Object[] row = em.createQuery("select"
                        + " sum(case when " + referred + " then 1 else 0 end),"
                        + " sum(case when not " + referred + " and " + due + " is not null then 1 else 0 end),"
                        + " sum(case when not " + referred + " and " + due + " is null"
                        + "   and c.triage.decision is not null then 1 else 0 end),"
                        + " sum(case when not " + referred + " and " + due + " is null"
                        + "   and c.triage.decision is null then 1 else 0 end)"
                        + " from SafeguardingCase c where c.raisedAt >= :from and c.raisedAt < :until"
                        + " and c.concernsWhom in :children", Object[].class)
                .setParameter("from", period.startsAt()).setParameter("until", period.endsAt())
                .setParameter("agency", Agency.LADO)
                .setParameter("children", List.of(ConcernsWhom.CHILDREN, ConcernsWhom.BOTH))
                .getSingleResult();
        return sums("concerns.lado", row, "row.lado.referred", "row.lado.due", "row.lado.adviceOnly",
                "row.lado.notTriaged");
    }

    // Statutory timeliness.

    /** LADO referrals that fell due in the period (one working day from triage), and how each went. */
    RawTable ladoReferrals(ReportPeriod period, Instant now) {
        String due = "c.externalDeadlines.ladoReferralBy.due";
        return timeliness("timeliness.lado", "select " + timelinessSums("e.referredAt", due)
                + " from SafeguardingCase c left join ExternalReferral e on e.caseId = c.id and e.agency = :agency"
                + " where " + due + " >= :from and " + due + " < :until", period, now, Agency.LADO);
    }

    /** Reports to the adult safeguarding team that fell due in the period, and how each went. */
    RawTable adultReports(ReportPeriod period, Instant now) {
        String due = "c.externalDeadlines.adultReportBy.due";
        return timeliness("timeliness.adults", "select " + timelinessSums("e.referredAt", due)
                + " from SafeguardingCase c left join ExternalReferral e on e.caseId = c.id and e.agency = :agency"
                + " where " + due + " >= :from and " + due + " < :until", period, now, Agency.ADULT_SAFEGUARDING);
    }

    /** Requests to remove content whose deadline (after any more time given) fell in the period: answered by it? */
    RawTable removalDeadlines(ReportPeriod period, Instant now) {
        return timeliness("timeliness.removal", "select " + timelinessSums("r.respondedAt", "r.answerBy.due")
                + " from MemberRequest r where r.kind = :kind and r.answerBy.due >= :from and r.answerBy.due < :until",
                period, now, RequestKind.REMOVAL);
    }

    /** Subject access requests received in the period: answered within the month (or the time extended to)? */
    RawTable subjectAccess(ReportPeriod period, Instant now) {
        Object[] row = em.createQuery("select " + timelinessSums("s.answeredAt", "s.answerBy.due")
                        + " from SubjectAccessRequest s where s.receivedOn >= :from and s.receivedOn < :until",
                        Object[].class)
                .setParameter("from", period.from()).setParameter("until", period.until()).setParameter("now", now)
                .getSingleResult();
        return timelinessTable("timeliness.subjectAccess", row);
    }

    // Results.

    /** Cases closed in the period, by why they closed. */
    RawTable closures(ReportPeriod period) {
        return RawTable.byValue("results.closure", outcomes.reasons(), (ClosureReason r) -> new RowLabel(
                "ClosureReason." + r.name(), r.label(), null), named(counts("select c.closure.reason, count(c)"
                + " from SafeguardingCase c where c.closure.closedAt >= :from and c.closure.closedAt < :until"
                + " group by c.closure.reason", period)), true);
    }

    /** Findings on allegations recorded in the period (Keeping Children Safe in Education, Part 4). */
    RawTable findings(ReportPeriod period) {
        return byValue("results.finding", AllegationFinding.values(), "select c.finding.found, count(c)"
                + " from SafeguardingCase c where c.finding.recordedAt >= :from and c.finding.recordedAt < :until"
                + " group by c.finding.found", period, true);
    }

    /** Referrals sent to members' employers in the period, by kind. */
    RawTable referrals(ReportPeriod period) {
        return byValue("results.referrals", ReferralKind.values(), "select r.kind, count(r) from Referral r"
                + " where r.sentAt >= :from and r.sentAt < :until group by r.kind", period, true);
    }

    /** Employers' disciplinary outcomes recorded in the period. */
    RawTable disciplinaryOutcomes(ReportPeriod period) {
        return byValue("results.disciplinary", HrOutcome.values(), "select r.hrOutcome, count(r) from Referral r"
                + " where r.outcomeRecordedAt >= :from and r.outcomeRecordedAt < :until group by r.hrOutcome", period,
                true);
    }

    /** Appeals against a disciplinary outcome lodged in the period, by how they ended ("not yet" if open). */
    RawTable appeals(ReportPeriod period) {
        return byValue("results.appeals", AppealOutcome.values(), "select r.appealOutcome, count(r) from Referral r"
                + " where r.appealLodgedAt >= :from and r.appealLodgedAt < :until group by r.appealOutcome", period,
                true);
    }

    // How long.

    /**
     * Days from concern to closure of the cases closed in the period (all of them, or those investigated): their number
     * and the median and 90th percentile, by the database's {@code percentile_cont}. JPQL has no ordered-set
     * aggregates (Hibernate refuses them under the server's strict JPA compliance), so this one query is SQL, in the
     * SQL H2 and PostgreSQL share, and names the caller's board itself.
     */
    @Override
    public Spread concernToClosure(ReportPeriod period, boolean investigatedOnly) {
        String seconds = "(extract(epoch from closed_at) - extract(epoch from raised_at))";
        Query query = em.createNativeQuery("select count(*),"
                        + " percentile_cont(0.5) within group (order by " + seconds + "),"
                        + " percentile_cont(0.9) within group (order by " + seconds + ")"
                        + " from safeguarding_case where tenant_id = ?1 and closed_at >= ?2 and closed_at < ?3"
                        + (investigatedOnly ? " and triage_decision = ?4" : ""))
                .setParameter(1, CallerContext.current().tenantId())
                .setParameter(2, OffsetDateTime.ofInstant(period.startsAt(), ZoneOffset.UTC))
                .setParameter(3, OffsetDateTime.ofInstant(period.endsAt(), ZoneOffset.UTC));
        if (investigatedOnly) {
            query.setParameter(4, TriageDecision.INVESTIGATE.name());
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new Spread(number(row[0]), days(row[1]), days(row[2]));
    }

    // The queries' shapes.

    private static String timelinessSums(String doneAt, String due) {
        return "sum(case when " + doneAt + " is not null and " + doneAt + " <= " + due + " then 1 else 0 end),"
                + " sum(case when " + doneAt + " is not null and " + doneAt + " > " + due + " then 1 else 0 end),"
                + " sum(case when " + doneAt + " is null and " + due + " < :now then 1 else 0 end),"
                + " sum(case when " + doneAt + " is null and " + due + " >= :now then 1 else 0 end)";
    }

    private RawTable timeliness(String key, String jpql, ReportPeriod period, Instant now, Enum<?> kind) {
        Object[] row = em.createQuery(jpql, Object[].class)
                .setParameter("from", period.startsAt()).setParameter("until", period.endsAt())
                .setParameter("now", now).setParameter(kind instanceof Agency ? "agency" : "kind", kind)
                .getSingleResult();
        return timelinessTable(key, row);
    }

    private static RawTable timelinessTable(String key, Object[] row) {
        return sums(key, row, Arrays.stream(Timeliness.values()).map(t -> "row.timeliness." + t.name())
                .toArray(String[]::new));
    }

    /** One row of sums in the period (a query with {@code :from} and {@code :until} and no other parameter). */
    private Object[] rowIn(ReportPeriod period, String jpql) {
        return em.createQuery(jpql, Object[].class)
                .setParameter("from", period.startsAt()).setParameter("until", period.endsAt())
                .getSingleResult();
    }

    /** An additive table from one row of sums, the i-th sum under the i-th row's words. */
    private static RawTable sums(String key, Object[] row, String... rowKeys) {
        return RawTable.sums(key, Arrays.stream(row).mapToLong(JpaAnnualFigures::number).toArray(), rowKeys);
    }

    /** A count per value of an enum, from a query grouped by it (see {@link RawTable#byValue}). */
    private <E extends Enum<E>> RawTable byValue(String key, E[] values, String jpql, ReportPeriod period,
            boolean additive) {
        return RawTable.byValue(key, values, counts(jpql, period), additive);
    }

    /** Counts keyed by the values the columns were read back as. */
    @SuppressWarnings("unchecked")
    private static <T> Map<T, Long> named(Map<Object, Long> counts) {
        return (Map<T, Long>) (Map<?, Long>) counts;
    }

    private Map<Object, Long> counts(String jpql, ReportPeriod period) {
        Map<Object, Long> counts = new HashMap<>();
        em.createQuery(jpql, Object[].class)
                .setParameter("from", period.startsAt()).setParameter("until", period.endsAt())
                .getResultList()
                .forEach(row -> counts.merge(row[0], number(row[1]), Long::sum));
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double days(Object seconds) {
        return seconds == null ? null : ((Number) seconds).doubleValue() / 86_400;
    }

    @Override
    public List<RawTable> investigations(ReportPeriod period) {
        return List.of(concernsBySource(period), concernsByWhom(period), concernsBySector(period),
                concernsByOrganisation(period), concernsByClause(period), allegationsByCategory(period), repeatConcerns(period),
                triageDecisions(period), ladoContacts(period));
    }

    @Override
    public List<RawTable> timeliness(ReportPeriod period, Instant now) {
        return List.of(ladoReferrals(period, now), adultReports(period, now), removalDeadlines(period, now),
                subjectAccess(period, now));
    }

    @Override
    public List<RawTable> results(ReportPeriod period) {
        return List.of(closures(period), findings(period), referrals(period), disciplinaryOutcomes(period),
                appeals(period));
    }
}

package uk.safeguardcases.application.cases;

import java.time.Clock;
import uk.safeguardcases.application.Texts;

import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguardcases.application.cases.DeadlineKind;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.people.Role;

/**
 * The board's cases filtered and sorted by the database, a page at a time (the case list, the REST API)
 * or all of them in order (the CSV export). The one home of what each filter means. Queries are
 * tenant-filtered by Hibernate, so only the caller's board is ever searched.
 */
@Stateless
public class CaseSearch {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    public static final int MAX_PAGE_SIZE = 100;

    private static final ZoneId UK = ZoneId.of("Europe/London");
    /*
     * A left join, though every case has its organisation: with an inner join PostgreSQL, which cannot know that an
     * organisation belongs to one board, estimates a hundred cases an organisation on a 100,000-case board and reads
     * them all to sort them (240 ms and more a page on the national data set); left-joined, it reads the sort's index
     * and stops at the page (1.4 ms).
     */
    private static final String ROW = "select c.id, c.reference, c.subjectName, o.name, c.source, c.status,"
            + " c.raisedAt, c.raisedBy, o.nameCy, c.heldAt from SafeguardingCase c left join c.organisation o";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Processes processes;

    @Inject
    private BoardCounts counts;

    /** One page: {@code first} is the index of its first case (0-based), at most 100 cases a page. */
    public CasePage page(CaseFilter filter, CaseSort sort, int first, int pageSize) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        int size = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
        int from = Math.max(0, first);
        long total = countMatching(filter);
        if (from >= total) {
            from = total == 0 ? 0 : (int) ((total - 1) / size * size);
        }
        List<CaseSummary> rows = total == 0 ? List.of() : pageOf(filter, sort, from, size);
        return new CasePage(rows, total, from, size);
    }

    /** The cases of one page without counting them all (a lazy table asks for the count separately). */
    public List<CaseSummary> rows(CaseFilter filter, CaseSort sort, int first, int pageSize) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return pageOf(filter, sort, Math.max(0, first), Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize)));
    }

    /**
     * A page in two reads: the ids of its cases, found in the sort's index alone (a page deep in the list skips its
     * tens of thousands of cases there, without reading one of them: 13 ms for page 400 of a 100,000-case board on
     * the national data set, where reading every skipped case took several times as long), then those cases.
     */
    private List<CaseSummary> pageOf(CaseFilter filter, CaseSort sort, int first, int size) {
        CaseSort order = sort == null ? CaseSort.newestFirst() : sort;
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter == null ? CaseFilter.any() : filter, parameters);
        // Sorted by organisation, an inner join: PostgreSQL then walks the board's organisations in the order of
        // their names and reads each one's cases from the (board, organisation, raised) index, sorting only the first
        // organisation's for a first page (7 ms on the national data set, where joined to the cases it read and sorted
        // all 100,000 of the board's, 45 ms and more).
        String from = order.column() == CaseSort.Column.ORGANISATION
                ? "select c.id from SafeguardingCase c join c.organisation o"
                : "select c.id from SafeguardingCase c";
        TypedQuery<Long> ids = em.createQuery(from + where + orderBy(order), Long.class);
        parameters.forEach(ids::setParameter);
        List<Long> page = ids.setFirstResult(first).setMaxResults(size).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseSummary> byId = new HashMap<>();
        em.createQuery(ROW + " where c.id in :ids", Object[].class).setParameter("ids", page)
                .getResultStream().map(CaseSearch::summaryOf).forEach(row -> byId.put(row.id(), row));
        return page.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * What comes next for each of these cases of the board (a page of the list): its nearest running deadline and
     * who has its open tasks, read in a few queries for the whole page. Closed cases and cases with nothing
     * running are left out.
     */
    public Map<Long, CaseNext> nextFor(Collection<Long> caseIds) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Instant now = Instant.now(clock);
        Map<Long, Object[]> nearest = new HashMap<>();
        java.util.function.BiConsumer<Long, Object[]> keepNearest = (caseId, deadline) -> nearest.merge(caseId,
                deadline, (a, b) -> ((Instant) a[1]).isAfter((Instant) b[1]) ? b : a);
        em.createQuery("select r.caseId, r.kind, r.answerBy.due from MemberRequest r where r.caseId in :ids"
                        + " and r.answerBy.missedAt is null and r.setAsideAt is null"
                        + " and (r.response is null or (r.response = :moreTime and r.decision = 'MORE_TIME_GIVEN'))",
                        Object[].class)
                .setParameter("ids", caseIds).setParameter("moreTime", MemberResponse.MORE_TIME)
                .getResultStream().forEach(row -> keepNearest.accept((Long) row[0], new Object[] {
                        row[1] == RequestKind.REMOVAL ? DeadlineKind.REMOVAL : DeadlineKind.COOPERATION, row[2]}));
        em.createQuery("select r.caseId, r.acknowledgeBy.due from Referral r where r.caseId in :ids"
                        + " and r.acknowledgedAt is null and r.acknowledgeBy.due is not null", Object[].class)
                .setParameter("ids", caseIds)
                .getResultStream().forEach(row -> keepNearest.accept((Long) row[0],
                        new Object[] {DeadlineKind.HR_ACKNOWLEDGEMENT, row[1]}));
        List<Object[]> open = em.createQuery("select c.id, c.processInstanceId, c.status, c.ladoReferralBy.due,"
                        + " c.adultReportBy.due"
                        + " from SafeguardingCase c where c.id in :ids and c.status <> :closed", Object[].class)
                .setParameter("ids", caseIds).setParameter("closed", CaseStatus.CLOSED).getResultList();
        Map<String, Long> caseOfInstance = new HashMap<>();
        for (Object[] row : open) {
            if (row[1] != null) {
                caseOfInstance.put((String) row[1], (Long) row[0]);
            }
            if (row[2] == CaseStatus.AWAITING_LADO_REFERRAL && row[3] != null) {
                keepNearest.accept((Long) row[0], new Object[] {DeadlineKind.LADO_REFERRAL, row[3]});
            }
            if (row[2] == CaseStatus.AWAITING_ADULT_SAFEGUARDING_REPORT && row[4] != null) {
                keepNearest.accept((Long) row[0], new Object[] {DeadlineKind.ADULT_SAFEGUARDING_REPORT, row[4]});
            }
        }
        Map<String, List<String>> holders = processes.assigneesOf(caseOfInstance.keySet());
        Set<String> usernames = new HashSet<>();
        holders.values().forEach(list -> list.stream().filter(Objects::nonNull).forEach(usernames::add));
        Map<String, String> names = usernames.isEmpty() ? Map.of() : em.createQuery(
                        "select p.username, p.displayName from Person p where p.username in :usernames", Object[].class)
                .setParameter("usernames", usernames).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1], (a, b) -> a));
        Map<Long, CaseNext> next = new HashMap<>();
        for (Object[] row : open) {
            Long caseId = (Long) row[0];
            Object[] deadline = nearest.get(caseId);
            List<String> held = row[1] == null ? List.of() : holders.getOrDefault((String) row[1], List.of());
            List<String> people = held.stream().filter(Objects::nonNull).distinct()
                    .map(u -> names.getOrDefault(u, u)).toList();
            boolean untaken = held.stream().anyMatch(Objects::isNull);
            if (deadline == null && held.isEmpty()) {
                continue;
            }
            Instant due = deadline == null ? null : (Instant) deadline[1];
            next.put(caseId, new CaseNext(deadline == null ? null : (DeadlineKind) deadline[0], due,
                    due != null && due.isBefore(now), people, untaken));
        }
        return next;
    }

    public long count(CaseFilter filter) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return countMatching(filter);
    }

    /**
     * Hands every matching case, in order, to {@code each} while the query is read, so an export of the
     * whole board never holds it all in memory. Returns how many there were.
     */
    public long forEach(CaseFilter filter, CaseSort sort, Consumer<CaseSummary> each) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        long count = 0;
        try (Stream<Object[]> stream = rows(filter, sort)
                .setHint("org.hibernate.fetchSize", 500)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            for (Object[] row : (Iterable<Object[]>) stream::iterator) {
                each.accept(summaryOf(row));
                count++;
            }
        }
        return count;
    }

    /** How many of the board's cases match: counted again only when the board's records have changed. */
    private long countMatching(CaseFilter filter) {
        CaseFilter matching = filter == null ? CaseFilter.any() : filter;
        return counts.of("case list", matching, () -> {
            Map<String, Object> parameters = new LinkedHashMap<>();
            String where = where(matching, parameters);
            TypedQuery<Long> query = em.createQuery("select count(*) from SafeguardingCase c" + where, Long.class);
            parameters.forEach(query::setParameter);
            return query.getSingleResult();
        });
    }

    private TypedQuery<Object[]> rows(CaseFilter filter, CaseSort sort) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter == null ? CaseFilter.any() : filter, parameters);
        TypedQuery<Object[]> query = em.createQuery(ROW + where + orderBy(sort == null ? CaseSort.newestFirst() : sort),
                Object[].class);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String where(CaseFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        // The text filters match inside a subquery, which the database answers from its (board, reference) and
        // (board, member) indexes; the page then sorts the few matches instead of walking every case of the
        // board in its sort order to find them.
        if (filter.reference() != null) {
            and(where, "c.id in (select m.id from SafeguardingCase m where upper(m.reference) like :reference"
                    + " escape '\\')");
            parameters.put("reference", contains(filter.reference().toUpperCase(Locale.ROOT)));
        }
        if (filter.member() != null) {
            and(where, "c.id in (select m.id from SafeguardingCase m where lower(m.subjectName) like :member"
                    + " escape '\\')");
            parameters.put("member", contains(filter.member().toLowerCase(Locale.ROOT)));
        }
        if (filter.concern() != null) {
            and(where, "lower(c.summary) like :concern escape '\\'");
            parameters.put("concern", contains(filter.concern().toLowerCase(Locale.ROOT)));
        }
        if (filter.organisationId() != null) {
            and(where, "c.organisation.id = :organisation");
            parameters.put("organisation", filter.organisationId());
        }
        if (filter.step() != null) {
            and(where, "c.status = :step");
            parameters.put("step", filter.step());
        }
        if (filter.source() != null) {
            and(where, "c.source = :source");
            parameters.put("source", filter.source());
        }
        if (filter.whom() != null) {
            and(where, "c.concernsWhom = :whom");
            parameters.put("whom", filter.whom());
        }
        if (filter.clauseId() != null) {
            // Every version of the clause's reference: a re-worded clause is still the same clause to the board.
            and(where, "c.id in (select a.caseId from Allegation a where a.clause.reference ="
                    + " (select cl.reference from PolicyClause cl where cl.id = :clause))");
            parameters.put("clause", filter.clauseId());
        }
        if (filter.raisedFrom() != null) {
            and(where, "c.raisedAt >= :raisedFrom");
            parameters.put("raisedFrom", startOf(filter.raisedFrom()));
        }
        if (filter.raisedTo() != null) {
            and(where, "c.raisedAt < :raisedBefore");
            parameters.put("raisedBefore", startOf(filter.raisedTo().plusDays(1)));
        }
        return where.toString();
    }

    private static String orderBy(CaseSort sort) {
        String direction = sort.ascending() ? " asc" : " desc";
        String column = switch (sort.column()) {
            case REFERENCE -> "c.reference";
            case MEMBER -> "c.subjectName";
            case ORGANISATION -> "o.name";
            case STEP -> "c.status";
            case SOURCE -> "c.source";
            case RAISED -> "c.raisedAt";
        };
        // The id breaks ties, so that paging through equal values neither repeats nor skips a case; an organisation's
        // cases are in the order they were raised first, as its index has them.
        return " order by " + column + direction
                + (sort.column() == CaseSort.Column.ORGANISATION ? ", c.raisedAt" + direction : "")
                + ", c.id" + direction;
    }

    private static void and(StringBuilder where, String condition) {
        where.append(where.length() == 0 ? " where " : " and ").append(condition);
    }

    private static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Instant startOf(java.time.LocalDate day) {
        return day.atStartOfDay(UK).toInstant();
    }

    private static CaseSummary summaryOf(Object[] row) {
        return new CaseSummary((Long) row[0], (String) row[1], (String) row[2],
                Texts.wording((String) row[3], (String) row[8]),
                ((CaseSource) row[4]).label(), ((CaseStatus) row[5]).label(), (Instant) row[6], (String) row[7],
                (CaseSource) row[4], (CaseStatus) row[5], row[9] != null);
    }
}

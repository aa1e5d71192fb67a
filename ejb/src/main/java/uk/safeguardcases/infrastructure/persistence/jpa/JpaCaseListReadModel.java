package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.cases.CaseFilter;
import uk.safeguardcases.application.cases.CaseListReadModel;
import uk.safeguardcases.application.cases.CaseSort;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.DeadlineKind;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * The case list in JPQL: what each filter and sort means, and the queries that the national data set shaped (see
 * each one's note). Every query is tenant-filtered by Hibernate; a page's ids and the count hold their rows to the
 * board themselves and run as {@link BoardQuery}s, so Hibernate translates each filter and sort once.
 */
@ApplicationScoped
public class JpaCaseListReadModel implements CaseListReadModel {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    /*
     * A left join, though every case has its organisation: with an inner join PostgreSQL, which cannot know that an
     * organisation belongs to one board, estimates a hundred cases an organisation on a 100,000-case board and reads
     * them all to sort them (240 ms and more a page on the national data set); left-joined, it reads the sort's index
     * and stops at the page (1.4 ms).
     */
    private static final String ROW = "select c.id, c.reference, c.subjectName, o.name, c.source, c.status,"
            + " c.raisedAt, c.raisedBy, o.nameCy, c.hold.heldAt from SafeguardingCase c left join c.organisation o";

    @PersistenceContext
    private EntityManager em;

    /**
     * A page in two reads: the ids of its cases, found in the sort's index alone (a page deep in the list skips its
     * tens of thousands of cases there, without reading one of them: 13 ms for page 400 of a 100,000-case board on
     * the national data set, where reading every skipped case took several times as long), then those cases
     * ({@link #summaries}).
     */
    @Override
    public List<Long> pageIds(CaseFilter filter, CaseSort sort, int first, int size) {
        CaseSort order = sort == null ? CaseSort.newestFirst() : sort;
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter == null ? CaseFilter.any() : filter, parameters);
        // Sorted by organisation, an inner join: PostgreSQL then walks the board's organisations in the order of
        // their names and reads each one's cases from the (board, organisation, raised) index, sorting only the first
        // organisation's for a first page (7 ms on the national data set, where joined to the cases it read and sorted
        // all 100,000 of the board's, 45 ms and more).
        String from = order.column() == CaseSort.Column.ORGANISATION
                ? "select c.id from SafeguardingCase c join c.organisation o where o.tenantId = :board and "
                : "select c.id from SafeguardingCase c where ";
        TypedQuery<Long> ids = em.createQuery(from + "c.tenantId = :board" + where + orderBy(order), Long.class);
        parameters.forEach(ids::setParameter);
        return BoardQuery.list(ids.setFirstResult(first).setMaxResults(size));
    }

    @Override
    public List<CaseSummary> summaries(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(ROW + " where c.id in :ids", Object[].class).setParameter("ids", caseIds)
                .getResultStream().map(JpaCaseListReadModel::summaryOf).toList();
    }

    @Override
    public long count(CaseFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter == null ? CaseFilter.any() : filter, parameters);
        TypedQuery<Long> query = em.createQuery("select count(*) from SafeguardingCase c where c.tenantId = :board"
                + where, Long.class);
        parameters.forEach(query::setParameter);
        return BoardQuery.single(query);
    }

    /** Read 500 rows at a time, read-only, so an export of the whole board never holds it all in memory. */
    @Override
    public long forEach(CaseFilter filter, CaseSort sort, Consumer<CaseSummary> each) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter == null ? CaseFilter.any() : filter, parameters);
        TypedQuery<Object[]> query = em.createQuery(ROW + (where.isEmpty() ? "" : " where" + where.substring(4))
                + orderBy(sort == null ? CaseSort.newestFirst() : sort),
                Object[].class);
        parameters.forEach(query::setParameter);
        if (filter != null && filter.clauseId() != null) {
            BoardQuery.boardBound(query); // the clause's condition names the board
        }
        long count = 0;
        try (Stream<Object[]> stream = query
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

    @Override
    public List<RunningDeadline> runningDeadlines(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<RunningDeadline> running = new java.util.ArrayList<>();
        em.createQuery("select r.caseId, r.kind, r.answerBy.due from MemberRequest r where r.caseId in :ids"
                        + " and r.answerBy.missedAt is null and r.setAsideAt is null"
                        + " and (r.response is null or (r.response = :moreTime and r.decision = 'MORE_TIME_GIVEN'))",
                        Object[].class)
                .setParameter("ids", caseIds).setParameter("moreTime", MemberResponse.MORE_TIME)
                .getResultStream().forEach(row -> running.add(new RunningDeadline((Long) row[0],
                        row[1] == RequestKind.REMOVAL ? DeadlineKind.REMOVAL : DeadlineKind.COOPERATION,
                        (Instant) row[2])));
        em.createQuery("select r.caseId, r.acknowledgeBy.due from Referral r where r.caseId in :ids"
                        + " and r.acknowledgedAt is null and r.acknowledgeBy.due is not null", Object[].class)
                .setParameter("ids", caseIds)
                .getResultStream().forEach(row -> running.add(new RunningDeadline((Long) row[0],
                        DeadlineKind.HR_ACKNOWLEDGEMENT, (Instant) row[1])));
        return running;
    }

    @Override
    public List<OpenCase> openCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c.id, c.processInstanceId, c.status, c.externalDeadlines.ladoReferralBy.due,"
                        + " c.externalDeadlines.adultReportBy.due"
                        + " from SafeguardingCase c where c.id in :ids and c.status <> :closed", Object[].class)
                .setParameter("ids", caseIds).setParameter("closed", CaseStatus.CLOSED).getResultStream()
                .map(row -> new OpenCase((Long) row[0], (String) row[1], (CaseStatus) row[2], (Instant) row[3],
                        (Instant) row[4]))
                .toList();
    }

    @Override
    public Map<String, String> displayNames(Set<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p.username, p.displayName from Person p where p.username in :usernames",
                        Object[].class)
                .setParameter("usernames", usernames).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1], (a, b) -> a));
    }

    /** The filter's conditions, each after " and ". */
    private static String where(CaseFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        // The text filters match in the query itself: PostgreSQL answers a rare fragment from the board's trigram
        // indexes (led by the board, migration 104) and sorts the few matches, and a common one by walking the sort's
        // index until the page is full (1–10 ms a page on the national data set, whatever is typed).
        if (filter.reference() != null) {
            and(where, "upper(c.reference) like :reference escape '\\'");
            parameters.put("reference", contains(filter.reference().toUpperCase(Locale.ROOT)));
        }
        if (filter.member() != null) {
            and(where, "lower(c.subjectName) like :member escape '\\'");
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
            and(where, "c.id in (select a.caseId from Allegation a join a.clause ac where a.tenantId = :board"
                    + " and ac.tenantId = :board and ac.reference ="
                    + " (select cl.reference from PolicyClause cl where cl.tenantId = :board and cl.id = :clause))");
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
        where.append(" and ").append(condition);
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

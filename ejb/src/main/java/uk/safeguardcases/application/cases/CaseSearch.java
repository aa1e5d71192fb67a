package uk.safeguardcases.application.cases;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import uk.safeguardcases.application.cases.CaseListReadModel.OpenCase;
import uk.safeguardcases.application.cases.CaseListReadModel.RunningDeadline;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.people.Role;

/**
 * The board's cases filtered and sorted, a page at a time (the case list, the REST API) or all of them in order (the
 * CSV export), for the board's officers and senior managers. What each filter means, and the queries, are the read
 * model's ({@link CaseListReadModel}); this service decides who may read it, keeps a page within the list, counts
 * through the board's cache, and works out what comes next for a page of cases.
 */
@Stateless
public class CaseSearch {

    public static final int MAX_PAGE_SIZE = 100;

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private CaseListReadModel cases;

    @Inject
    private Processes processes;

    @Inject
    private BoardCounts counts;

    /** The processes' own deadlines (a Welsh board's designated person's, say). */
    @Inject
    private jakarta.enterprise.inject.Instance<CaseDeadlines> contributedDeadlines;

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

    /** The page's ids in order, then those cases, kept in that order. */
    private List<CaseSummary> pageOf(CaseFilter filter, CaseSort sort, int first, int size) {
        List<Long> page = cases.pageIds(filter, sort, first, size);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseSummary> byId = new HashMap<>();
        cases.summaries(page).forEach(row -> byId.put(row.id(), row));
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
        Map<Long, RunningDeadline> nearest = new HashMap<>();
        Consumer<RunningDeadline> keepNearest = deadline -> nearest.merge(deadline.caseId(), deadline,
                (a, b) -> a.due().isAfter(b.due()) ? b : a);
        cases.runningDeadlines(caseIds).forEach(keepNearest);
        for (CaseDeadlines contributed : contributedDeadlines) {
            contributed.running(caseIds).forEach(d -> keepNearest.accept(new RunningDeadline(d.caseId(), d.kind(),
                    d.due())));
        }
        List<OpenCase> open = cases.openCases(caseIds);
        Map<String, Long> caseOfInstance = new HashMap<>();
        for (OpenCase c : open) {
            if (c.processInstanceId() != null) {
                caseOfInstance.put(c.processInstanceId(), c.id());
            }
            if (c.status() == CaseStatus.AWAITING_LADO_REFERRAL && c.ladoReferralDue() != null) {
                keepNearest.accept(new RunningDeadline(c.id(), DeadlineKind.LADO_REFERRAL, c.ladoReferralDue()));
            }
            if (c.status() == CaseStatus.AWAITING_ADULT_SAFEGUARDING_REPORT && c.adultReportDue() != null) {
                keepNearest.accept(new RunningDeadline(c.id(), DeadlineKind.ADULT_SAFEGUARDING_REPORT,
                        c.adultReportDue()));
            }
        }
        Map<String, List<String>> holders = processes.assigneesOf(caseOfInstance.keySet());
        Set<String> usernames = new HashSet<>();
        holders.values().forEach(list -> list.stream().filter(Objects::nonNull).forEach(usernames::add));
        Map<String, String> names = cases.displayNames(usernames);
        Map<Long, CaseNext> next = new HashMap<>();
        for (OpenCase c : open) {
            RunningDeadline deadline = nearest.get(c.id());
            List<String> held = c.processInstanceId() == null ? List.of()
                    : holders.getOrDefault(c.processInstanceId(), List.of());
            List<String> people = held.stream().filter(Objects::nonNull).distinct()
                    .map(u -> names.getOrDefault(u, u)).toList();
            boolean untaken = held.stream().anyMatch(Objects::isNull);
            if (deadline == null && held.isEmpty()) {
                continue;
            }
            Instant due = deadline == null ? null : deadline.due();
            next.put(c.id(), new CaseNext(deadline == null ? null : deadline.kind(), due,
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
        return cases.forEach(filter, sort, each);
    }

    /** How many of the board's cases match: counted again only when the board's records have changed. */
    private long countMatching(CaseFilter filter) {
        CaseFilter matching = filter == null ? CaseFilter.any() : filter;
        return counts.of("case list", matching, () -> cases.count(matching));
    }
}

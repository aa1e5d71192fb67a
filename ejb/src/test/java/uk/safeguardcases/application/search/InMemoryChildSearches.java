package uk.safeguardcases.application.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.search.ChildSearch;
import uk.safeguardcases.domain.search.ChildSearchRepository;
import uk.safeguardcases.domain.search.ChildSearchRule;
import uk.safeguardcases.domain.search.SearchLogEntry;

/**
 * Every board's searches, logs and rules in lists, each question narrowed to the caller's board as the tenant filter
 * narrows it; a record stored gets its id and board as the database and Hibernate would give them.
 */
class InMemoryChildSearches implements ChildSearchRepository {

    private final List<ChildSearch> searches = new ArrayList<>();
    private final List<SearchLogEntry> log = new ArrayList<>();
    private final List<ChildSearchRule> rules = new ArrayList<>();
    private long lastId;

    private static String board() {
        return CallerContext.current().tenantId();
    }

    private <T> void store(T row, List<T> into) {
        Wiring.set(row, "tenantId", board());
        Wiring.set(row, "id", ++lastId);
        into.add(row);
    }

    private static String tenantOf(Object row) {
        try {
            java.lang.reflect.Field field = row.getClass().getDeclaredField("tenantId");
            field.setAccessible(true);
            return (String) field.get(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> ours(List<T> rows) {
        String board = board();
        return rows.stream().filter(r -> tenantOf(r).equals(board)).toList();
    }

    /** Every board's searches, as the database holds them: for the test to see what retention left. */
    List<ChildSearch> everyBoardsSearches() {
        return List.copyOf(searches);
    }

    /** Every board's logged searches, as the database holds them. */
    List<SearchLogEntry> everyBoardsLog() {
        return List.copyOf(log);
    }

    @Override
    public Optional<ChildSearch> byReference(String reference) {
        String wanted = reference == null ? "" : reference.strip();
        return ours(searches).stream().filter(s -> s.reference().equals(wanted)).findFirst();
    }

    @Override
    public Optional<ChildSearch> byId(long id) {
        return ours(searches).stream().filter(s -> s.id() == id).findFirst();
    }

    @Override
    public List<ChildSearch> all() {
        return ours(searches).stream().sorted(Comparator.comparing(ChildSearch::requestedAt)
                .thenComparing(ChildSearch::id).reversed()).limit(2000).toList();
    }

    @Override
    public int highestNumber(String prefix, int year) {
        String start = prefix + "-" + year + "-";
        return ours(searches).stream().map(ChildSearch::reference).filter(r -> r.startsWith(start))
                .map(r -> r.substring(start.length())).filter(n -> n.matches("\\d+"))
                .mapToInt(Integer::parseInt).max().orElse(0);
    }

    @Override
    public void add(ChildSearch search) {
        store(search, searches);
    }

    @Override
    public List<ChildSearch> dueForRemoval(LocalDate today) {
        return ours(searches).stream().filter(s -> s.dueForRemovalOn(today))
                .sorted(Comparator.comparing(ChildSearch::id)).limit(500).toList();
    }

    @Override
    public void remove(ChildSearch search) {
        log.removeIf(e -> e.searchId() == search.id());
        searches.remove(search);
    }

    @Override
    public List<SearchLogEntry> logOf(long searchId) {
        return ours(log).stream().filter(e -> e.searchId() == searchId)
                .sorted(Comparator.comparing(SearchLogEntry::searchedAt).thenComparing(SearchLogEntry::id)).toList();
    }

    @Override
    public void add(SearchLogEntry entry) {
        store(entry, log);
    }

    @Override
    public int countLog(long searchId) {
        return (int) ours(log).stream().filter(e -> e.searchId() == searchId).count();
    }

    @Override
    public Optional<ChildSearchRule> rule() {
        return ours(rules).stream().findFirst();
    }

    @Override
    public void add(ChildSearchRule rule) {
        store(rule, rules);
    }
}

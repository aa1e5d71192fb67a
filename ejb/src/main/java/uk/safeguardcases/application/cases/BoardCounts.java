package uk.safeguardcases.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.TimelineRepository;

/**
 * Counts over a board's cases that cost a scan of all of them (the case list's total, the dashboard's cases per
 * clause and per month: tens of milliseconds each on a 100,000-case board), kept until the board's audit chain moves
 * on. Whatever changes a case is recorded in its timeline, and each entry advances the board's chain head, so a count
 * taken at the head's sequence number holds until it changes; reading the head is one row by its key. A count is
 * also taken again after {@link #LONGEST} whatever the head says, so that a change made without an entry could never
 * leave a count behind for long. Each server keeps its own; every server reads the same head.
 */
@ApplicationScoped
public class BoardCounts {

    /** The longest a count is kept, even when the board's chain has not moved. */
    static final Duration LONGEST = Duration.ofSeconds(60);
    private static final int KEPT = 5_000;

    @Inject
    private TimelineRepository timeline;

    private final Map<List<Object>, Counted> counts = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, Counted> eldest) {
                    return size() > KEPT;
                }
            });

    private record Counted(long sequence, long takenAt, Object value) {
    }

    /**
     * The caller's board's count of {@code what} for {@code key} (a filter, a month): as last taken if the board's
     * chain has not moved since, else taken now by {@code count}, which must be a pure function of the board's records
     * and {@code key} (never of the caller's language or roles).
     */
    @SuppressWarnings("unchecked")
    public <T> T of(String what, Object key, Supplier<T> count) {
        String board = CallerContext.current().tenantId();
        Long sequence = timeline.lastSequence(board).orElse(null);
        if (sequence == null) {
            return count.get();
        }
        List<Object> name = java.util.Arrays.asList(board, what, key);
        long now = System.nanoTime();
        Counted kept = counts.get(name);
        if (kept != null && kept.sequence() == sequence && now - kept.takenAt() < LONGEST.toNanos()) {
            return (T) kept.value();
        }
        T value = count.get();
        counts.put(name, new Counted(sequence, now, value));
        return value;
    }

    /**
     * Forgets every count kept: for a change made to the database behind the product's back, which moves no chain
     * (a repair by hand; a test's rows written straight into the tables).
     */
    public void forget() {
        counts.clear();
    }
}

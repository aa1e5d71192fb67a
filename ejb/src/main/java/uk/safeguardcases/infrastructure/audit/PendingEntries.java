package uk.safeguardcases.infrastructure.audit;

import uk.safeguardcases.application.audit.PendingEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The entries one transaction has recorded and not yet chained, by board, in the order they were recorded. Kept as
 * the transaction's own resource, so it goes with the transaction: chained at its commit, dropped at its rollback.
 */
final class PendingEntries {

    /** Board by board in a fixed order, so two transactions writing to the same two boards lock them alike. */
    private final Map<String, List<PendingEntry>> byBoard = new TreeMap<>();

    void add(PendingEntry entry) {
        byBoard.computeIfAbsent(entry.caller().tenantId(), board -> new ArrayList<>()).add(entry);
    }

    boolean isEmpty() {
        return byBoard.isEmpty();
    }

    /** Hands over every pending entry, board by board, and forgets them: each is chained once. */
    Map<String, List<PendingEntry>> drain() {
        Map<String, List<PendingEntry>> drained = new TreeMap<>(byBoard);
        byBoard.clear();
        return drained;
    }
}

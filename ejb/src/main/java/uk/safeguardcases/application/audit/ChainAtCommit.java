package uk.safeguardcases.application.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.audit.TimelineHead;

/**
 * Chains a transaction's pending entries at its last moment. It is registered with the transaction itself, not
 * interposed, so the transaction manager calls it before the persistence context is flushed (JTA 1.1, 3.3.2): the
 * entries it persists are flushed with the rest, and the board's chain head is locked only for that flush and the
 * commit, rather than from a step's first entry to its end.
 */
final class ChainAtCommit implements Synchronization {

    private final EntityManager em;
    private final PendingEntries pending;

    ChainAtCommit(EntityManager em, PendingEntries pending) {
        this.em = em;
        this.pending = pending;
    }

    @Override
    public void beforeCompletion() {
        chain(em, pending);
    }

    @Override
    public void afterCompletion(int status) {
        if (status != Status.STATUS_COMMITTED) {
            pending.drain();
        }
    }

    /**
     * Gives each pending entry its place: board by board, the head is locked, each entry is chained to the one before
     * it in the order it was recorded, and the head moves to the last. Each entry is hashed as the caller who recorded
     * it, with the time it was recorded.
     */
    static void chain(EntityManager em, PendingEntries pending) {
        for (Map.Entry<String, List<PendingEntry>> board : pending.drain().entrySet()) {
            List<PendingEntry> entries = board.getValue();
            CallerContext.runAs(entries.get(0).caller(), () -> {
                TimelineHead head = em.find(TimelineHead.class, board.getKey(), LockModeType.PESSIMISTIC_WRITE);
                if (head == null) {
                    throw new IllegalStateException("Board " + board.getKey() + " has no audit chain");
                }
                for (PendingEntry p : entries) {
                    TimelineEntry entry = TimelineEntry.chained(board.getKey(), head.lastSequence() + 1,
                            head.lastHash(), p.caseId(), p.caller().username(), p.action(), p.detail(),
                            p.occurredAt(), p.visibility());
                    em.persist(entry);
                    head.advanceTo(entry);
                }
                return null;
            });
        }
    }
}

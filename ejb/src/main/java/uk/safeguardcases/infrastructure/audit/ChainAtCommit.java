package uk.safeguardcases.infrastructure.audit;

import uk.safeguardcases.application.audit.PendingEntry;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import uk.safeguardcases.domain.audit.TimelineEntry;

/**
 * Chains a transaction's pending entries at its last moment. It is registered with the transaction itself, not
 * interposed, so the transaction manager calls it before the persistence context is flushed (JTA 1.1, 3.3.2): the
 * entries are written just before the rest of the transaction's changes, and the board's chain head is locked only
 * for those writes and the commit, rather than from a step's first entry to its end.
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
     *
     * <p>Written in plain JDBC on the transaction's own connection, in one batch per board: the entries are never read
     * back as entities in the transaction that writes them (reads query the table), and as entities each was an insert
     * of its own to learn its generated id, with Hibernate's persist around it: a tenth of a case's own CPU. The head
     * row is locked and moved in SQL too; a head a step loaded as an entity ({@code TimelineService.holdChain()}) is
     * never changed as one, so Hibernate writes nothing over it.
     */
    static void chain(EntityManager em, PendingEntries pending) {
        Map<String, List<PendingEntry>> boards = pending.drain();
        if (boards.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            for (Map.Entry<String, List<PendingEntry>> board : boards.entrySet()) {
                chain(connection, board.getKey(), board.getValue());
            }
        });
    }

    private static void chain(Connection connection, String board, List<PendingEntry> entries) throws SQLException {
        long sequence;
        String hash;
        try (PreparedStatement head = connection.prepareStatement(
                "select last_seq, last_hash from timeline_head where tenant_id = ? for update")) {
            head.setString(1, board);
            try (ResultSet row = head.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Board " + board + " has no audit chain");
                }
                sequence = row.getLong(1);
                hash = row.getString(2);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into timeline_entry (tenant_id,"
                + " sequence_no, case_id, actor, action, detail, occurred_at, previous_hash, entry_hash, visibility,"
                + " detail_digest, hash_format) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PendingEntry p : entries) {
                TimelineEntry entry = TimelineEntry.chained(board, sequence + 1, hash, p.caseId(),
                        p.caller().username(), p.action(), p.detail(), p.occurredAt(), p.visibility());
                insert.setString(1, board);
                insert.setLong(2, entry.sequenceNo());
                if (entry.caseId() == null) {
                    insert.setNull(3, Types.BIGINT);
                } else {
                    insert.setLong(3, entry.caseId());
                }
                insert.setString(4, entry.actor());
                insert.setString(5, entry.action());
                insert.setString(6, entry.detail());
                insert.setObject(7, OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
                insert.setString(8, entry.previousHash());
                insert.setString(9, entry.entryHash());
                insert.setString(10, entry.visibility().name());
                insert.setString(11, entry.detailDigest());
                insert.setInt(12, entry.hashFormat());
                insert.addBatch();
                sequence = entry.sequenceNo();
                hash = entry.entryHash();
            }
            insert.executeBatch();
        }
        try (PreparedStatement head = connection.prepareStatement(
                "update timeline_head set last_seq = ?, last_hash = ? where tenant_id = ?")) {
            head.setLong(1, sequence);
            head.setString(2, hash);
            head.setString(3, board);
            head.executeUpdate();
        }
    }
}

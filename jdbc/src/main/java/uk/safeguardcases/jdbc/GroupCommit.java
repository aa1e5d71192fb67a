package uk.safeguardcases.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;

/**
 * The commits of a {@code durable:} H2 file written to it together: a commit returns once a write of the file that
 * began after it has reached the disk, and commits that end while one write is under way share the next.
 *
 * <p>With {@code WRITE_DELAY=0} H2 writes the file at the end of every transaction that changed anything, each
 * commit on its own: with several commits at once each waits for the one before, then writes its own chunk holding
 * every page changed since, in every table and index, with their paths to the root, however little it changed
 * itself. On the investigation's intake that was about half of the server's CPU (BENCHMARKS.md, 2026-11-25). Here
 * H2 is told not to write at the end of a transaction ({@link MVStore#setAutoCommitDelay} -1: no delay and no
 * background writer, the value H2 itself sets while closing), and the connection ({@link DurableConnection}) asks
 * for the write after its commit: the first to ask writes everything committed so far, and those that asked while it
 * wrote find their commits already written or have the next writer write them all. On the investigation benchmark's
 * intake a new concern's commit then wrote 96–99 KB instead of 143–149 KB, and intake rose from 203–247 to 308–347
 * concerns/s (BENCHMARKS.md, 2026-11-26 09:16–11:50).
 */
final class GroupCommit {

    private static final Map<MVStore, GroupCommit> OPEN = new ConcurrentHashMap<>();

    /**
     * How many writes a chunk that no longer holds live data is kept after it emptied, before its space is used again
     * (H2 sets none for a database, and with {@code RETENTION_TIME=0} reuses the space at the next write). A crash
     * recovers from the chunk the file's header names, or the one at the file's end if newer, then follows each
     * chunk's prediction of where the next went. H2 moves the header only when a chunk lands inside the file where it
     * had not predicted, when one of the chunks since the header's has gone, or when the header is over 20 writes
     * behind, and writes it after the chunk that needed it. A chunk written over the header's own chunk, then a kill
     * before the header moved, left recovery only the chunk at the file's end, an older version: commits already
     * answered were lost (about one run in thirty of {@code DurableCommitTest}'s four writers killed at once, more on
     * a busy machine; its test of a kill just before each header write finds it every time). Kept for more writes
     * than the header lags behind while chunks land inside the file, the header's chunk and those after it are not
     * reused while it names them (a header further behind means the chunks since went to the file's end, where
     * recovery finds the newest; the header moves when it is over 20 writes behind, so 24 leaves a margin). The cost: an
     * emptied chunk's space is reused 24 writes later instead of at the next, so the file runs larger under a burst
     * (20,000 commits in a few seconds: 19–35 MB for 5 MB of data, where none kept gave 14–17 MB).
     */
    static final int KEPT_VERSIONS = 24;

    private final MVStore store;
    /** Held while the file is written (package-private for the test that holds it). */
    final ReentrantLock writing = new ReentrantLock();
    /** Commits that asked to be written, numbered in the order they asked. */
    private final AtomicLong asked = new AtomicLong();
    /** Every commit numbered up to this one is on the disk. Changed only while {@link #writing} is held. */
    private volatile long written;
    /** Writes made for commits that asked (for the tests: commits that share a write make one). */
    private final AtomicLong writes = new AtomicLong();

    private GroupCommit(MVStore store) {
        this.store = store;
    }

    /**
     * {@code connection} with its commits written as group commits, if it is open on an embedded H2 file whose URL
     * asks for each commit to be written ({@code WRITE_DELAY=0}, as {@link SafeguardDriver#durable} sets unless the
     * URL says otherwise); else {@code connection} as it is.
     */
    static Connection durable(Connection connection) {
        if (!(connection instanceof JdbcConnection jdbc) || !(jdbc.getSession() instanceof SessionLocal session)) {
            return connection;
        }
        Store store = session.getDatabase().getStore();
        if (store == null || store.getMvStore().getFileStore() == null || store.getMvStore().getAutoCommitDelay() > 0) {
            return connection;
        }
        return DurableConnection.of(jdbc, session, of(store.getMvStore()));
    }

    /** Writes what no commit asked to be written on {@code store}, if its commits are group commits. */
    static void writeUnwritten(MVStore store) {
        GroupCommit groupCommit = OPEN.get(store);
        if (groupCommit != null) {
            groupCommit.writeUnwritten();
        }
    }

    /**
     * The group commit of {@code store}, which from now on writes only when asked: a connection opened since may
     * have set H2's write delay back to its URL's 0 (H2 runs the URL's settings for each new connection).
     */
    static GroupCommit of(MVStore store) {
        store.setAutoCommitDelay(-1);
        store.setVersionsToKeep(KEPT_VERSIONS);
        GroupCommit groupCommit = OPEN.computeIfAbsent(store, GroupCommit::new);
        OPEN.keySet().removeIf(MVStore::isClosed);
        return groupCommit;
    }

    /**
     * Returns once everything committed before the call is on the disk: called after a commit, it makes the commit
     * durable.
     */
    void awaitWritten() throws SQLException {
        long mine = asked.incrementAndGet();
        writing.lock();
        try {
            if (written >= mine) {
                return;
            }
            writes.incrementAndGet();
            long upTo = writeAll();
            if (store.isClosed()) {
                throw new SQLException("The database closed before the commit was written to its file", "08006");
            }
            written = upTo;
        } catch (RuntimeException e) {
            throw new SQLException("The commit could not be written to the database's file", "08006", e);
        } finally {
            writing.unlock();
        }
    }

    /** The group commit of {@code store}, if its commits are group commits; else null (for the tests). */
    static GroupCommit existing(MVStore store) {
        return OPEN.get(store);
    }

    /** Commits that have asked to be written so far. */
    long asked() {
        return asked.get();
    }

    /** Writes made for commits that asked, so far. */
    long writes() {
        return writes.get();
    }

    /** Writes the changes no commit has asked for (statements of another kind, or whatever a path missed). */
    private void writeUnwritten() {
        if (!store.isClosed() && store.hasUnsavedChanges()) {
            writing.lock();
            try {
                long upTo = writeAll();
                if (!store.isClosed()) {
                    written = Math.max(written, upTo);
                }
            } finally {
                writing.unlock();
            }
        }
    }

    /**
     * Writes every change made so far, committed or not, as one new version of the file (H2 writes the uncommitted
     * ones with their undo logs, as at any write), or nothing if a write since the last change already did; returns
     * the number of the last commit that had asked before, which is now on the disk. H2 runs the write in this
     * thread, as no background writer is running. Called with {@link #writing} held.
     */
    private long writeAll() {
        if (store.getAutoCommitDelay() > 0) {
            // Someone ran SET WRITE_DELAY: H2's background writer would write chunks after their store returned.
            // Stopping it waits for those writes; the durable file's commits wait for their own write instead.
            store.setAutoCommitDelay(-1);
        }
        long upTo = asked.get();
        store.commit();
        return upTo;
    }
}

package uk.safeguardcases.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;

/**
 * Keeps a {@code durable:} H2 file near the size of its live data. Each commit writes the pages it changed as a new
 * chunk at the end of the file; H2's own background thread moves the live pages out of mostly-dead chunks so their
 * space can be used again, but that thread runs only when commits are written in the background
 * ({@code WRITE_DELAY} above 0), never for a durable file, whose commits are written as they are answered. Without
 * it the file grew by about 3 kB per commit (loading 100,000 cases made a 5.8 GB file). This does that work once a second,
 * with one thread per open database that ends when the database closes; first it writes whatever changes no commit
 * asked to be written ({@link GroupCommit#writeUnwritten}), as H2's thread would within its write delay.
 *
 * <p>It works as H2's own thread does: only when the chunks together are less than half full, and then it moves the
 * live pages of the chunks emptier than that, at most 4 MB a second, so each byte it writes frees more than a byte.
 * (H2's public {@code MVStore.compact}, used before, moved up to 16 MB a second from any chunk, full ones included,
 * preferring old ones.) What the server writes per new case and the file's size under the investigation benchmark,
 * before and after, are in BENCHMARKS.md (2026-11-26, 06:00–07:20). The rewrite is H2's own, reached by reflection
 * on the H2 version the build pins; on an H2 without it, the public method is used.
 */
final class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    /** The chunks are tidied when together they are less full than this (per cent). */
    static final int TARGET_FILL_RATE = 50;

    /** At most this much live data is moved at a time (bytes). */
    static final int MOST_REWRITTEN = 4 * 1024 * 1024;

    /** H2's {@code FileStore.rewriteChunks(writeLimit, targetFillRate)}, {@code MVStore.tryExecuteUnderStoreLock}. */
    private static final Method REWRITE_CHUNKS;
    private static final Method UNDER_STORE_LOCK;

    static {
        Method rewrite = null;
        Method underLock = null;
        try {
            rewrite = FileStore.class.getDeclaredMethod("rewriteChunks", int.class, int.class);
            underLock = MVStore.class.getDeclaredMethod("tryExecuteUnderStoreLock", Callable.class);
            rewrite.setAccessible(true);
            underLock.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "This H2 has no chunk rewrite by fill rate; the embedded database's file is kept"
                    + " with H2's public compaction", e);
            rewrite = null;
            underLock = null;
        }
        REWRITE_CHUNKS = rewrite;
        UNDER_STORE_LOCK = underLock;
    }

    private static final Set<MVStore> KEPT = ConcurrentHashMap.newKeySet();

    private Housekeeping() {
    }

    /** Starts the housekeeping of the database {@code connection} is open on, once per open database. */
    static void keep(Connection connection) {
        if (!(connection instanceof JdbcConnection jdbc) || !(jdbc.getSession() instanceof SessionLocal session)) {
            return;
        }
        Store store = session.getDatabase().getStore();
        if (store == null) {
            return;
        }
        MVStore mvStore = store.getMvStore();
        if (mvStore.isClosed() || !KEPT.add(mvStore)) {
            return;
        }
        Thread thread = new Thread(() -> run(mvStore), "durable H2 housekeeping");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(MVStore mvStore) {
        boolean failedBefore = false;
        try {
            while (!mvStore.isClosed()) {
                Thread.sleep(1000);
                try {
                    if (!mvStore.isClosed()) {
                        GroupCommit.writeUnwritten(mvStore);
                        tidy(mvStore);
                    }
                } catch (RuntimeException e) {
                    if (mvStore.isClosed()) {
                        // A failure while writing or moving pages (a write refused, a page unreadable) makes H2
                        // close the database.
                        LOG.log(Level.SEVERE, "The embedded database closed during housekeeping of its file", e);
                        return;
                    }
                    // Tried again each second: the file may grow meanwhile, and what no commit asked to be written
                    // waits for the next commit that does.
                    LOG.log(failedBefore ? Level.FINE : Level.WARNING, "Housekeeping of the embedded database's"
                            + " file failed; it is tried again each second", e);
                    failedBefore = true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            KEPT.remove(mvStore);
        }
    }

    /** Whether this H2 has the rewrite of the emptiest chunks (else the public compaction is used). */
    static boolean rewritesByFillRate() {
        return REWRITE_CHUNKS != null;
    }

    /** Moves the emptiest chunks' live pages if the chunks together are less than {@link #TARGET_FILL_RATE} full. */
    static void tidy(MVStore mvStore) throws InterruptedException {
        FileStore<?> fileStore = mvStore.getFileStore();
        int fillRate = fileStore.getChunksFillRate();
        if (fillRate >= TARGET_FILL_RATE) {
            return;
        }
        if (REWRITE_CHUNKS == null) {
            mvStore.compact(TARGET_FILL_RATE, MOST_REWRITTEN);
            return;
        }
        // H2's own exception, not reflection's wrapper, reaches the store lock's handler, which closes the store on
        // any failure (as it does for H2's own compaction) with the failure's own error code.
        Callable<Boolean> rewrite = () -> (Boolean) call(REWRITE_CHUNKS, fileStore, MOST_REWRITTEN, fillRate);
        try {
            call(UNDER_STORE_LOCK, mvStore, rewrite);
        } catch (InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A method reached by reflection, throwing what the method itself threw. */
    private static Object call(Method method, Object target, Object... arguments) throws Exception {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
        }
    }
}

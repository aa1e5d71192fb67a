package uk.safeguardcases.jdbc;

import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;

/**
 * Keeps a {@code durable:} H2 file near the size of its live data. Each commit writes the pages it changed as a new
 * chunk at the end of the file; H2's own background thread moves the live pages out of mostly-dead chunks so their
 * space can be used again, but that thread runs only when commits are written in the background
 * ({@code WRITE_DELAY} above 0), never for a durable file, whose commits are written as they happen. Without it the
 * file grew by about 3 kB per commit (loading 100,000 cases made a 5.8 GB file). This does that work once a second,
 * with one thread per open database that ends when the database closes.
 */
final class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    /** Chunks less full than this (per cent) are rewritten. */
    static final int TARGET_FILL_RATE = 80;

    /** At most this much is rewritten at a time (bytes). */
    static final int MOST_REWRITTEN = 16 * 1024 * 1024;

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
        try {
            while (!mvStore.isClosed()) {
                Thread.sleep(1000);
                if (!mvStore.isClosed()) {
                    mvStore.compact(TARGET_FILL_RATE, MOST_REWRITTEN);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!mvStore.isClosed()) {
                LOG.log(Level.WARNING, "Housekeeping of the embedded database stopped; its file may grow until the"
                        + " server restarts", e);
            }
        } finally {
            KEPT.remove(mvStore);
        }
    }
}

package uk.safeguardcases.it;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts, while open, every SQL select Hibernate translates from a SQL AST (a query's or a loader's): Hibernate logs
 * each one at debug level to {@value #LOGGER} ({@code SqlAstTreeLogger}), and none for a query whose plan it takes
 * from its cache. The records are counted, not written to the server's log; the logger is as it was once closed.
 */
final class SqlTranslations extends Handler implements AutoCloseable {

    static final String LOGGER = "org.hibernate.orm.sql.ast.tree";

    private final AtomicLong count = new AtomicLong();
    private final java.util.Queue<String> firstTrees = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Logger logger = Logger.getLogger(LOGGER);
    private final Level level = logger.getLevel();
    private final boolean parents = logger.getUseParentHandlers();

    /** Only this thread's translations, or (null) every thread's, the server's background work's among them. */
    private final Long thread;

    /** Every thread's translations. */
    SqlTranslations() {
        this(false);
    }

    /** The calling thread's alone if {@code thisThreadOnly}, else every thread's. */
    SqlTranslations(boolean thisThreadOnly) {
        thread = thisThreadOnly ? Thread.currentThread().getId() : null;
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
        logger.setLevel(Level.FINE);
    }

    long count() {
        return count.get();
    }

    /** The first few trees translated, each as Hibernate printed it (cut short): to say which selects they were. */
    String trees() {
        return String.join("\n", firstTrees);
    }

    @Override
    public void publish(LogRecord record) {
        if (thread != null && record.getLongThreadID() != thread) {
            return;
        }
        if (count.incrementAndGet() <= 10) {
            String tree = String.valueOf(record.getParameters() == null || record.getParameters().length == 0
                    ? record.getMessage() : java.text.MessageFormat.format(record.getMessage(), record.getParameters()));
            firstTrees.add(tree.length() > 1500 ? tree.substring(0, 1500) : tree);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.setLevel(level);
        logger.removeHandler(this);
        logger.setUseParentHandlers(parents);
    }
}

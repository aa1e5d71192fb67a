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
    private final Logger logger = Logger.getLogger(LOGGER);
    private final Level level = logger.getLevel();
    private final boolean parents = logger.getUseParentHandlers();

    SqlTranslations() {
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
        logger.setLevel(Level.FINE);
    }

    long count() {
        return count.get();
    }

    @Override
    public void publish(LogRecord record) {
        count.incrementAndGet();
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

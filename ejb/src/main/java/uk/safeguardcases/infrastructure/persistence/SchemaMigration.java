package uk.safeguardcases.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the product's schema up to date before anything else starts, with the versioned migrations in
 * {@code db/migration} (Flyway) and the engine's tables ({@link EngineTables}). Neither Hibernate nor the engine
 * ever creates or drops tables.
 *
 * <p>When several servers (the nodes of a cluster) start on one PostgreSQL database, they start one at a time: the
 * first takes a lock of the database ({@code pg_advisory_lock}, on a connection of its own) before it migrates and
 * keeps it through the start-up work that follows (the process deployments, the demo people and cases) until
 * {@link StartupFinished} lets it go; the others wait for it, then find nothing left to do. A node that dies while
 * it holds the lock loses its connection, and with it the lock. The embedded H2 file is one server's alone.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private Event<SchemaMigrated> migrated;

    /** The key of the start-up lock, the same on every node (any fixed number; this one spells "sgstart"). */
    static final long STARTUP_LOCK = 0x73_67_73_74_61_72_74L;

    private Connection startupLock;

    @PostConstruct
    void migrate() {
        startupLock = lockStartup();
        MigrateResult result = Migrations.configure(Flyway.configure(SchemaMigration.class.getClassLoader()))
                .dataSource(dataSource)
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
        migrated.fire(new SchemaMigrated(dataSource));
    }

    private Connection lockStartup() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                connection.close();
                return null;
            }
            long waitFrom = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_lock(" + STARTUP_LOCK + ")");
            }
            long waited = (System.nanoTime() - waitFrom) / 1_000_000;
            if (waited > 1000) {
                LOG.info(() -> "Started after another node's start-up, waited " + waited + " ms for it");
            }
            return connection;
        } catch (SQLException e) {
            close(connection);
            throw new IllegalStateException("The start-up lock could not be taken: " + e.getMessage(), e);
        }
    }

    /** The start-up work is done (or failed): the next node may start. */
    public void unlockStartup() {
        Connection connection = startupLock;
        startupLock = null;
        if (connection == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + STARTUP_LOCK + ")");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The start-up lock is let go by closing its connection", e);
        } finally {
            close(connection);
        }
    }

    @PreDestroy
    void stop() {
        unlockStartup();
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Closing the start-up lock's connection", e);
            }
        }
    }
}

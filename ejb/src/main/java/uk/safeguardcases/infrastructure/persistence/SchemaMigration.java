package uk.safeguardcases.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the product's schema up to date before anything else starts, with the versioned migrations in
 * {@code db/migration} (Flyway) and the engine's tables ({@link EngineTables}). Neither Hibernate nor the engine
 * ever creates or drops tables. When several servers start on one database, Flyway's lock lets one migrate
 * while the others wait, then finds nothing left to do.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Migrations.configure(Flyway.configure(SchemaMigration.class.getClassLoader()))
                .dataSource(dataSource)
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}

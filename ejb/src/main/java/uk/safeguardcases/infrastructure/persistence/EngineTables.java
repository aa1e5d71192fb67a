package uk.safeguardcases.infrastructure.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The engine's tables, created by the product's migrations from the SQL Camunda ships for each database, so
 * that the engine never changes the schema when it starts (several servers start on one database; a
 * production database user need not own DDL at run time). A database whose engine tables an earlier version
 * of the product let the engine create is left as it is.
 */
public class EngineTables {

    /** The engine's create scripts, in the order the engine itself runs them. */
    static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    private EngineTables() {
    }

    /** Flyway's migration: version 40. */
    public static final class V40__Engine_tables extends BaseJavaMigration {
        @Override
        public void migrate(Context context) throws SQLException {
            create(context.getConnection());
        }
    }

    static void create(Connection connection) throws SQLException {
        if (present(connection.getMetaData())) {
            return;
        }
        String database = databaseName(connection.getMetaData().getDatabaseProductName());
        try (Statement statement = connection.createStatement()) {
            for (String component : COMPONENTS) {
                for (String sql : statements(script(database, component))) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static boolean present(DatabaseMetaData metaData) throws SQLException {
        for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
            try (ResultSet tables = metaData.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The engine's name for a database product, as in its script names. */
    static String databaseName(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return "h2";
        }
        if (product.contains("postgres")) {
            return "postgres";
        }
        throw new IllegalStateException("The product runs on H2 or PostgreSQL, not on " + productName);
    }

    static String script(String database, String component) {
        String resource = "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql";
        try (InputStream in = org.camunda.bpm.engine.ProcessEngine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The engine's script is missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script as the engine does: comment lines dropped, a statement ends with a line ending in ';'. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}

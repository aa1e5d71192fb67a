package uk.safeguardcases.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 82: on PostgreSQL, trigram indexes for the case list's member-name and reference filters, which match
 * anywhere in the text ({@code lower(subject_name) like '%patel%'}) and without them read every case of the board
 * (about 90 ms on a 100,000-case board of the national data set). They need the {@code pg_trgm} extension, which
 * ships with PostgreSQL and which a database's owner may create; where it cannot be created the filters still work,
 * only slower, and the server's log says so. H2 (the demo) has no such index and needs none.
 */
public class TextSearchIndexes {

    private static final Logger LOG = Logger.getLogger(TextSearchIndexes.class.getName());

    private TextSearchIndexes() {
    }

    /**
     * Version 104 (issue 45): the same indexes led by the board. The case list filters one board's cases, but the
     * indexes of version 82 spanned every board, so PostgreSQL preferred to read every one of the board's 100,000
     * references or names and match each (50–80 ms on the national data set) rather than visit the matches of all 160
     * boards. With the board as the index's first column ({@code btree_gin}, which ships with PostgreSQL beside
     * {@code pg_trgm} and which a database's owner may create), a fragment finds only the board's own matches: 1–10 ms
     * for a page whatever is typed. Where {@code btree_gin} cannot be created the version 82 indexes stay.
     */
    public static final class V104__Board_text_search_indexes extends BaseJavaMigration {
        @Override
        public void migrate(Context context) throws SQLException {
            Connection connection = context.getConnection();
            if (!"postgres".equals(EngineTables.databaseName(connection.getMetaData().getDatabaseProductName()))) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                if (!trigramsAvailable(connection, statement) || !extensionAvailable(connection, statement,
                        "btree_gin")) {
                    LOG.warning("PostgreSQL's pg_trgm or btree_gin extension could not be created: the case list's"
                            + " member-name and reference filters keep the indexes over every board, and are slower");
                    return;
                }
                statement.execute("create index if not exists ix_case_subject_board_trigram on safeguarding_case"
                        + " using gin (tenant_id, lower(subject_name) gin_trgm_ops)");
                statement.execute("create index if not exists ix_case_reference_board_trigram on safeguarding_case"
                        + " using gin (tenant_id, upper(reference) gin_trgm_ops)");
                statement.execute("drop index if exists ix_case_subject_trigram");
                statement.execute("drop index if exists ix_case_reference_trigram");
            }
        }
    }

    /** Flyway's migration: version 82. */
    public static final class V82__Text_search_indexes extends BaseJavaMigration {
        @Override
        public void migrate(Context context) throws SQLException {
            create(context.getConnection());
        }
    }

    static void create(Connection connection) throws SQLException {
        if (!"postgres".equals(EngineTables.databaseName(connection.getMetaData().getDatabaseProductName()))) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            if (!trigramsAvailable(connection, statement)) {
                LOG.warning("PostgreSQL's pg_trgm extension could not be created: the case list's member-name and"
                        + " reference filters work without their indexes, and read every case of the board");
                return;
            }
            statement.execute("create index if not exists ix_case_subject_trigram on safeguarding_case"
                    + " using gin (lower(subject_name) gin_trgm_ops)");
            statement.execute("create index if not exists ix_case_reference_trigram on safeguarding_case"
                    + " using gin (upper(reference) gin_trgm_ops)");
        }
    }

    private static boolean trigramsAvailable(Connection connection, Statement statement) throws SQLException {
        return extensionAvailable(connection, statement, "pg_trgm");
    }

    /** Whether the extension is there, or could be created now ({@code name} is one of this class's constants). */
    private static boolean extensionAvailable(Connection connection, Statement statement, String name)
            throws SQLException {
        try (ResultSet present = statement.executeQuery("select 1 from pg_extension where extname = '" + name + "'")) {
            if (present.next()) {
                return true;
            }
        }
        Savepoint before = connection.setSavepoint();
        try {
            statement.execute("create extension if not exists " + name);
            connection.releaseSavepoint(before);
            return true;
        } catch (SQLException notAllowed) {
            connection.rollback(before);
            return false;
        }
    }
}

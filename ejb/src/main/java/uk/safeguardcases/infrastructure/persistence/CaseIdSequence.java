package uk.safeguardcases.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Where a case's id comes from: the sequence {@value #NAME}, which moves on by {@value #BLOCK} at each call. The
 * server takes a block of {@value #BLOCK} ids per call ({@code nextval} = v gives it v - {@value #BLOCK} + 1 to v), so
 * a new case's id is known before anything is written and the case is inserted once, complete (an identity column
 * gave the id only by inserting the row, which the case's process then updated at commit). A row inserted in SQL
 * without an id (tests, the case list and purge benchmarks) takes the column's default, {@code nextval}: the top of a
 * block of its own, which no server is given. Several nodes share the one sequence, so no id is given twice. (The
 * national data set, written by COPY with ids of its own, starts above the sequence and moves it on past them.)
 */
public final class CaseIdSequence {

    public static final String NAME = "safeguarding_case_id_seq";

    /** The sequence's increment, and the number of ids a server takes per call. */
    public static final int BLOCK = 50;

    private CaseIdSequence() {
    }

    /** Flyway's migration: version 83, the identity column of the cases' ids replaced by the sequence. */
    public static final class V83__Case_ids_from_a_sequence extends BaseJavaMigration {
        @Override
        public void migrate(Context context) throws SQLException {
            replaceIdentity(context.getConnection());
        }
    }

    static void replaceIdentity(Connection connection) throws SQLException {
        boolean postgres = "postgres".equals(
                EngineTables.databaseName(connection.getMetaData().getDatabaseProductName()));
        try (Statement statement = connection.createStatement()) {
            long highest;
            try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from safeguarding_case")) {
                max.next();
                highest = max.getLong(1);
            }
            // On PostgreSQL the identity's own sequence has the name the new one takes; it goes with the identity.
            statement.execute("alter table safeguarding_case alter column id drop identity");
            // The first call gives the block just above the highest id there is.
            statement.execute("create sequence " + NAME + " start with " + (highest + BLOCK) + " increment by "
                    + BLOCK);
            statement.execute("alter table safeguarding_case alter column id set default nextval('" + NAME + "')");
            if (postgres) {
                // As the identity's was: dropped with the table, and found by pg_get_serial_sequence.
                statement.execute("alter sequence " + NAME + " owned by safeguarding_case.id");
            }
        }
    }
}

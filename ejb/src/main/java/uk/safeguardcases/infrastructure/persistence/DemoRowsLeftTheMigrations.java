package uk.safeguardcases.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Migrations 2, 5, 48, 60 and 70 inserted the demo's four boards (their organisations, clauses, deadlines, Welsh
 * words and child-search rules) until issue 62; those rows now come from {@code db/demo/boards.sql}, on a demo server
 * only, so a production database starts with no board. A database those migrations already ran on keeps its rows;
 * only the checksum Flyway recorded for each of the five files is moved from the old file's to the new one's, and
 * only where it is exactly the old file's, before Flyway compares them. Any other difference still stops the start.
 */
final class DemoRowsLeftTheMigrations implements Callback {

    private static final Logger LOG = Logger.getLogger(DemoRowsLeftTheMigrations.class.getName());

    /** Per version: the checksum of the file with the demo rows, and of the file without them ({@code MigrationsTest}). */
    static final Map<String, int[]> CHECKSUMS = Map.of(
            "2", new int[] {1082952245, -136226628},
            "5", new int[] {-72314242, -394017228},
            "48", new int[] {1654320383, 111932191},
            "60", new int[] {-567981148, 829275275},
            "70", new int[] {-1569029366, 1440579894});

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            if (!historyExists(connection)) {
                return;
            }
            int moved = 0;
            try (PreparedStatement update = connection.prepareStatement("update " + HISTORY
                    + " set \"checksum\" = ? where \"version\" = ? and \"checksum\" = ?")) {
                for (Map.Entry<String, int[]> file : CHECKSUMS.entrySet()) {
                    update.setInt(1, file.getValue()[1]);
                    update.setString(2, file.getKey());
                    update.setInt(3, file.getValue()[0]);
                    moved += update.executeUpdate();
                }
            }
            if (moved > 0) {
                int files = moved;
                LOG.info(() -> "The demo boards' rows left " + files + " migrations (issue 62); this database keeps"
                        + " the boards it has");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The migrations' recorded checksums could not be brought up to date: "
                    + e.getMessage(), e);
        }
    }

    private static final String HISTORY = "\"schema_history\"";

    private static boolean historyExists(Connection connection) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, null, "schema_history", null)) {
            return tables.next();
        }
    }

    @Override
    public String getCallbackName() {
        return "demo rows left the migrations";
    }
}

package uk.safeguardcases.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 43: fills the columns of version 42 for cases written by earlier versions, once. The LADO due date
 * comes from the process variable it lived in; the findings and the approval note from the timeline entries that
 * carried them ("Outcome decided": "<outcome>. <findings>"; "Referral approved": the note). Reading the timeline as
 * data happens here only, for the past.
 */
public class RecordsFromEarlierVersions {

    private RecordsFromEarlierVersions() {
    }

    /** Flyway's migration: version 43. */
    public static final class V43__Records_from_earlier_versions extends BaseJavaMigration {
        @Override
        public void migrate(Context context) throws SQLException {
            Connection connection = context.getConnection();
            ladoDueDates(connection);
            fromTimeline(connection, "Outcome decided", "decision_findings", true);
            fromTimeline(connection, "Referral approved", "approval_note", false);
        }
    }

    private static void ladoDueDates(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select v.long_, c.id from act_ru_variable v"
                        + " join safeguarding_case c on c.process_instance_id = v.proc_inst_id_"
                        + " where v.name_ = 'ladoDue' and v.long_ is not null");
                PreparedStatement update = connection.prepareStatement(
                        "update safeguarding_case set lado_due = ? where id = ?");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                update.setTimestamp(1, Timestamp.from(Instant.ofEpochMilli(rows.getLong(1))));
                update.setLong(2, rows.getLong(2));
                update.executeUpdate();
            }
        }
    }

    private static void fromTimeline(Connection connection, String action, String column, boolean afterOutcome)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select e.case_id, e.detail, e.actor"
                        + " from timeline_entry e where e.action = ? and e.case_id is not null order by e.sequence_no");
                PreparedStatement update = connection.prepareStatement("update safeguarding_case set " + column
                        + " = ?" + (afterOutcome ? "" : ", approved_by = ?") + " where id = ?")) {
            select.setString(1, action);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String detail = rows.getString(2);
                    int sentence = detail.indexOf(". ");
                    update.setString(1, afterOutcome && sentence >= 0 ? detail.substring(sentence + 2) : detail);
                    if (afterOutcome) {
                        update.setLong(2, rows.getLong(1));
                    } else {
                        update.setString(2, rows.getString(3));
                        update.setLong(3, rows.getLong(1));
                    }
                    update.executeUpdate();
                }
            }
        }
    }
}

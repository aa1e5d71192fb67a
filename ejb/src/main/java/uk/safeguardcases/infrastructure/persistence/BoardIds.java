package uk.safeguardcases.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The ids of the boards, for start-up work that runs once per board before anyone signs in, and for jobs. */
public final class BoardIds {

    private BoardIds() {
    }

    public static List<String> all(DataSource dataSource) {
        return ids(dataSource, "select id from board order by id");
    }

    /** The boards not suspended by the hosting operator: whose e-mails go out now. */
    public static List<String> open(DataSource dataSource) {
        return ids(dataSource, "select id from board b where not exists (select 1 from board_suspension s"
                + " where s.tenant_id = b.id) order by id");
    }

    private static List<String> ids(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the boards", e);
        }
    }
}

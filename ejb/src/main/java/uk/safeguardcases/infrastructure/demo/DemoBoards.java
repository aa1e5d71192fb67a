package uk.safeguardcases.infrastructure.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import uk.safeguardcases.infrastructure.persistence.SchemaMigrated;

/**
 * The demo's four boards (City &amp; Hackney, Northumberland, Cwm Taf, the LSCB) with their organisations, clause
 * catalogues, deadlines, Welsh words and child-search rules, from {@code db/demo/boards.sql}: added once, after the
 * migrations, on a server started with {@code -Dsafeguard.demo=true} (the run command and the tests), when the
 * database has none of them. A production database has no board until a hosting operator creates one.
 */
@Dependent
public final class DemoBoards {

    private static final Logger LOG = Logger.getLogger(DemoBoards.class.getName());

    static final String SCRIPT = "db/demo/boards.sql";

    /** The demo boards' ids. */
    public static final List<String> IDS = List.of("chscb", "nscb", "cwmtaf", "lscb");

    private DemoBoards() {
    }

    /**
     * On a demo server, adds the demo boards to a database that has none of them, once the schema is up to date (and
     * so before the engine deploys each board's processes).
     */
    static void addIfDemo(@Observes SchemaMigrated schema) {
        if (!Boolean.getBoolean("safeguard.demo")) {
            return;
        }
        try (Connection connection = schema.dataSource().getConnection()) {
            addMissing(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The demo boards could not be added: " + e.getMessage(), e);
        }
    }

    /** Adds the demo boards, in one transaction, when the database has none of them; returns how many were added. */
    public static int addMissing(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from board where id in (?, ?, ?, ?)")) {
            for (int i = 0; i < IDS.size(); i++) {
                count.setString(i + 1, IDS.get(i));
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return 0;
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script())) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        LOG.info(() -> "Demo boards added: " + String.join(", ", IDS));
        return IDS.size();
    }

    private static String script() {
        try (InputStream in = DemoBoards.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(SCRIPT + " could not be read", e);
        }
    }

    /**
     * The script's statements: split at each semicolon outside a quoted string, with {@code --} comments (outside
     * quotes) left out. A quote inside a string is doubled ({@code ''}), which reads as leaving and entering it.
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (!quoted && c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
                current.append('\n');
                continue;
            }
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && c == ';') {
                add(statements, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder statement) {
        String sql = statement.toString().strip();
        if (!sql.isEmpty()) {
            statements.add(sql);
        }
    }
}

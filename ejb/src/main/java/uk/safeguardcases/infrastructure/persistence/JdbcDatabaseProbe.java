package uk.safeguardcases.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import uk.safeguardcases.application.health.DatabaseProbe;

/** The readiness probe of the database, in plain JDBC on the product's datasource, outside any transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JdbcDatabaseProbe implements DatabaseProbe {

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Override
    public DatabaseState probe() {
        Map<String, Object> database = new LinkedHashMap<>();
        int boards = -1;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from board")) {
            rows.next();
            boards = rows.getInt(1);
            database.put("status", "UP");
            database.put("product", connection.getMetaData().getDatabaseProductName());
            database.put("version", connection.getMetaData().getDatabaseProductVersion());
            database.put("durableCommits", durableCommits(connection));
            database.put("boards", boards);
        } catch (Exception e) {
            database.put("status", "DOWN");
            database.put("reason", inWords(e));
            database.put("error", e.getClass().getSimpleName());
        }
        return new DatabaseState(database, boards);
    }

    /**
     * What the operator reads first: a sentence, never the driver's message (it names hosts and users, and readiness
     * answers on the public port). The class name beside it says the rest to whoever reads the node's log.
     */
    static String inWords(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return "This node cannot reach the database: the connection was refused or lost. Check that the"
                        + " database is running and reachable from this node.";
            }
            if (t instanceof java.sql.SQLTimeoutException || t instanceof java.sql.SQLTransientConnectionException) {
                return "The database did not answer in time, or the node's connection pool has none free.";
            }
        }
        return "The database did not answer the readiness query; the node's log says why.";
    }

    /**
     * Whether a commit is on disk when the database answers it: an H2 file opened through {@code durable:}
     * (never an in-memory one) whose commits are not left to H2's background writer (its write delay 0, or -1 while
     * the driver writes commits together), or a PostgreSQL server with fsync and synchronous commits on.
     */
    private static boolean durableCommits(Connection connection) throws SQLException {
        String url = connection.getMetaData().getURL();
        if (url.startsWith("jdbc:h2:")) {
            if (!url.startsWith("jdbc:h2:durable:")) {
                return false;
            }
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                    "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
                return row.next() && Integer.parseInt(row.getString(1)) <= 0;
            }
        }
        try (Statement statement = connection.createStatement()) {
            return "on".equals(setting(statement, "fsync")) && !"off".equals(setting(statement, "synchronous_commit"));
        }
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("show " + name)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }
}

package uk.safeguardcases.application.health;

import uk.safeguardcases.application.process.ProcessHealth;
import uk.safeguardcases.application.process.Processes;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import uk.safeguardcases.domain.cases.InvestigationProcess;

/** Readiness of the database and the process engine, for load balancers and the run command. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthService {

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private Processes processes;

    public Readiness readiness() {
        Map<String, Object> database = new LinkedHashMap<>();
        int boards = -1;
        long started = System.nanoTime();
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
            database.put("error", e.getClass().getSimpleName());
        }
        database.put("responseMillis", (System.nanoTime() - started) / 1_000_000);

        Map<String, Object> engineStatus = new LinkedHashMap<>();
        boolean engineUp = false;
        try {
            ProcessHealth health = processes.health(InvestigationProcess.KEY);
            engineUp = health.jobsRunning() && health.deployedForBoards() >= Math.max(boards, 1);
            engineStatus.put("status", engineUp ? "UP" : "DOWN");
            engineStatus.put("name", health.engineName());
            engineStatus.put("investigationDefinitions", health.deployedForBoards());
            engineStatus.put("jobExecutorActive", health.jobsRunning());
        } catch (Exception e) {
            engineStatus.put("status", "DOWN");
            engineStatus.put("error", e.getClass().getSimpleName());
        }
        try {
            // Counted, never failing readiness: a stuck step is the board's to put right (its Stuck work page), and the
            // node serves everything else. Board ids and counts only; nothing of what is stuck.
            Map<String, Long> stuck = processes.stuckStepsByBoard();
            engineStatus.put("stuckSteps", stuck.values().stream().mapToLong(Long::longValue).sum());
            engineStatus.put("stuckStepsByBoard", stuck);
        } catch (Exception e) {
            engineStatus.put("stuckSteps", "unknown");
        }
        return new Readiness("UP".equals(database.get("status")) && engineUp, database, engineStatus);
    }

    /**
     * Whether a commit is on disk when the database answers it: an H2 file opened through {@code durable:}
     * (never an in-memory one) whose commits are not left to H2's background writer (its write delay 0, or -1 while
     * the driver writes commits together), or a PostgreSQL server with fsync and synchronous commits on.
     */
    private static boolean durableCommits(Connection connection) throws java.sql.SQLException {
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

    private static String setting(Statement statement, String name) throws java.sql.SQLException {
        try (ResultSet rows = statement.executeQuery("show " + name)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }
}

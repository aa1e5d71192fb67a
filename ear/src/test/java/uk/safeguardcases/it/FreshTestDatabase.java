package uk.safeguardcases.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test, when the suite runs on PostgreSQL ({@code -Pit-postgresql}), the test server's database is made
 * anew, so every run starts from an empty database as the in-memory H2 run does; but not with {@code -Dit.db.keep=true}
 * (the national benchmarks, which measure a data set generated once).
 */
public class FreshTestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!TestDatabase.postgresql() || System.getProperty("it.db.url") == null
                || Boolean.getBoolean("it.db.keep")) {
            return;
        }
        String url = System.getProperty("it.db.url");
        String database = url.substring(url.lastIndexOf('/') + 1);
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(server + "postgres", System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the test database " + database + " afresh on " + server, e);
        }
    }
}

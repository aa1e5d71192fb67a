package uk.safeguardcases.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database a test's own server runs on: the suite's choice ({@code -Dit.db=postgresql}, the build's
 * {@code it-postgresql} profile) or, by default, a durable H2 file, as the run command uses. Each is created empty.
 *
 * @param folder the H2 data folder (null on PostgreSQL)
 */
record TestDatabase(String url, String user, String password, Path folder) {

    static boolean postgresql() {
        return "postgresql".equals(System.getProperty("it.db", "h2"));
    }

    /** A new, empty database called {@code name} (a PostgreSQL database, or an H2 file under target/). */
    static TestDatabase fresh(String name) {
        if (!postgresql()) {
            Path folder = Path.of(System.getProperty("server.home")).getParent().resolve("databases").resolve(name)
                    .toAbsolutePath();
            try {
                StandaloneServer.deleteTree(folder);
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new TestDatabase("jdbc:h2:durable:" + folder.resolve("safeguard")
                    + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=512", "sa", "sa", folder);
        }
        String server = System.getProperty("it.pg.server", "jdbc:postgresql://localhost:5432/");
        String user = System.getProperty("it.pg.user");
        String password = System.getProperty("it.pg.password");
        // it.pg.prefix lets two runs of the suite share one PostgreSQL (with -Dit.db.url naming the server's own).
        String database = System.getProperty("it.pg.prefix", "safeguard_") + name.replaceAll("[^a-z0-9]", "_");
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + database, e);
        }
        return new TestDatabase(server + database, user, password, null);
    }

    /** The server properties that point the product at this database. */
    Map<String, String> serverProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("safeguard.db.url", url);
        properties.put("safeguard.db.user", user);
        properties.put("safeguard.db.password", password);
        return properties;
    }

    /** The environment that points the backup and restore commands at this database. */
    Map<String, String> commandEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        if (folder != null) {
            environment.put("SAFEGUARD_DATA_DIR", folder.toString());
        } else {
            environment.put("SAFEGUARD_DB_URL", url);
            environment.put("SAFEGUARD_DB_USER", user);
            environment.put("SAFEGUARD_DB_PASSWORD", password);
        }
        return environment;
    }

    /**
     * A direct connection, for reading what is stored: PostgreSQL's, or H2's through the local service of the
     * server that has it open (see {@code LocalAccess}), else its file.
     */
    Connection connect() throws SQLException {
        if (folder == null) {
            return DriverManager.getConnection(url, user, password);
        }
        Path port = folder.resolve("safeguard.port");
        if (Files.exists(port)) {
            try {
                return DriverManager.getConnection("jdbc:h2:tcp://localhost:"
                        + Files.readString(port, StandardCharsets.US_ASCII).strip() + "/safeguard", user, password);
            } catch (SQLException | IOException serverStopped) {
                // read the file
            }
        }
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("safeguard") + ";IFEXISTS=TRUE", user, password);
    }
}

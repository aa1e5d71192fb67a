package uk.safeguardcases.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.h2.tools.Server;

/**
 * A running server's embedded database, reachable by the backup command on the same machine: the first time
 * the server opens a {@code durable:} H2 file, an H2 TCP service for that one database starts on a free port
 * that takes connections from this machine only, and the port is written beside the database file
 * ({@code <database>.port}). H2 locks the file while the server has it open, so this is how a consistent
 * backup is taken without stopping the server.
 */
final class LocalAccess {

    private static final Logger LOG = Logger.getLogger(LocalAccess.class.getName());
    private static final Set<String> OFFERED = ConcurrentHashMap.newKeySet();

    /** The name a client gives after the port: {@code jdbc:h2:tcp://localhost:PORT/safeguard}. */
    static final String KEY = "safeguard";

    private LocalAccess() {
    }

    static void offer(String url) throws SQLException {
        String database = databaseName(url);
        if (database == null || !OFFERED.add(database)) {
            return;
        }
        Server server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-key", KEY, database);
        server.start();
        Path portFile = portFile(database);
        try {
            Files.writeString(portFile, Integer.toString(server.getPort()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            server.stop();
            OFFERED.remove(database);
            throw new UncheckedIOException(e);
        }
        LOG.info(() -> "The backup command reaches the database on localhost:" + server.getPort());
    }

    /** The database name of a {@code jdbc:h2:durable:} URL (its path, with the scheme), else null. */
    static String databaseName(String url) {
        String prefix = SafeguardDriver.H2 + DurableFilePath.SCHEME + ":";
        if (!url.startsWith(prefix)) {
            return null;
        }
        int settings = url.indexOf(';');
        return url.substring(SafeguardDriver.H2.length(), settings < 0 ? url.length() : settings);
    }

    /** Where the port of a running server's database is written: beside its file. */
    static Path portFile(String databaseName) {
        return Path.of(databaseName.substring(DurableFilePath.SCHEME.length() + 1) + ".port");
    }
}

package uk.safeguardcases.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.h2.tools.Restore;

/**
 * The backup and restore commands for the embedded H2 database ({@code backup.sh}, {@code restore.sh}).
 * A backup is H2's own consistent copy of the database file ({@code BACKUP TO}): every case, its evidence and
 * files, the audit timeline and the engine's state. While the product runs it is taken through the server's
 * local TCP service ({@link LocalAccess}); when it is stopped, from the file. A restore unpacks a backup into a
 * data folder that has no database yet, and reads it back to show what it holds.
 *
 * <pre>
 *   java -cp … uk.safeguardcases.jdbc.H2Backup backup  DATA_FOLDER FILE
 *   java -cp … uk.safeguardcases.jdbc.H2Backup restore DATA_FOLDER FILE
 * </pre>
 */
public final class H2Backup {

    static final String DATABASE = "safeguard";

    private H2Backup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            System.err.println("usage: H2Backup backup|restore DATA_FOLDER FILE");
            System.exit(2);
        }
        Path folder = Path.of(args[1]).toAbsolutePath();
        Path file = Path.of(args[2]).toAbsolutePath();
        try {
            if (args[0].equals("backup")) {
                backup(folder, file);
            } else {
                restore(folder, file);
            }
        } catch (Refusal refusal) {
            System.err.println(refusal.getMessage());
            System.exit(1);
        }
    }

    /** A plain reason the command cannot do what was asked; nothing was changed. */
    static final class Refusal extends Exception {
        Refusal(String message) {
            super(message);
        }
    }

    static void backup(Path folder, Path file) throws Exception {
        Path database = folder.resolve(DATABASE);
        if (Files.exists(file)) {
            throw new Refusal("There is already a file " + file + "; choose another name.");
        }
        try (Connection connection = open(database)) {
            try (PreparedStatement backup = connection.prepareStatement("backup to ?")) {
                backup.setString(1, file.toString());
                backup.execute();
            }
            System.out.println("Backed up " + contents(connection) + " to " + file);
        }
    }

    static void restore(Path folder, Path file) throws Exception {
        Path database = folder.resolve(DATABASE);
        if (!Files.isRegularFile(file)) {
            throw new Refusal("No backup at " + file + ".");
        }
        if (!isZip(file)) {
            throw new Refusal(file + " is not a backup of the embedded database (a PostgreSQL backup is restored with"
                    + " SAFEGUARD_DB_URL set).");
        }
        if (Files.exists(Path.of(database + ".mv.db"))) {
            throw new Refusal("There is already a database in " + folder + ". A backup is restored into an empty"
                    + " folder: stop the product and move that folder away first.");
        }
        Files.createDirectories(folder);
        Restore.execute(file.toString(), folder.toString(), DATABASE);
        try (Connection connection = openFile(database)) {
            System.out.println("Restored " + contents(connection) + " into " + folder);
        }
    }

    /** The running server's database through its local service, else the file itself (the product is stopped). */
    private static Connection open(Path database) throws Exception {
        Path portFile = LocalAccess.portFile(DurableFilePath.SCHEME + ":" + database);
        if (Files.exists(portFile)) {
            String port = Files.readString(portFile, StandardCharsets.US_ASCII).strip();
            try {
                return new org.h2.Driver().connect("jdbc:h2:tcp://localhost:" + port + "/" + LocalAccess.KEY,
                        credentials());
            } catch (SQLException e) {
                if (!(rootCause(e) instanceof ConnectException)) {
                    throw e;
                }
                // The server that wrote the port has stopped: the file is free to open.
            }
        }
        if (!Files.exists(Path.of(database + ".mv.db"))) {
            throw new Refusal("There is no database at " + database + ".mv.db.");
        }
        try {
            return openFile(database);
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new Refusal("The database is open in another program that does not offer backups: stop it first.");
            }
            throw e;
        }
    }

    /** The file itself, in this process (durable, as the server opens it; no local service is offered from here). */
    private static Connection openFile(Path database) throws SQLException {
        String url = SafeguardDriver.durable(SafeguardDriver.H2 + DurableFilePath.SCHEME + ":" + database);
        return new org.h2.Driver().connect(url + ";IFEXISTS=TRUE", credentials());
    }

    static Properties credentials() {
        Properties credentials = new Properties();
        credentials.setProperty("user", env("SAFEGUARD_DB_USER", "sa"));
        credentials.setProperty("password", env("SAFEGUARD_DB_PASSWORD", "sa"));
        return credentials;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? otherwise : value;
    }

    /** "42 cases, 97 pieces of evidence, 610 audit entries" (a database the product has never started: empty). */
    static String contents(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return count(statement, "safeguarding_case") + " cases, " + count(statement, "evidence")
                    + " pieces of evidence, " + count(statement, "timeline_entry") + " audit entries";
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException noSuchTableYet) {
            return 0;
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}

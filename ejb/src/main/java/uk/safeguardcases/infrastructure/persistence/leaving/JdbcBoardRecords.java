package uk.safeguardcases.infrastructure.persistence.leaving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.hibernate.Session;
import uk.safeguardcases.application.leaving.BoardRecords;
import uk.safeguardcases.infrastructure.persistence.leaving.BoardTables.Table;

/**
 * The board's rows in plain JDBC on the caller's transaction's connection, found by {@link BoardTables}. The export
 * reads only rows selected by the board's id (its column, or its parent's), so no other board's row can be in it; the
 * erasure deletes the same rows in {@link BoardTables}' order.
 */
@ApplicationScoped
public class JdbcBoardRecords implements BoardRecords {

    /**
     * Credentials, never exported: password hashes, second-factor and single sign-on secrets, and the digests of keys,
     * tokens, recovery codes and public reporters' receipt codes (each would let someone sign in or read as another).
     */
    static final Pattern SECRET = Pattern.compile(
            ".*(password_hash|secret|token_sha256|key_sha256|code_sha256|receipt_sha256)", Pattern.CASE_INSENSITIVE);

    private static final String CASES = "safeguarding_case";
    private static final String EVIDENCE_FILES = "evidence_file";
    private static final int FETCH = 200;

    @PersistenceContext
    private EntityManager em;

    /** The way out for what the board's export vouches for: its manifest, signed beside it (issue 66). */
    @jakarta.inject.Inject
    private uk.safeguardcases.application.reports.OutgoingDocuments outgoing;

    /** What the issued documents call a board's export (its manifest). */
    public static final String ISSUED_AS = "BOARD_EXPORT";

    @Override
    public Export export(String boardId, String madeBy, Instant madeAt, OutputStream out) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try {
                return export(connection, boardId, madeBy, madeAt, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public Erased count(String boardId) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, Long> rows = new TreeMap<>();
            long files = 0;
            for (Table table : BoardTables.find(connection)) {
                long count = count(connection, "select count(*) from " + table.name() + " where " + table.boardRows(),
                        boardId);
                if (count > 0) {
                    rows.put(table.key(), count);
                }
                for (String column : table.binaryColumns()) {
                    files += count(connection, "select count(" + column + ") from " + table.name() + " where "
                            + table.boardRows(), boardId);
                }
            }
            rows.put("board", count(connection, "select count(*) from board where id = ?", boardId));
            return new Erased(rows, files);
        });
    }

    @Override
    public Erased erase(String boardId) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<Table> tables = BoardTables.find(connection);
            long files = 0;
            for (Table table : tables) {
                for (String column : table.binaryColumns()) {
                    files += count(connection, "select count(" + column + ") from " + table.name() + " where "
                            + table.boardRows(), boardId);
                }
            }
            Map<String, Long> rows = new TreeMap<>();
            for (Table table : tables) {
                for (String column : table.selfReferences()) {
                    update(connection, "update " + table.name() + " set " + column + " = null where "
                            + table.boardRows() + " and " + column + " is not null", boardId);
                }
                long removed = update(connection, "delete from " + table.name() + " where " + table.boardRows(),
                        boardId);
                if (removed > 0) {
                    rows.put(table.key(), removed);
                }
            }
            long board = update(connection, "delete from board where id = ?", boardId);
            if (board != 1) {
                throw new IllegalStateException("Board " + boardId + " was not there to erase");
            }
            rows.put("board", board);
            return new Erased(rows, files);
        });
    }

    private Export export(Connection connection, String boardId, String madeBy, Instant madeAt, OutputStream out)
            throws SQLException, IOException {
        List<Table> tables = BoardTables.find(connection).stream().filter(t -> !t.engine())
                .sorted(Comparator.comparing(Table::key)).toList();
        ManifestZip zip = new ManifestZip(out, madeAt);
        zip.add("README.txt", readme(boardId, madeBy, madeAt).getBytes(StandardCharsets.UTF_8));
        List<Map<String, Object>> board = new ArrayList<>();
        select(connection, "select * from board where id = ?", boardId, row -> board.add(row));
        zip.add("board.json", JsonText.of(board.isEmpty() ? null : board.get(0)).getBytes(StandardCharsets.UTF_8));

        // The files first (a ZIP is written one file at a time), then the rows that name them.
        Map<String, ManifestZip.Written> files = new HashMap<>();
        for (Table table : tables) {
            for (String column : table.binaryColumns()) {
                writeFiles(connection, zip, table, column, boardId, files);
            }
        }
        for (Table table : tables) {
            OutputStream file = zip.begin("tables/" + table.key() + ".json");
            Writer json = new OutputStreamWriter(file, StandardCharsets.UTF_8);
            json.write("[");
            boolean[] first = {true};
            select(connection, "select " + String.join(", ", plainColumns(table)) + " from " + table.name()
                    + " where " + table.boardRows() + order(table), boardId, row -> {
                        try {
                            json.write(first[0] ? "\n  " : ",\n  ");
                            first[0] = false;
                            StringBuilder text = new StringBuilder();
                            JsonText.write(text, withFiles(table, row, files), "  ");
                            json.write(text.toString());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            json.write(first[0] ? "]\n" : "\n]\n");
            json.flush();
            zip.end();
        }
        Table cases = tables.stream().filter(t -> t.key().equals(CASES)).findFirst().orElse(null);
        if (cases != null) {
            writeCases(connection, zip, cases, tables, boardId, files);
        }
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("board", boardId);
        about.put("madeAt", madeAt.toString());
        about.put("madeBy", madeBy);
        about.put("leftOut", "columns holding credentials: " + SECRET.pattern());
        String manifest = zip.finish(about, bytes -> outgoing.sealBeside(ISSUED_AS, null, bytes));
        out.flush();
        return new Export(zip.files(), manifest);
    }

    /** One JSON file per case: the case, and every row of another table that names it ({@code case_id}). */
    private void writeCases(Connection connection, ManifestZip zip, Table cases, List<Table> tables, String boardId,
            Map<String, ManifestZip.Written> files) throws SQLException, IOException {
        List<Table> parts = tables.stream().filter(t -> t != cases && t.has("case_id")).toList();
        List<Map<String, Object>> all = new ArrayList<>();
        select(connection, "select " + String.join(", ", plainColumns(cases)) + " from " + cases.name() + " where "
                + cases.boardRows() + order(cases), boardId, all::add);
        for (Map<String, Object> row : all) {
            Object id = row.get("id");
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("case", row);
            for (Table part : parts) {
                List<Map<String, Object>> rows = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("select "
                        + String.join(", ", plainColumns(part)) + " from " + part.name() + " where case_id = ? and "
                        + part.boardRows() + order(part))) {
                    select.setObject(1, id);
                    select.setString(2, boardId);
                    try (ResultSet found = select.executeQuery()) {
                        while (found.next()) {
                            rows.add(withFiles(part, row(found), files));
                        }
                    }
                }
                if (!rows.isEmpty()) {
                    file.put(part.key(), rows);
                }
            }
            zip.add("cases/" + safe(String.valueOf(row.get("reference"))) + ".json",
                    JsonText.of(file).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void writeFiles(Connection connection, ManifestZip zip, Table table, String column, String boardId,
            Map<String, ManifestZip.Written> files) throws SQLException, IOException {
        List<String> key = table.primaryKey().isEmpty() ? List.of(table.columns().get(0)) : table.primaryKey();
        try (PreparedStatement select = connection.prepareStatement("select " + String.join(", ", key) + ", "
                + column + " from " + table.name() + " where " + table.boardRows() + " and " + column
                + " is not null" + order(table))) {
            select.setFetchSize(1);
            select.setString(1, boardId);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    List<String> keyValues = new ArrayList<>();
                    for (int i = 1; i <= key.size(); i++) {
                        keyValues.add(String.valueOf(found.getObject(i)));
                    }
                    String name = String.join("-", keyValues);
                    try (InputStream content = new BufferedInputStream(found.getBinaryStream(key.size() + 1))) {
                        String path = "files/" + table.key() + "/" + safe(name)
                                + (table.binaryColumns().size() > 1 ? "-" + column.toLowerCase(Locale.ROOT) : "")
                                + "." + extension(content);
                        content.transferTo(zip.begin(path));
                        files.put(fileKey(table, column, name), zip.end());
                    }
                }
            }
        }
    }

    /**
     * The row as exported: a column of bytes replaced by the file it was written to, its size and SHA-256; and, on a
     * row naming an evidence file ({@code file_id}), that file's path.
     */
    private static Map<String, Object> withFiles(Table table, Map<String, Object> row,
            Map<String, ManifestZip.Written> files) {
        String name = String.join("-", (table.primaryKey().isEmpty() ? List.of(table.columns().get(0))
                : table.primaryKey()).stream().map(k -> String.valueOf(row.get(k.toLowerCase(Locale.ROOT)))).toList());
        for (String column : table.binaryColumns()) {
            ManifestZip.Written file = files.get(fileKey(table, column, name));
            row.put(column.toLowerCase(Locale.ROOT), file == null ? null : fileOf(file));
        }
        if (row.get("file_id") != null) {
            ManifestZip.Written file = files.get(EVIDENCE_FILES + "/" + "content" + "/" + row.get("file_id"));
            if (file != null) {
                row.put("file", fileOf(file));
            }
        }
        return row;
    }

    private static Map<String, Object> fileOf(ManifestZip.Written file) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("path", file.path());
        described.put("bytes", file.bytes());
        described.put("sha256", file.sha256());
        return described;
    }

    private static String fileKey(Table table, String column, String name) {
        return table.key() + "/" + column.toLowerCase(Locale.ROOT) + "/" + name;
    }

    /** Every column that is neither bytes (written as files) nor a credential. */
    private static List<String> plainColumns(Table table) {
        return table.columns().stream().filter(c -> !table.binaryColumns().contains(c))
                .filter(c -> !SECRET.matcher(c).matches()).toList();
    }

    private static String order(Table table) {
        return table.primaryKey().isEmpty() ? "" : " order by " + String.join(", ", table.primaryKey());
    }

    private static void select(Connection connection, String sql, String boardId,
            Consumer<Map<String, Object>> each) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(FETCH);
            select.setString(1, boardId);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    Map<String, Object> row = row(found);
                    for (String secret : row.keySet().stream().filter(c -> SECRET.matcher(c).matches()).toList()) {
                        row.remove(secret);
                    }
                    each.accept(row);
                }
            }
        }
    }

    private static Map<String, Object> row(ResultSet found) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= found.getMetaData().getColumnCount(); i++) {
            row.put(found.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), JsonText.plain(found.getObject(i)));
        }
        return row;
    }

    private static long count(Connection connection, String sql, String boardId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(sql)) {
            count.setString(1, boardId);
            try (ResultSet found = count.executeQuery()) {
                found.next();
                return found.getLong(1);
            }
        }
    }

    private static long update(Connection connection, String sql, String boardId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, boardId);
            return update.executeLargeUpdate();
        }
    }

    /** The kind of file from its first bytes (what it is, not what anyone called it). */
    static String extension(InputStream content) throws IOException {
        content.mark(16);
        byte[] head = content.readNBytes(12);
        content.reset();
        if (starts(head, "%PDF")) {
            return "pdf";
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0x89 && starts(java.util.Arrays.copyOfRange(head, 1, 4), "PNG")) {
            return "png";
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return "jpg";
        }
        if (starts(head, "GIF8")) {
            return "gif";
        }
        if (starts(head, "PK")) {
            return "zip";
        }
        if (starts(head, "RIFF") && head.length >= 12 && new String(head, 8, 4, StandardCharsets.ISO_8859_1)
                .equals("WEBP")) {
            return "webp";
        }
        if (head.length >= 8 && new String(head, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
            return "mp4";
        }
        return "bin";
    }

    private static boolean starts(byte[] head, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.ISO_8859_1);
        return head.length >= expected.length && java.util.Arrays.equals(head, 0, expected.length, expected, 0,
                expected.length);
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String readme(String boardId, String madeBy, Instant madeAt) {
        return """
                The whole record of board %s, as Safeguard Cases kept it, exported by %s at %s (UTC).

                board.json            the board itself: its name, settings, privacy notice, contacts
                tables/<table>.json   every row of the board in each table, as the database keeps it; a column of
                                      bytes is given as the file it was written to, with its size and SHA-256
                cases/<reference>.json each case with every row that names it: allegations, evidence, requests,
                                      referrals, the packs sent, its timeline entries
                files/<table>/...     the files as they were kept: evidence as captured, referral packs and subject
                                      access answers as they were sent, files from child searches
                manifest.json         every file in this archive with its size and SHA-256 (written last)

                Moments are in UTC (ISO 8601); dates are yyyy-mm-dd. Left out: columns holding credentials (password
                hashes, second-factor and single sign-on secrets, digests of keys, tokens and codes), and the process
                engine's working tables, whose facts the records above already hold.
                """.formatted(boardId, madeBy, madeAt);
    }
}

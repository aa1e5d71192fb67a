package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code ./backup.sh} makes a consistent copy while the product runs and {@code ./restore.sh} brings it back into an
 * empty database: the cases, the evidence and its files (their SHA-256s) and the audit chain are exactly as they
 * were at the backup, the chain verifies, and a restore over a database that is not empty is refused.
 */
class BackupAndRestoreIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final Path PROJECT = Path.of(System.getProperty("project.root", ".."));
    private static final byte[] SCREENSHOT = "‰PNG screenshot bytes – Dŵr “tŷ” £5 🙂".getBytes(StandardCharsets.UTF_8);
    private static final Pattern EVIDENCE_FILE = Pattern.compile("officer/evidence-file\\?[^\"]*id=(\\d+)");

    @Test
    void aBackupTakenWhileTheProductRunsRestoresIntoAnEmptyDatabaseExactlyAsItWas() throws Exception {
        TestDatabase database = TestDatabase.fresh("backup");
        Path backups = Path.of(System.getProperty("server.home")).getParent().resolve("backups");
        StandaloneServer.deleteTree(backups);
        Files.createDirectories(backups);
        Path file = backups.resolve("safeguard.backup");

        try (StandaloneServer server = new StandaloneServer("backup", 400, database.serverProperties())) {
            server.start();
            URI uri = server.uri();
            String organisationId = ConfirmedWritesSurviveAKillIT.metropolitanPolice(uri);
            ApiClient officer = ApiClient.asPerson(uri, "chscb.officer", PASSWORD);
            List<String> references = new ArrayList<>();
            for (String subject : List.of("Siân Ŵyn", "Gwŷr “Jones”", "Ali – £5 🙂")) {
                ApiClient.Answer raised = officer.post("cases", "{\"subjectName\":" + ApiClient.quoted(subject)
                        + ",\"organisationId\":" + organisationId + ",\"source\":\"PUBLIC_COMPLAINT\",\"summary\":"
                        + ApiClient.quoted("Postiad – “" + subject + "” \u200F") + "}");
                assertThat(raised.status()).as(raised.body()).isEqualTo(201);
                references.add(raised.json().getString("reference"));
            }
            String ref = references.get(0);
            assertThat(officer.post("cases/" + ref + "/triage", "{\"decision\":\"INVESTIGATE\",\"note\":\"Ymchwilio.\"}")
                    .status()).isEqualTo(204);
            Browser senior = new Browser(uri);
            senior.signIn("chscb.senior", PASSWORD);
            Browser.Page authorised = senior.submit(senior.open("officer/case.xhtml?ref=" + ref), "authorisation",
                    Map.of("justification", "Cyfiawn – “angenrheidiol”."), "authorise");
            assertThat(authorised.body()).contains("Investigation authorised.");
            Browser page = new Browser(uri);
            page.signIn("chscb.officer", PASSWORD);
            Browser.Page captured = page.submitMultipart(page.open("officer/case.xhtml?ref=" + ref), "evidence", Map.of(
                            "url", "https://www.facebook.com/posts/backup", "platform", "FACEBOOK", "capturedText", "",
                            "capturedAt", "", "captureMethod", "PUBLIC_PAGE_VIEWED", "captureForm", "SCREENSHOT",
                            "openMethodDeclared", "true"),
                    Map.of("file", new Browser.Upload("llun.png", "image/png", CaseFixtures.PNG)), "capture");
            assertThat(captured.body()).contains("Evidence saved.");
            assertThat(officer.post("cases/" + ref + "/evidence", "{\"platform\":\"INSTAGRAM\",\"capturedText\":"
                    + ApiClient.quoted(new String(SCREENSHOT, StandardCharsets.UTF_8)) + ",\"captureMethod\":"
                    + "\"PUBLIC_PAGE_VIEWED\",\"captureForm\":\"TEXT_COPIED\",\"openMethodDeclared\":true,\"capturedAt\":\"2026-11-01T10:15:00Z\"}").status())
                    .isEqualTo(201);

            Map<String, List<String>> atTheBackup = snapshot(database);
            assertThat(atTheBackup.get("evidence files")).hasSize(1);
            Command backup = run("backup.sh", database, file.toString());
            assertThat(backup.exitCode()).as(backup.output()).isZero();
            assertThat(backup.output()).contains("Backed up").contains("SHA-256: ");
            assertThat(run("backup.sh", database, file.toString()).output()).as("an existing file is never overwritten")
                    .contains("There is already a file");

            assertThat(officer.post("cases", "{\"subjectName\":\"After the backup\",\"organisationId\":" + organisationId
                    + ",\"source\":\"MANUAL\",\"summary\":\"Not in the backup.\"}").status()).isEqualTo(201);
            Command notEmpty = run("restore.sh", database, file.toString());
            assertThat(notEmpty.exitCode()).isEqualTo(1);
            assertThat(notEmpty.output()).containsAnyOf("There is already a database", "is not empty");

            server.stop();
            database = TestDatabase.fresh("backup");
            Command restore = run("restore.sh", database, file.toString());
            assertThat(restore.exitCode()).as(restore.output()).isZero();
            assertThat(restore.output()).contains("Restored");

            assertThat(snapshot(database)).as("everything as it was at the backup, nothing after it")
                    .isEqualTo(atTheBackup);

            server.restart();
            assertThat(ApiClient.asPerson(uri, "chscb.admin", PASSWORD).post("board/audit-chain", "").body())
                    .contains("\"intact\":true");
            assertThat(officer.get("cases?size=100").json().getInt("total")).isEqualTo(3);
            assertThat(officer.get("cases/" + references.get(2)).json().getString("subjectName")).isEqualTo("Ali – £5 🙂");
            page = new Browser(uri);
            page.signIn("chscb.officer", PASSWORD);
            Matcher link = EVIDENCE_FILE.matcher(page.open("officer/case.xhtml?ref=" + ref).body().replace("&amp;", "&"));
            assertThat(link.find()).isTrue();
            HttpResponse<byte[]> download = page.download(link.group());
            assertThat(download.body()).isEqualTo(CaseFixtures.PNG);
        }
    }

    /** Everything the backup must keep, read from the database itself. */
    private static Map<String, List<String>> snapshot(TestDatabase database) throws SQLException {
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            snapshot.put("cases", rows(statement, "select tenant_id, reference, subject_name, summary, status"
                    + " from safeguarding_case order by tenant_id, reference"));
            snapshot.put("evidence", rows(statement, "select case_id, platform, captured_text, content_sha256"
                    + " from evidence order by id"));
            List<String> files = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select content_sha256, content from evidence_file order by id")) {
                while (rows.next()) {
                    String recomputed = sha256(rows.getBytes(2));
                    assertThat(recomputed).as("the stored bytes hash to the recorded SHA-256").isEqualTo(rows.getString(1));
                    files.add(recomputed);
                }
            }
            snapshot.put("evidence files", files);
            snapshot.put("audit chain", rows(statement, "select tenant_id, sequence_no, entry_hash from timeline_entry"
                    + " order by tenant_id, sequence_no"));
            snapshot.put("engine", rows(statement, "select business_key_, act_id_ from act_ru_execution"
                    + " where business_key_ is not null order by business_key_"));
            snapshot.put("people", rows(statement, "select username, display_name from person order by username"));
        }
        return snapshot;
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c > 1 ? " | " : "").append(result.getString(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Command(int exitCode, String output) {
    }

    private static Command run(String script, TestDatabase database, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", PROJECT.resolve(script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true);
        builder.environment().remove("SAFEGUARD_DB_URL");
        builder.environment().putAll(database.commandEnvironment());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Command(process.exitValue(), output);
    }
}

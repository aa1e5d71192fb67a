package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The disaster and the point-in-time restore, on a PostgreSQL of the test's own (initdb in a temporary folder, WAL
 * archived by pgBackRest into an encrypted repository, as docs/operations.md sets the real one up): a base backup
 * ({@code ./backup.sh --full}), concerns raised on three boards, a moment, more concerns, then PostgreSQL and the
 * product killed ({@code kill -9}). {@code ./restore.sh --to} the moment brings back every concern raised before it
 * and none after; the audit chains verify; the next reference on every board comes after every reference given out
 * before the disaster, and the boards that lost some say which on their timeline. Runs in the PostgreSQL run of the
 * suite (it needs Debian's PostgreSQL 15 and pgbackrest, which CI installs).
 */
class PointInTimeRestoreIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final Path PROJECT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final Pattern NUMBER = Pattern.compile("-(\\d{4})-(\\d{4,})$");
    private static final List<String> BOARDS = List.of("chscb", "cwmtaf", "lscb", "nscb");

    @Test
    void aRestoreToAMomentBetweenTwoWritesKeepsTheFirstLosesTheSecondAndNeverGivesAReferenceAgain() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresql(), "runs in the PostgreSQL run of the suite");
        Assumptions.assumeTrue(Files.isExecutable(BIN.resolve("initdb")), "needs Debian's PostgreSQL 15");
        Assumptions.assumeTrue(new ProcessBuilder("sh", "-c", "command -v pgbackrest").start().waitFor() == 0,
                "needs pgbackrest (apt-get install pgbackrest)");
        Path folder = Files.createTempDirectory("safeguard-pitr");
        try (OwnPostgres postgres = new OwnPostgres(folder)) {
            postgres.create();
            Command setup = postgres.script("backup.sh", "--setup");
            assertThat(setup.exitCode()).as(setup.output()).isZero();

            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("safeguard.db.url", postgres.url());
            properties.put("safeguard.db.user", "safeguard");
            properties.put("safeguard.db.password", "safeguard");
            properties.put("safeguard.references.ledger", folder.resolve("issued-references").toString());
            try (StandaloneServer server = new StandaloneServer("pitr", 660, properties)) {
                server.start();
                URI uri = server.uri();
                Command base = postgres.script("backup.sh", "--full");
                assertThat(base.exitCode()).as(base.output()).isZero();

                // Before the moment: two concerns on three boards; after it: two more on two of them.
                Map<String, List<String>> before = raise(uri, postgres, List.of("chscb", "cwmtaf", "nscb"), "Cyn");
                // The moment stands 1.2 s clear of the writes on either side, by the database's own clock.
                awaitClockPast(postgres, postgres.query("select clock_timestamp()::text").get(0));
                String moment = postgres.query("select to_char(clock_timestamp() at time zone 'UTC',"
                        + " 'YYYY-MM-DD HH24:MI:SS.US') || '+00'").get(0);
                awaitClockPast(postgres, moment);
                Map<String, List<String>> after = raise(uri, postgres, List.of("chscb", "cwmtaf"), "Ar ôl");

                postgres.crash();
                // The database gone: within a minute the node's own figure reads 0, no board's figure is served stale,
                // and readiness says why in words (SafeguardDatabaseUnreachable fires on the figure: alerts-test.yml).
                long crashed = System.nanoTime();
                String[] shown = {""};
                Waiting.waitingFor("safeguard_database_up 0 within a minute").pollInterval(Duration.ofMillis(500))
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> DATABASE_DOWN.matcher(shown[0] = figures(server)).find());
                String figures = shown[0];
                assertThat(figures).as("safeguard_database_up 0 within a minute").containsPattern(DATABASE_DOWN);
                // Each board's figure read from the database is NaN (or not there yet, before the node's first
                // reading): never a number. The node's own counters (_total) are not read from the database.
                assertThat(figures).as("no board's figure served stale").doesNotContainPattern(
                        "(?m)^safeguard_(?![a-z_]*_total\\{)[a-z_]+\\{[^}]*board=\"[^\"]+\"[^}]*} (?!NaN$)");
                assertThat(server.readiness()).contains("\"ready\":false").contains("cannot reach the database");
                System.out.printf("Database down: seen by the node's figure in %.1f s%n",
                        (System.nanoTime() - crashed) / 1e9);
                server.kill();

                long restoreStarted = System.nanoTime();
                Command restore = postgres.script("restore.sh", "--to", moment);
                assertThat(restore.exitCode()).as(restore.output()).isZero();
                long restored = System.nanoTime();
                postgres.start();
                postgres.awaitOpen(Duration.ofMinutes(2));
                long opened = System.nanoTime();
                server.restart();
                long ready = System.nanoTime();

                List<String> all = postgres.query("select reference from safeguarding_case order by reference");
                assertThat(all).as("every concern raised before the moment, none after")
                        .containsExactlyInAnyOrderElementsOf(before.values().stream().flatMap(List::stream).toList());
                for (String board : BOARDS) {
                    assertThat(ApiClient.asPerson(uri, board + ".admin", PASSWORD).post("board/audit-chain", "").body())
                            .as("the audit chain of " + board).contains("\"intact\":true");
                }

                for (String board : BOARDS) {
                    String next = raiseOne(uri, postgres, board, "Wedi’r adfer");
                    int highestGiven = java.util.stream.Stream.concat(
                                    before.getOrDefault(board, List.of()).stream(), after.getOrDefault(board, List.of()).stream())
                            .mapToInt(PointInTimeRestoreIT::number).max().orElse(0);
                    assertThat(number(next)).as(board + "'s next reference, " + next + ", comes after every one it gave")
                            .isEqualTo(highestGiven + 1);
                    List<String> lost = postgres.query("select detail from timeline_entry where tenant_id = '" + board
                            + "' and action = 'References lost with a restore'");
                    if (after.containsKey(board)) {
                        String first = after.get(board).get(0);
                        String last = after.get(board).get(after.get(board).size() - 1);
                        assertThat(lost).as(board + "'s timeline").containsExactly("References " + first + "–" + last
                                + " were issued before the restore; their cases are lost with it. The next case is "
                                + prefix(first) + String.format("%04d", number(last) + 1) + ".");
                    } else {
                        assertThat(lost).as(board + " lost nothing").isEmpty();
                    }
                }
                assertThat(ApiClient.asPerson(uri, "chscb.admin", PASSWORD).post("board/audit-chain", "").body())
                        .as("the chain with the restore's entry").contains("\"intact\":true");

                Command verify = postgres.script("backup.sh", "--verify");
                assertThat(verify.exitCode()).as(verify.output()).isZero();
                String drill = String.format("Restore drill: restore.sh %.1f s, PostgreSQL replay to open %.1f s,"
                                + " product ready %.1f s; %.1f s from the command to a ready product",
                        (restored - restoreStarted) / 1e9, (opened - restored) / 1e9, (ready - opened) / 1e9,
                        (ready - restoreStarted) / 1e9);
                System.out.println(drill);
                Files.writeString(Path.of(System.getProperty("server.home")).getParent().resolve("restore-drill.txt"),
                        drill + "\n");
            }
        }
        // Kept when the test fails, for its logs (postgres.log, log/ of pgBackRest).
        StandaloneServer.deleteTree(folder);
    }

    private static final Pattern DATABASE_DOWN = Pattern.compile("(?m)^safeguard_database_up(\\{[^}]*})? 0\\.0$");

    /** The node's figures, as its Prometheus reads them on the management interface. */
    private static String figures(StandaloneServer server) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + (9990 + server.offset()) + "/prometheus"))
                        .timeout(Duration.ofSeconds(5)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Map<String, List<String>> raise(URI uri, OwnPostgres postgres, List<String> boards, String word)
            throws Exception {
        Map<String, List<String>> raised = new TreeMap<>();
        for (String board : boards) {
            for (int i = 1; i <= 2; i++) {
                raised.computeIfAbsent(board, b -> new ArrayList<>()).add(raiseOne(uri, postgres, board, word + " " + i));
            }
        }
        return raised;
    }

    private static String raiseOne(URI uri, OwnPostgres postgres, String board, String word) throws Exception {
        String organisation = postgres.query("select min(id) from parent_organisation where tenant_id = '" + board + "'")
                .get(0);
        ApiClient.Answer made = ApiClient.asPerson(uri, board + ".officer", PASSWORD).post("cases",
                "{\"subjectName\":" + ApiClient.quoted("Siân “" + word + "” Ŵyn") + ",\"organisationId\":" + organisation
                        + ",\"source\":\"COLLEAGUE_REPORT\",\"summary\":" + ApiClient.quoted("Postiad – " + word) + "}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().getString("reference");
    }

    private static int number(String reference) {
        Matcher parts = NUMBER.matcher(reference);
        assertThat(parts.find()).as(reference).isTrue();
        return Integer.parseInt(parts.group(2));
    }

    private static String prefix(String reference) {
        Matcher parts = NUMBER.matcher(reference);
        assertThat(parts.find()).as(reference).isTrue();
        return reference.substring(0, parts.start(2));
    }

    record Command(int exitCode, String output) {
    }

    /** Waits until the database's clock is 1.2 s past {@code since} (a timestamp it gave). */
    private static void awaitClockPast(OwnPostgres postgres, String since) {
        Waiting.waitingFor("the database's clock 1.2 s past " + since).atMost(Duration.ofSeconds(10)).until(() -> "t"
                .equals(postgres.query("select (clock_timestamp() > '" + since + "'::timestamptz"
                        + " + interval '1200 milliseconds')::text").get(0).substring(0, 1)));
    }

    /**
     * A PostgreSQL 15 cluster in a folder of its own, on a free port of the loopback, its WAL archived by pgBackRest into
     * an encrypted repository beside it; run as the postgres user when the test runs as root (PostgreSQL refuses root).
     */
    static final class OwnPostgres implements AutoCloseable {
        private final Path folder;
        private final Path data;
        private final Path config;
        private final int port;
        private final boolean root = "root".equals(System.getProperty("user.name"));

        OwnPostgres(Path folder) throws IOException {
            this.folder = folder;
            this.data = folder.resolve("data");
            this.config = folder.resolve("pgbackrest.conf");
            try (ServerSocket free = new ServerSocket(0)) {
                this.port = free.getLocalPort();
            }
        }

        String url() {
            return "jdbc:postgresql://127.0.0.1:" + port + "/safeguard";
        }

        void create() throws Exception {
            for (String dir : List.of("repository", "log", "lock")) {
                Files.createDirectories(folder.resolve(dir));
            }
            // The product's example configuration, pointed at this folder.
            String example = Files.readString(PROJECT.resolve("ops/pgbackrest/pgbackrest.conf"));
            // Every line replaced below must be there, or the test would archive to the example's own paths.
            assertThat(example).contains("repo1-path=/var/lib/pgbackrest", "log-path=/var/log/pgbackrest",
                    "lock-path=/tmp/pgbackrest", "pg1-path=/var/lib/postgresql/15/safeguard", "pg1-port=5433",
                    "pg1-socket-path=/var/run/postgresql", "repo1-cipher-pass=CHANGE-ME-a-long-random-passphrase");
            Files.writeString(config, example
                    .replace("/var/lib/pgbackrest", folder.resolve("repository").toString())
                    .replace("/var/log/pgbackrest", folder.resolve("log").toString())
                    .replace("/tmp/pgbackrest", folder.resolve("lock").toString())
                    .replace("/var/lib/postgresql/15/safeguard", data.toString())
                    .replace("pg1-port=5433", "pg1-port=" + port)
                    .replace("pg1-socket-path=/var/run/postgresql", "pg1-socket-path=" + folder)
                    .replace("CHANGE-ME-a-long-random-passphrase", "Cyfrinair-prawf-hir-iawn-2026"));
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", folder.toString()));
            }
            Files.setPosixFilePermissions(config, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            ok(asPostgres(BIN.resolve("initdb").toString(), "--pgdata=" + data, "--username=postgres", "--auth=trust",
                    "--encoding=UTF8", "--locale=C.UTF-8"));
            Files.writeString(data.resolve("postgresql.conf"), String.join("\n",
                    "listen_addresses = '127.0.0.1'", "port = " + port, "unix_socket_directories = '" + folder + "'",
                    "shared_buffers = 64MB", "max_connections = 60", "wal_level = replica", "archive_mode = on",
                    "archive_timeout = 60",
                    "archive_command = 'pgbackrest --config=" + config + " --stanza=safeguard archive-push %p'", ""),
                    java.nio.file.StandardOpenOption.APPEND);
            start();
            awaitOpen(Duration.ofSeconds(60));
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "postgres", ""); Statement statement = admin.createStatement()) {
                statement.execute("create role safeguard login password 'safeguard'");
                statement.execute("create database safeguard owner safeguard");
            }
        }

        void start() throws Exception {
            ok(asPostgres(BIN.resolve("pg_ctl").toString(), "--pgdata=" + data, "--log=" + folder.resolve("postgres.log"),
                    "--wait", "--timeout=120", "start"));
        }

        /** Open for writing: the restore's replay done and the new timeline begun. */
        void awaitOpen(Duration limit) {
            Waiting.waitingFor("PostgreSQL open (see " + folder.resolve("postgres.log") + ")").atMost(limit)
                    .until(() -> {
                        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port
                                + "/postgres", "postgres", ""); Statement statement = admin.createStatement();
                                ResultSet row = statement.executeQuery("select pg_is_in_recovery()")) {
                            return row.next() && !row.getBoolean(1);
                        } catch (SQLException notYet) {
                            return false;
                        }
                    });
        }

        /** The machine's crash, as far as PostgreSQL can tell: every one of its processes killed at once. */
        void crash() throws IOException {
            long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
            all.add(0, postmaster);
            all.forEach(ProcessHandle::destroyForcibly);
            all.forEach(process -> process.onExit().join());
        }

        List<String> query(String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url(),
                    "safeguard", "safeguard"); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql)) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }

        /** backup.sh or restore.sh of the project, as the owner of the database cluster, on this cluster's repository. */
        Command script(String script, String... arguments) throws Exception {
            List<String> command = new ArrayList<>(List.of("env", "SAFEGUARD_PGBACKREST_CONFIG=" + config, "bash",
                    PROJECT.resolve(script).toString()));
            command.addAll(List.of(arguments));
            return run(asPostgres(command.toArray(String[]::new)));
        }

        private List<String> asPostgres(String... command) {
            List<String> full = new ArrayList<>();
            if (root) {
                full.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            full.addAll(List.of(command));
            return full;
        }

        private Command run(List<String> command) throws Exception {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
            return new Command(process.exitValue(), output);
        }

        private void ok(List<String> command) throws Exception {
            Command done = run(command);
            assertThat(done.exitCode()).as(String.join(" ", command) + "\n" + done.output()).isZero();
        }

        @Override
        public void close() {
            try {
                if (Files.exists(data.resolve("postmaster.pid"))) {
                    run(asPostgres(BIN.resolve("pg_ctl").toString(), "--pgdata=" + data, "--mode=immediate", "stop"));
                }
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop the test's PostgreSQL", e);
            }
        }
    }
}

package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.base;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.people.Accounts;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.infrastructure.metrics.ProductMeters;

/**
 * The product's figures as the hosting operator's Prometheus reads them from the management interface: per board,
 * open cases by step, overdue deadlines by kind, incidents, the outbox, the audit chain's check, sign-in failures and
 * lockouts, and request times per page family; board ids and counts only, never a name or an address. A board of
 * the test's own, so every count is exact.
 */
@ExtendWith(ArquillianExtension.class)
class ProductFiguresIT {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String RECIPIENT = "gwenllian.pryce@example.org";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(ProductFiguresIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private ProductMeters meters;

    @Inject
    private uk.safeguardcases.application.health.HealthService health;

    @Inject
    private ProcessEngine engine;

    @Test
    void theOperatorReadsEachBoardsFiguresByItsIdWithoutANameOrAnAddress() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        String b = board.id();
        CaseFixtures.raise(b, "Siân ap Dafydd", "Sylw – “cyhoeddus” am y bwrdd");
        String lado = CaseFixtures.a(b).about("Rhodri Llwyd").at(CaseStatus.AWAITING_LADO_REFERRAL).reference();
        String adult = CaseFixtures.a(b).about("Eirlys Prosser").at(CaseStatus.AWAITING_ADULT_SAFEGUARDING_REPORT)
                .reference();
        String removal = CaseFixtures.a(b).about("Dafydd Hughes").at(CaseStatus.AWAITING_REMOVAL).reference();
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        update("update safeguarding_case set lado_due = ? where reference = ?", yesterday, lado);
        update("update safeguarding_case set adult_report_due = ? where reference = ?", yesterday, adult);
        update("update member_request set deadline = ? where case_id = (select id from safeguarding_case"
                + " where reference = ?)", yesterday, removal);
        // An e-mail queued ten minutes ago and not yet sent (its next attempt far off, so no test's mail server gets it).
        long message = queueUnsentMessage(b, Instant.now().minus(Duration.ofMinutes(10)));
        // It failed once and is being tried again by itself.
        update("update outbox_message set last_error = ? where id = ?", "MailConnectException: Couldn't connect", message);
        // And one given up on: it leaves the backlog, so only its own figure says it waits on Stuck work.
        long givenUp = queueUnsentMessage(b, Instant.now().minus(Duration.ofMinutes(5)));
        update("update outbox_message set undeliverable_at = ? where id = ?", Instant.now(), givenUp);
        Incident incident = engine.getRuntimeService().createIncident("productFiguresIT", engine.getTaskService()
                .createTaskQuery().processInstanceId(processInstanceOf(lado)).singleResult().getExecutionId(),
                "a job out of retries");
        runTheNightlyChainCheckOf(b);
        // Then an administrator's check found the chain broken (as written by the check when it finds a change).
        update("insert into audit_chain_check (tenant_id, checked_at, checked_by, intact, entries_checked,"
                + " first_broken_sequence, problem, from_sequence) values (?, ?, ?, false, 3, 2, 'content changed', 1)",
                b, Instant.now(), board.admin());
        Map<String, Double> before = new LinkedHashMap<>();
        for (Sample s : scrape()) {
            if (s.name().equals("safeguard_sign_in_failures_total") && "unknown".equals(s.labels().get("board"))) {
                before.put("unknown", s.value());
            }
        }
        Accounts accounts = bean(Accounts.class);
        String address = "198.51.100." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID();
        assertThat(accounts.checkPassword(board.officer(), "not the password".toCharArray(), address).ok()).isFalse();
        assertThat(accounts.checkPassword("Siân Nobody <sian@example.org>", "guess".toCharArray(), address).ok())
                .isFalse();
        for (int i = 0; i < 10; i++) {
            accounts.checkPassword(board.person("hr"), "wrong".toCharArray(), address);
        }
        // A page of the officer's workspace, after signing in (a page asked for before is sent to sign in untimed).
        assertThat(CaseFixtures.signedIn(board.officer()).open("officer/case.xhtml?ref=" + lado).status())
                .isEqualTo(200);

        String failingSql = "select count(*) from outbox_message where tenant_id = ? and sent_at is null"
                + " and undeliverable_at is null and last_error is not null";
        try {
            long failingBefore = count(failingSql, b);
            meters.refresh();
            List<Sample> samples = scrape();
            long failingAfter = count(failingSql, b);

            assertThat(value(samples, "safeguard_cases_open", b, "step", "triage")).isEqualTo(1);
            assertThat(value(samples, "safeguard_cases_open", b, "step", "lado-referral")).isEqualTo(1);
            assertThat(value(samples, "safeguard_cases_open", b, "step", "adult-safeguarding-report")).isEqualTo(1);
            assertThat(value(samples, "safeguard_cases_open", b, "step", "await-removal-response")).isEqualTo(1);
            assertThat(value(samples, "safeguard_deadlines_overdue", b, "kind", "lado")).isEqualTo(1);
            assertThat(value(samples, "safeguard_deadlines_overdue", b, "kind", "adults_at_risk")).isEqualTo(1);
            assertThat(value(samples, "safeguard_deadlines_overdue", b, "kind", "removal")).isEqualTo(1);
            assertThat(value(samples, "safeguard_deadlines_overdue", b, "kind", "subject_access")).isZero();
            assertThat(value(samples, "safeguard_deadlines_overdue", b, "kind", "declaration")).isZero();
            assertThat(value(samples, "safeguard_incidents", b, null, null)).isEqualTo(1);
            // With the e-mails the walks queued to the board's people (no mail server takes them here).
            assertThat(value(samples, "safeguard_outbox_backlog", b, null, null)).isGreaterThanOrEqualTo(1);
            assertThat(value(samples, "safeguard_outbox_oldest_age_seconds", b, null, null)).isBetween(600.0, 900.0);
            assertThat(value(samples, "safeguard_chain_check_age_seconds", b, null, null)).isBetween(0.0, 300.0);
            assertThat(value(samples, "safeguard_chain_check_broken", b, null, null)).isEqualTo(1);
            assertThat(value(samples, "safeguard_sign_in_failures_total", b, null, null)).isEqualTo(11);
            assertThat(value(samples, "safeguard_sign_in_failures_total", "unknown", null, null))
                    .isEqualTo(before.getOrDefault("unknown", 0.0) + 1);
            assertThat(value(samples, "safeguard_lockouts_total", b, null, null)).isEqualTo(1);
            assertThat(samples).anyMatch(s -> s.name().equals("safeguard_request_seconds_count")
                    && "officer".equals(s.labels().get("family")) && s.value() >= 1);
            assertThat(samples).anyMatch(s -> s.name().equals("safeguard_request_seconds_count")
                    && "sign_in".equals(s.labels().get("family")) && s.value() >= 1);
            assertThat(samples).anyMatch(s -> s.name().equals("safeguard_request_seconds_sum")
                    && "officer".equals(s.labels().get("family")) && s.value() > 0);
            assertThat(samples).anyMatch(s -> s.name().equals("safeguard_request_seconds_max")
                    && "officer".equals(s.labels().get("family")));
            // The node reaches the database; a job of no board is not stuck; an e-mail given up on is counted.
            assertThat(value(samples, "safeguard_database_up", null, null, null)).isEqualTo(1);
            assertThat(value(samples, "safeguard_incidents_no_board", null, null, null)).isZero();
            assertThat(value(samples, "safeguard_outbox_given_up", b, null, null)).isEqualTo(1);
            // With the board's other e-mails, which meet no mail server here either: as many as the outbox holds.
            assertThat(value(samples, "safeguard_outbox_failing", b, null, null)).isGreaterThanOrEqualTo(1)
                    .isBetween((double) failingBefore, (double) failingAfter);
            // Readiness says the same of the mail, from the same reading: board ids and counts only.
            Map<String, Object> mail = health.readiness().mail();
            @SuppressWarnings("unchecked")
            Map<String, Long> givenUpByBoard = (Map<String, Long>) mail.get("givenUpByBoard");
            @SuppressWarnings("unchecked")
            Map<String, Long> failingByBoard = (Map<String, Long>) mail.get("failingByBoard");
            assertThat(givenUpByBoard).containsEntry(b, 1L);
            assertThat(failingByBoard.get(b).doubleValue())
                    .isEqualTo(value(samples, "safeguard_outbox_failing", b, null, null));
            // The demo boards are there too, each with its own figures.
            assertThat(value(samples, "safeguard_incidents", "nscb", null, null)).isNotNull();

            // Labels: board ids, step ids, kinds and families; nothing typed by a person.
            List<Sample> ours = samples.stream().filter(s -> s.name().startsWith("safeguard_")).toList();
            assertThat(ours).allSatisfy(s -> s.labels().forEach((name, value) -> {
                if (!name.equals("WF_DEPLOYMENT") && !name.equals("le")) {
                    assertThat(value).as(s.toString()).matches("[a-z0-9_-]+");
                }
            }));
            String exposition = text(managementUri("/prometheus"));
            assertThat(exposition).doesNotContain("Siân", "Sian", "Rhodri", "Eirlys", "Dafydd", "@", lado, adult,
                    removal, board.officer(), board.person("hr"), board.admin(), "Nobody", RECIPIENT);
            // Served on the management interface only, not to the product's users.
            HttpResponse<String> publicPort = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    base().resolve("prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(publicPort.statusCode()).isEqualTo(404);
        } finally {
            engine.getRuntimeService().resolveIncident(incident.getId());
            update("delete from outbox_message where id = ?", message);
            update("delete from outbox_message where id = ?", givenUp);
        }
        meters.refresh();
        List<Sample> after = scrape();
        assertThat(value(after, "safeguard_incidents", b, null, null)).isZero();
        assertThat(value(after, "safeguard_outbox_given_up", b, null, null)).isZero();
        assertThat(value(after, "safeguard_outbox_oldest_age_seconds", b, null, null)).isLessThan(600);
    }

    /**
     * Debian's Prometheus scrapes the running server and answers a query with a board's series. Skipped where
     * Prometheus is not installed, unless {@code safeguard.browser.required} is true (CI installs it), where it fails.
     */
    @Test
    @RunAsClient
    void aRealPrometheusScrapesTheServerAndAnswersWithABoardsSeries() throws Exception {
        File prometheus = new File(System.getProperty("prometheus", "/usr/bin/prometheus"));
        if (Boolean.getBoolean("safeguard.browser.required")) {
            Assertions.assertTrue(prometheus.canExecute(), "Prometheus is required: apt-get install prometheus");
        }
        Assumptions.assumeTrue(prometheus.canExecute(), "Skipped: apt-get install prometheus to run it");
        Path dir = Files.createTempDirectory("prometheus-it");
        int port = freePort();
        int management = Integer.getInteger("it.management.port", 9990);
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, String.join("\n",
                "global:",
                "  scrape_interval: 1s",
                "  scrape_timeout: 1s",
                "scrape_configs:",
                "  - job_name: safeguard",
                "    metrics_path: /prometheus",
                "    static_configs:",
                "      - targets: ['127.0.0.1:" + management + "']",
                ""));
        Process process = new ProcessBuilder(prometheus.getPath(), "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        try {
            URI query = URI.create("http://127.0.0.1:" + port + "/api/v1/query?query="
                    + URLEncoder.encode("safeguard_incidents{board=\"chscb\"}", StandardCharsets.UTF_8));
            // The server takes its figures every 30 s; Prometheus scrapes every second.
            String[] answer = {""};
            Waiting.waitingFor("Prometheus to have scraped the board's figure (or to have stopped)")
                    .pollInterval(Duration.ofMillis(500)).atMost(Duration.ofSeconds(90)).until(() -> {
                        try {
                            answer[0] = text(query);
                        } catch (IOException notYetListening) {
                            answer[0] = notYetListening.toString();
                        }
                        return answer[0].contains("\"board\":\"chscb\"") || !process.isAlive();
                    });
            assertThat(answer[0]).as(Files.readString(dir.resolve("prometheus.log")))
                    .contains("\"status\":\"success\"").contains("\"__name__\":\"safeguard_incidents\"")
                    .contains("\"board\":\"chscb\"").contains("\"job\":\"safeguard\"");
        } finally {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            deleteAll(dir);
        }
    }

    record Sample(String name, Map<String, String> labels, double value) {
    }

    /** The management interface's Prometheus text, parsed. */
    private List<Sample> scrape() throws Exception {
        List<Sample> samples = new ArrayList<>();
        for (String line : text(managementUri("/prometheus")).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line.strip());
            assertThat(sample.matches()).as(line).isTrue();
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            String number = sample.group(3);
            samples.add(new Sample(sample.group(1), labels, number.equals("+Inf") ? Double.POSITIVE_INFINITY
                    : number.equals("-Inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(number)));
        }
        return samples;
    }

    /** The board's sample of {@code name} (with {@code label} = {@code value} when given), or null when there is none. */
    private static Double value(List<Sample> samples, String name, String board, String label, String value) {
        List<Sample> found = samples.stream().filter(s -> s.name().equals(name)
                && (board == null ? !s.labels().containsKey("board") : board.equals(s.labels().get("board")))
                && (label == null || value.equals(s.labels().get(label))))
                .toList();
        assertThat(found).as(name + " " + board + " " + label + "=" + value).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0).value();
    }

    private static URI managementUri(String path) {
        return URI.create("http://127.0.0.1:" + (9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + path);
    }

    private static String text(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private void runTheNightlyChainCheckOf(String board) {
        Job timer = engine.getManagementService().createJobQuery().timers().processDefinitionKey("audit-chain-check")
                .tenantIdIn(board).singleResult();
        engine.getManagementService().executeJob(timer.getId());
    }

    private String processInstanceOf(String reference) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select process_instance_id from safeguarding_case where reference = ?")) {
            select.setString(1, reference);
            try (var row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return Optional.ofNullable(row.getString(1)).orElseThrow();
            }
        }
    }

    private long queueUnsentMessage(String board, Instant createdAt) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into outbox_message (tenant_id, kind, recipient, subject, body, created_at, attempts,"
                        + " next_attempt_at) values (?, 'REMOVAL_REMINDER', ?, 'Nodyn atgoffa', 'Annwyl Gwenllian', ?,"
                        + " 3, ?)", new String[] {"id"})) {
            insert.setString(1, board);
            insert.setString(2, RECIPIENT);
            insert.setObject(3, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
            insert.setObject(4, OffsetDateTime.ofInstant(Instant.now().plus(Duration.ofDays(30)), ZoneOffset.UTC));
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                assertThat(keys.next()).isTrue();
                return keys.getLong(1);
            }
        }
    }

    private long count(String sql, String board) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, board);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i] instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC)
                        : parameters[i];
                update.setObject(i + 1, parameter);
            }
            assertThat(update.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

package uk.safeguardcases.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.hosting.HostOperators;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Totp;
import uk.safeguardcases.it.SharedDeployment;

/**
 * A board joining the national deployment (issue 62), not a test: {@code benchmarks/national.sh new-board}, on the
 * data set {@code benchmarks/national.sh generate} made, kept ({@code -Dit.db.keep=true}). <b>It adds its boards to
 * the data set</b> (each run its own codes), which the other national benchmarks, measuring City &amp; Hackney, do
 * not mind.
 *
 * <p>A hosting operator signs in as HostingIT's does: the first one made through {@code /hosting/first-operator} (as
 * {@code ops/operator.sh first} makes them) when the database has none, otherwise one more added as an operator adds
 * one; enrolled on the enrolment page (password and authenticator code), signed in with both. The operator then
 * creates {@code bench.newBoards} (3) boards one after another on {@code operator/new-board.xhtml}; each creation's
 * time is the form's post to the invitation page it leads to (organisations, audit chain, every process deployed to
 * the engine for the new tenant), with the machine's load beside it.
 *
 * <p>Every board that was there before is then compared with what it was before the first creation: its board row,
 * its audit chain's head, its cases, timeline entries, people and organisations counted, and in the engine its
 * deployments, process definitions (with their suspension) and timer start jobs. Before each snapshot the engine's
 * job executor is let finish what is due, so only the creations lie between them; the data set's policy-version
 * asking jobs (due at a fresh start, 200 members a job for all 160 boards) are put off two days first, as
 * benchmarks/README.md says for a day's load. Any difference fails the run.
 */
@ExtendWith(ArquillianExtension.class)
@SharedDeployment.OwnDeployment // measured on a deployment of its own, as the other national figures were
class NationalNewBoardBenchmark {

    private static final int NEW_BOARDS = Integer.getInteger("bench.newBoards", 3);
    private static final Duration QUIET_WITHIN = Duration.ofMinutes(Integer.getInteger("bench.quietMinutes", 5));
    private static final String PASSWORD = "Gweithredwr–meincnod “2026” ŵ";
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\"[^>]*>([A-Z2-7 ]+)</code>");
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    /** What a board is, as far as another board's creation could reach it; each a query by board. */
    private static final Map<String, String> ASPECTS = aspects();

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("ear.file")));
        ear.getAsType(WebArchive.class, "safeguard-web.war").addClasses(NationalNewBoardBenchmark.class,
                BenchHttp.class);
        return ear;
    }

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private HostOperators operators;

    @Test
    void aBoardJoinsANationalDeployment() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            long boards = single(connection, "select count(*) from board");
            if (boards < 160) {
                throw new IllegalStateException("No national data set here (" + boards + " boards):"
                        + " run benchmarks/national.sh generate first");
            }
            System.out.printf("BENCHMARK national new board | data set | %,d boards, %,d cases, %,d timeline entries,"
                    + " %,d people; the engine: %,d deployments, %,d process definitions; %d cores |%n", boards,
                    single(connection, "select count(*) from safeguarding_case"),
                    single(connection, "select count(*) from timeline_entry"),
                    single(connection, "select count(*) from person"),
                    single(connection, "select count(*) from act_re_deployment"),
                    single(connection, "select count(*) from act_re_procdef"),
                    Runtime.getRuntime().availableProcessors());
            try (Statement statement = connection.createStatement()) {
                int putOff = statement.executeUpdate("update act_ru_job set duedate_ = now() + interval '2 days'"
                        + " where process_def_key_ = 'policy-version' and handler_type_ = 'async-continuation'"
                        + " and lock_owner_ is null");
                System.out.printf("BENCHMARK national new board | policy-version asking jobs put off two days"
                        + " | %,d |%n", putOff);
            }
        }
        BenchHttp operator = signedInOperator();

        waitForTheEngineToGoQuiet("before");
        long t0 = System.nanoTime();
        Map<String, Map<String, String>> before = snapshot();
        System.out.printf("BENCHMARK national new board | every board taken before (%d aspects) | %,d boards in"
                + " %.1f s |%n", ASPECTS.size(), before.size(), (System.nanoTime() - t0) / 1e9);

        String stamp = Long.toString(Instant.now().getEpochSecond(), 36).toUpperCase(Locale.ROOT);
        List<String> created = new ArrayList<>();
        long processes = processKeys("chscb");
        for (int i = 0; i < NEW_BOARDS; i++) {
            NewBoardForm board = NewBoardForm.of(i, stamp);
            BenchHttp.Page form = operator.open("operator/new-board.xhtml");
            String load = loadAverage();
            long start = System.nanoTime();
            BenchHttp.Page next = operator.submit(form, "board", board.fields(), "create");
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!next.uri().contains("operator/invite.xhtml?board=" + board.code())) {
                throw new AssertionError("The board " + board.code() + " was not created: " + next.uri() + "\n"
                        + next.body());
            }
            created.add(board.code());
            long deployed = processKeys(board.code());
            System.out.printf("BENCHMARK national new board | creation %d of %d (%s, %s) | %,d ms | %d processes"
                    + " deployed for it (chscb has %d); load %s before, %s after |%n", i + 1, NEW_BOARDS,
                    board.code(), board.welsh() ? "English and Welsh" : "English", millis, deployed, processes, load,
                    loadAverage());
            if (deployed == 0) {
                throw new AssertionError(board.code() + " has no process in the engine");
            }
        }

        waitForTheEngineToGoQuiet("after");
        t0 = System.nanoTime();
        Map<String, Map<String, String>> after = snapshot();
        List<String> changed = new ArrayList<>();
        before.forEach((board, aspects) -> aspects.forEach((aspect, value) -> {
            String now = after.getOrDefault(board, Map.of()).get(aspect);
            if (!value.equals(now)) {
                changed.add(board + " " + aspect + ": " + value + " → " + now);
            }
        }));
        System.out.printf("BENCHMARK national new board | every other board afterwards (%s) | %s in %.1f s |%n",
                String.join(", ", ASPECTS.keySet()), changed.isEmpty() ? String.format("%,d of %,d unchanged",
                        before.size(), before.size()) : changed.size() + " differences",
                (System.nanoTime() - t0) / 1e9);
        if (!changed.isEmpty()) {
            throw new AssertionError("Other boards changed while " + created + " were created:\n"
                    + String.join("\n", changed));
        }
        if (!after.keySet().containsAll(created)) {
            throw new AssertionError("Not every new board is there: " + created + " in " + after.keySet());
        }
        // The same queries see each new board: its chain started, its organisations, its own deployment.
        for (String board : created) {
            Map<String, String> aspects = after.get(board);
            System.out.printf("BENCHMARK national new board | %s as the same check sees it | chain head %s,"
                    + " %s organisations, %s timeline entries, deployments %s |%n", board,
                    aspects.get("chain head").split(" ")[0], aspects.get("organisations"),
                    aspects.get("timeline entries"), aspects.get("deployments").split(" ")[0]);
        }
    }

    /**
     * An operator signed in with password and authenticator code: the install's first (as {@code ops/operator.sh
     * first} makes them, from this machine) when there is none yet, otherwise one more, added as an operator adds
     * one; either enrolled through their link's page.
     */
    private BenchHttp signedInOperator() throws Exception {
        String username = "bench" + Long.toString(System.currentTimeMillis(), 36);
        BenchHttp browser = BenchHttp.anonymous();
        String token;
        HttpResponse<String> first = browser.post("hosting/first-operator", Map.of("username", username,
                "name", "Ceri Meincnod", "email", username + "@host.example"));
        if (first.statusCode() == 201) {
            Matcher link = TOKEN.matcher(first.body());
            if (!link.find()) {
                throw new IllegalStateException("No link in " + first.body());
            }
            token = link.group(1);
            System.out.println("BENCHMARK national new board | operator | the first, made as ops/operator.sh first"
                    + " makes it |");
        } else if (first.statusCode() == 409) {
            Caller benchmark = new Caller(HostOperators.PRINCIPAL_PREFIX + "benchmark", "The benchmark", null,
                    Set.of(), null);
            token = CallerContext.runAs(benchmark, () -> operators.add(username, "Ceri Meincnod",
                    username + "@host.example"));
            System.out.println("BENCHMARK national new board | operator | one more, as an operator adds one |");
        } else {
            throw new IllegalStateException("hosting/first-operator answered " + first.statusCode() + ": "
                    + first.body());
        }
        BenchHttp.Page enrol = browser.open("operator/enrol.xhtml?token=" + token);
        Matcher secret = SECRET.matcher(enrol.body());
        if (!secret.find()) {
            throw new IllegalStateException("No secret on the enrolment page: " + enrol.body());
        }
        String key = secret.group(1).replace(" ", "");
        BenchHttp.Page enrolled = browser.submit(enrol, "enrol", Map.of("chosen", PASSWORD, "repeated", PASSWORD,
                "code", Totp.codeAt(key, Instant.now())), "enrolButton");
        if (!enrolled.uri().contains("operator/sign-in.xhtml")) {
            throw new IllegalStateException("Not enrolled: " + enrolled.uri() + "\n" + enrolled.body());
        }
        BenchHttp.Page boards = browser.submit(browser.open("operator/sign-in.xhtml"), "operatorSignIn",
                Map.of("username", username, "password", PASSWORD,
                        "code", Totp.codeAt(key, Instant.now().plusSeconds(30))), "signIn");
        if (!boards.uri().contains("operator/boards.xhtml")) {
            throw new IllegalStateException("The operator did not sign in: " + boards.uri());
        }
        return browser;
    }

    /** The boards the benchmark creates: real-looking ones, the first bilingual; codes unique to the run. */
    private record NewBoardForm(String code, String prefix, String name, String shortName, boolean welsh) {

        static NewBoardForm of(int i, String stamp) {
            return switch (i % 3) {
                case 0 -> new NewBoardForm(("cdg" + stamp + i).toLowerCase(Locale.ROOT), "CD" + stamp + i,
                        "Ceredigion Safeguarding Partnership – “Partneriaeth Diogelu Ceredigion”", "Ceredigion", true);
                case 1 -> new NewBoardForm(("rut" + stamp + i).toLowerCase(Locale.ROOT), "RU" + stamp + i,
                        "Rutland Safeguarding Adults and Children Partnership", "Rutland", false);
                default -> new NewBoardForm(("ios" + stamp + i).toLowerCase(Locale.ROOT), "IS" + stamp + i,
                        "Isles of Scilly Safeguarding Partnership", "Isles of Scilly", false);
            };
        }

        Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("code", code);
            fields.put("referencePrefix", prefix);
            fields.put("name", name);
            fields.put("shortName", shortName);
            fields.put("policyTitle", "Staff and volunteers’ social media policy");
            if (welsh) {
                fields.put("welsh", "true");
                fields.put("nameCy", "Partneriaeth Diogelu Ceredigion – ŵ ŷ");
                fields.put("policyTitleCy", "Polisi cyfryngau cymdeithasol staff a gwirfoddolwyr");
            }
            organisation(fields, 0, shortName + " Police", "POLICE", "hr@" + code + "-police.example");
            organisation(fields, 1, shortName + " Council", "COUNCIL", "people@" + code + "-council.example");
            organisation(fields, 2, shortName + " NHS Trust", "NHS_TRUST", "hr@" + code + "-nhs.example");
            return fields;
        }

        private static void organisation(Map<String, String> fields, int row, String name, String kind,
                String email) {
            fields.put("organisations:" + row + ":organisationName", name);
            fields.put("organisations:" + row + ":organisationKind", kind);
            fields.put("organisations:" + row + ":organisationEmail", email);
        }
    }

    private static Map<String, String> aspects() {
        Map<String, String> aspects = new LinkedHashMap<>();
        aspects.put("board row", "select id, md5(b::text) from board b");
        aspects.put("chain head", "select tenant_id, last_seq || ' ' || last_hash from timeline_head");
        aspects.put("cases", "select tenant_id, count(*) from safeguarding_case group by tenant_id");
        aspects.put("timeline entries", "select tenant_id, count(*) from timeline_entry group by tenant_id");
        aspects.put("people", "select tenant_id, count(*) from person group by tenant_id");
        aspects.put("organisations", "select tenant_id, count(*) from parent_organisation group by tenant_id");
        aspects.put("deployments", "select tenant_id_, count(*) || ' ' || md5(string_agg(id_, ',' order by id_))"
                + " from act_re_deployment where tenant_id_ is not null group by tenant_id_");
        aspects.put("process definitions", "select tenant_id_, count(*) || ' ' || md5(string_agg(id_ || ':'"
                + " || suspension_state_, ',' order by id_)) from act_re_procdef where tenant_id_ is not null"
                + " group by tenant_id_");
        aspects.put("timer start jobs", "select tenant_id_, count(*) || ' ' || md5(string_agg(id_ || ':'"
                + " || coalesce(duedate_::text, ''), ',' order by id_)) from act_ru_job"
                + " where handler_type_ = 'timer-start-event' and tenant_id_ is not null group by tenant_id_");
        return aspects;
    }

    /** Every board's aspects, board by board ("none" where a board has no row of one). */
    private Map<String, Map<String, String>> snapshot() throws SQLException {
        Map<String, Map<String, String>> boards = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> aspect : ASPECTS.entrySet()) {
                try (ResultSet rows = statement.executeQuery(aspect.getValue())) {
                    while (rows.next()) {
                        boards.computeIfAbsent(rows.getString(1), b -> new LinkedHashMap<>())
                                .put(aspect.getKey(), rows.getString(2));
                    }
                }
            }
        }
        boards.values().forEach(aspects -> ASPECTS.keySet().forEach(a -> aspects.putIfAbsent(a, "none")));
        return boards;
    }

    /** Until the job executor holds no job and none is due, within {@link #QUIET_WITHIN}; says how long it took. */
    private void waitForTheEngineToGoQuiet(String when) throws SQLException, InterruptedException {
        String busy = "select count(*) from act_ru_job where suspension_state_ = 1 and retries_ > 0"
                + " and (lock_exp_time_ > now() or lock_owner_ is null and (duedate_ is null or duedate_ <= now()))";
        long start = System.nanoTime();
        Instant deadline = Instant.now().plus(QUIET_WITHIN);
        long first;
        long left;
        try (Connection connection = dataSource.getConnection()) {
            first = single(connection, busy);
            left = first;
            while (left > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(1_000);
                left = single(connection, busy);
            }
        }
        System.out.printf("BENCHMARK national new board | the engine's jobs, %s | %,d due or running, %s after"
                + " %.1f s |%n", when, first, left == 0 ? "none" : left + " still", (System.nanoTime() - start) / 1e9);
    }

    private long processKeys(String board) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return single(connection, "select count(distinct key_) from act_re_procdef where tenant_id_ = '" + board
                    + "'");
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}

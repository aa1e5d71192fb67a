package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The product as a cluster: two WildFly nodes on the HA profile (JGroups over TCP, TCPPING on the loopback) on one
 * PostgreSQL database, behind HAProxy with the product's own balancer configuration, as {@code ./run.sh --nodes 2}
 * runs them. Both nodes start at once on an empty database. Then: concerns and triages sent to both nodes at once
 * leave every reference unique and gap-free, one winner for each task, and the audit chain intact; a signed-in
 * browser, mid-form on one node, carries on on the other when the first is killed ({@code kill -9}); a deadline timer
 * set before the kill fires once, on the survivor; e-mails queued before the kill (the mail server was down) are sent
 * once each; a rolling restart under load fails no request (the slowest printed): the killed node comes back, started
 * by hand, its warm-up's pages refused to everyone else meanwhile, then the other leaves and comes back; the node
 * started by hand, the other then killed, is a working node behind the balancer. PostgreSQL only
 * ({@code -Pit-postgresql}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final Pattern REFERENCE = Pattern.compile("CHSCB-(\\d{4})-(\\d{4,})");
    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3125) + 60;
    private static final int BALANCER_OFFSET = Integer.getInteger("it.port.offset", 100) + 520;
    private static final String SUMMARY = "Post gan “Siân” – Dŵr a thŷ, £20 \u200F🙂";

    private TestDatabase database;
    private final Map<String, StandaloneServer> nodes = new LinkedHashMap<>();
    private Balancer balancer;
    private GreenMail smtp;
    private String organisationId;

    @BeforeAll
    void startTheCluster() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgresql(),
                "The cluster test runs on PostgreSQL (-Pit-postgresql): a cluster's nodes share one database");
        Balancer.assumeInstalled();
        database = TestDatabase.fresh("cluster");
        int[] extra = {540, 560};
        int base = Integer.getInteger("it.port.offset", 100);
        String members = "127.0.0.1[" + (7600 + base + extra[0]) + "],127.0.0.1[" + (7600 + base + extra[1]) + "]";
        for (int n = 1; n <= 2; n++) {
            Map<String, String> properties = new HashMap<>(database.serverProperties());
            properties.put("jboss.node.name", "node" + n);
            properties.put("safeguard.cluster.members", members);
            properties.put("safeguard.smtp.host", "localhost");
            properties.put("safeguard.smtp.port", String.valueOf(SMTP_PORT));
            // As the run command's nodes and the runbook's: ready only once warmed up, for at most 60 s, so a node put
            // back is not met cold (WarmUp). With 30 s, a node started again while CI's other pass ran on the same two
            // cores (a start of 153 s) read no model and checked two passwords of three before its limit.
            properties.put("safeguard.warmUp.seconds", System.getProperty("it.cluster.warmUp.seconds", "60"));
            nodes.put("node" + n, new StandaloneServer("cluster-node" + n, extra[n - 1], properties, "standalone-ha.xml"));
        }
        // Both at once, on an empty database: one migrates and deploys, the other waits for it.
        nodes.values().forEach(StandaloneServer::begin);
        nodes.values().forEach(node -> node.awaitReady(Duration.ofMinutes(5)));
        Map<String, Integer> https = new LinkedHashMap<>();
        nodes.forEach((name, node) -> https.put(name, 8443 + node.offset()));
        balancer = new Balancer("cluster", BALANCER_OFFSET, https);
        nodes.keySet().forEach(name -> balancer.awaitUp(name, Duration.ofSeconds(30)));
        organisationId = ConfirmedWritesSurviveAKillIT.metropolitanPolice(node("node1").uri());
    }

    @AfterAll
    void stopTheCluster() {
        if (balancer != null) {
            balancer.close();
        }
        for (StandaloneServer node : nodes.values()) {
            try {
                node.close();
            } catch (RuntimeException e) {
                e.printStackTrace();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void twoNodesStartedTogetherOnAnEmptyDatabaseMigratedAndDeployedOnce() throws Exception {
        try (Connection db = database.connect(); Statement statement = db.createStatement()) {
            assertThat(rows(statement, "select name_ || ' ' || count(*) from act_re_deployment group by name_ order by 1"))
                    .as("one deployment of the processes per board").containsExactly("safeguard-chscb 1",
                            "safeguard-cwmtaf 1", "safeguard-lscb 1", "safeguard-nscb 1");
            assertThat(rows(statement, "select key_ || ' ' || tenant_id_ from act_re_procdef group by key_, tenant_id_"
                    + " having count(*) > 1")).as("no process definition deployed twice").isEmpty();
            assertThat(rows(statement, "select version from schema_history where not success"
                    + " or version in (select version from schema_history group by version having count(*) > 1)"))
                    .as("every migration applied once").isEmpty();
            assertThat(rows(statement, "select username from person where username = 'chscb.officer'"))
                    .as("the demo people made once").hasSize(1);
        }
        List<String> logs = new ArrayList<>();
        for (StandaloneServer node : nodes.values()) {
            logs.add(Files.readString(node.log()));
        }
        assertThat(logs).as("one node migrated, the other found nothing to do")
                .anyMatch(log -> Pattern.compile("Schema at version \\d+ \\([1-9]\\d* migrations applied now\\)").matcher(log).find())
                .anyMatch(log -> log.contains("(0 migrations applied now)"));
        assertThat(logs).as("the second node joined the first: a view of two").anyMatch(log -> Pattern.compile("joined cluster 'ejb' with view: \\S+ \\(2\\)").matcher(log).find());
    }

    @Test
    @Order(3)
    void aSignedInOfficerMidFormCarriesOnOnTheOtherNodeWhenTheirsIsKilledAndJobsRunOnceThere() throws Exception {
        Chromium.assumeInstalled();
        // A deadline set before the kill: a concern meeting the harm threshold, whose LADO referral is due.
        ApiClient officer1 = ApiClient.asPerson(node("node1").uri(), "chscb.officer", PASSWORD);
        ApiClient.Answer raised = officer1.post("cases", concern("Athro “Ŵyn” – " + System.nanoTime()));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String ladoCase = raised.json().getString("reference");
        ApiClient.Answer triaged = officer1.post("cases/" + ladoCase + "/triage",
                "{\"harmThresholdMet\":true,\"decision\":\"INVESTIGATE\",\"note\":\"Trothwy – “niwed”\"}");
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(204);
        // E-mails queued before the kill, on both nodes (password resets): the mail server is down until after it.
        for (String person : List.of("chscb.member", "chscb.hr", "chscb.senior")) {
            for (StandaloneServer node : nodes.values()) {
                Browser browser = new Browser(node.uri());
                Browser.Page asked = browser.submit(browser.open("forgot-password.xhtml"), "forgot",
                        Map.of("username", person), "send");
                assertThat(asked.status()).isEqualTo(200);
            }
        }
        assertThat(unsentEmails()).as("e-mails waiting for the mail server").isPositive();

        String killed;
        String survivor;
        try (Chromium browser = new Chromium(balancer.uri())) {
            browser.signIn("chscb.officer", PASSWORD);
            browser.open("officer/raise.xhtml");
            browser.type("concern:summary", SUMMARY);
            browser.chooseFirst("concern:source");
            browser.type("concern:subjectName", "Gwenllïan “Tŷ” Hughes");
            browser.chooseFirst("concern:organisationId");
            killed = browser.cookie("SG_NODE");
            assertThat(killed).as("the balancer's cookie names the node").isIn("node1", "node2");
            survivor = killed.equals("node1") ? "node2" : "node1";

            node(killed).kill();
            leftDown = killed; // it comes back in the rolling restart, under its load

            browser.click("concern:raise");
            try {
                browser.waitFor(() -> REFERENCE.matcher(browser.url()).find(), "the new case's page, on the survivor");
            } catch (AssertionError e) {
                browser.screenshot("cluster-after-kill-failed");
                throw new AssertionError("After the kill of " + killed + ": " + browser.url() + "\n" + browser.text()
                        + "\nsee " + balancer.log(), e);
            }
            assertThat(browser.url()).as("still signed in").doesNotContain("login");
            assertThat(browser.html()).as("what was typed before the kill").contains("Gwenllïan “Tŷ” Hughes")
                    .contains("Post gan “Siân” – Dŵr a thŷ, £20");
            assertThat(browser.cookie("SG_NODE")).as("now on the survivor").isEqualTo(survivor);
            browser.open("officer/cases.xhtml");
            assertThat(browser.url()).as("the session carries on").contains("officer/cases.xhtml");
            browser.screenshot("cluster-after-kill");
        }

        // The LADO deadline passes now (its timer's due date moved, as time would move it): it fires once, on the
        // survivor, which is the only node left.
        try (Connection db = database.connect(); PreparedStatement due = db.prepareStatement(
                "update act_ru_job set duedate_ = now() - interval '1 second' where handler_cfg_ like 'lado-timescale-missed%'"
                        + " and process_instance_id_ = (select process_instance_id from safeguarding_case where reference = ?)")) {
            due.setString(1, ladoCase);
            assertThat(due.executeUpdate()).as("the LADO timer of " + ladoCase).isEqualTo(1);
        }
        await(() -> timelineCount(ladoCase, "LADO timescale missed") > 0, Duration.ofSeconds(90),
                "the LADO escalation on the survivor");
        Waiting.waitingFor("escalated once").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8))
                .until(() -> timelineCount(ladoCase, "LADO timescale missed") == 1);

        // The mail server comes back: everything queued, before and after the kill, is sent once.
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        await(() -> unsentEmails() == 0, Duration.ofMinutes(4), "every queued e-mail sent");
        List<String> received = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.add(messageId(message));
        }
        assertThat(received).as("no e-mail sent twice").doesNotHaveDuplicates();
        assertThat(received).as("every e-mail recorded as sent was received").hasSize(sentEmails());

    }

    /** The last test leaves a node killed: the class stops every node after it, so none is started again. */
    private boolean lastTest;

    /** The node the kill test killed, left down for the rolling restart to bring back (each start is minutes here). */
    private String leftDown;

    /** The node the rolling restart started by hand, which the last test leaves alone behind the balancer. */
    private String startedByHand;

    /** A node a test killed or stopped is started again for the next test (the killed one by the rolling restart). */
    @org.junit.jupiter.api.AfterEach
    void everyNodeRunning() {
        if (lastTest) {
            return;
        }
        nodes.forEach((name, node) -> {
            if (!node.running() && !name.equals(leftDown)) {
                node.restart();
                balancer.awaitUp(name, Duration.ofSeconds(30));
            }
        });
    }

    @Test
    @Order(2)
    void concernsAndTriagesOnBothNodesAtOnceKeepReferencesGapFreeOneWinnerPerTaskAndTheChainIntact() throws Exception {
        List<ApiClient> officers = nodes.values().stream()
                .map(node -> ApiClient.asPerson(node.uri(), "chscb.officer", PASSWORD)).toList();
        ExecutorService load = Executors.newFixedThreadPool(16);
        try {
            List<Future<ApiClient.Answer>> raised = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                ApiClient officer = officers.get(i % 2);
                String subject = "Aelod “" + i + "” – Llŷr";
                raised.add(load.submit(() -> officer.post("cases", concern(subject))));
            }
            List<String> references = new ArrayList<>();
            for (Future<ApiClient.Answer> answer : raised) {
                ApiClient.Answer made = answer.get(2, TimeUnit.MINUTES);
                assertThat(made.status()).as(made.body()).isEqualTo(201);
                references.add(made.json().getString("reference"));
            }
            assertThat(references).doesNotHaveDuplicates();

            // The same triage sent to both nodes at the same moment, for 20 cases: one wins, the other is told.
            Map<String, List<Integer>> outcomes = new HashMap<>();
            for (String reference : references.subList(0, 20)) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<ApiClient.Answer>> both = new ArrayList<>();
                for (ApiClient officer : officers) {
                    both.add(load.submit(() -> {
                        go.await();
                        return officer.post("cases/" + reference + "/triage",
                                "{\"decision\":\"INVESTIGATE\",\"note\":\"Ymchwilio – “brys”\"}");
                    }));
                }
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<ApiClient.Answer> answer : both) {
                    ApiClient.Answer got = answer.get(2, TimeUnit.MINUTES);
                    statuses.add(got.status());
                    if (got.status() == 409) {
                        assertThat(got.body()).as("the loser is told plainly").contains("Already done");
                    }
                }
                Collections.sort(statuses);
                outcomes.put(reference, statuses);
            }
            assertThat(outcomes.values()).as("one winner (204) and one told it is done (409) for each task")
                    .allMatch(statuses -> statuses.equals(List.of(204, 409)));
        } finally {
            load.shutdownNow();
        }

        assertReferencesGapFree();
        String chain = ApiClient.asPerson(node("node2").uri(), "chscb.admin", PASSWORD).post("board/audit-chain", "").body();
        assertThat(chain).as("the audit chain checked after writes from both nodes").contains("\"intact\":true");
    }

    @Test
    @Order(4)
    void aRollingRestartOneNodeAtATimeFailsNoRequest() throws Exception {
        // Several people at once, each in a session of their own that every page changes (its views' state): a node
        // that rejoins is sent their sessions while their requests run on the other.
        List<String> people = List.of("chscb.officer", "chscb.senior", "chscb.admin", "chscb.officer");
        ApiClient tool = ApiClient.asPerson(balancer.uri(), "chscb.officer", PASSWORD);
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger concerns = new AtomicInteger();
        RestartTimings timings = new RestartTimings();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        // Each person asks for their next page a moment after the last one answered (as people do, and so the node
        // being started is not starved of the two cores by a loop); benchmarks/rolling-restart.sh asks without pause.
        long think = Math.max(1, Long.getLong("it.cluster.thinkMillis", 250));
        ScheduledExecutorService load = Executors.newScheduledThreadPool(people.size() + 1);
        for (String username : people) {
            Browser person = Browser.trustingAnyCertificate(balancer.uri());
            person.signIn(username, PASSWORD);
            String home = username.endsWith(".officer") ? "officer/cases.xhtml" : username.endsWith(".senior")
                    ? "senior/work.xhtml" : "admin/board.xhtml";
            load.scheduleWithFixedDelay(() -> {
                try {
                    long asked = System.nanoTime();
                    Browser.Page page = person.open(home);
                    timings.took(username + "'s page", asked);
                    if (page.status() != 200 || !page.uri().contains(home)) {
                        failures.add(username + "'s page: " + page.status() + " " + page.uri());
                    }
                    pages.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(username + "'s page: " + e);
                }
            }, 0, think, TimeUnit.MILLISECONDS);
        }
        AtomicInteger raised = new AtomicInteger();
        load.scheduleWithFixedDelay(() -> {
            try {
                long asked = System.nanoTime();
                ApiClient.Answer made = tool.post("cases", concern("Ailgychwyn “" + raised.getAndIncrement() + "” – Ŵyn"));
                timings.took("a concern", asked);
                if (made.status() != 201) {
                    failures.add("concern: " + made.status() + " " + made.body());
                }
                concerns.incrementAndGet();
            } catch (IOException | RuntimeException e) {
                failures.add("concern: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the load is being stopped
            }
        }, 0, think, TimeUnit.MILLISECONDS);
        // Paced by the load itself (about ten pages a second here): the load under way before the first node goes,
        // the node's requests drained to the other once it is out of the balancer, and the node put back taking its
        // share before the next goes.
        awaitPages(pages, 60, "the load under way");
        // The node the kill test left down first (it comes back under the load, started by hand), then each running one.
        leftDown = null;
        List<String> order = nodes.keySet().stream().sorted(Comparator.comparing(name -> node(name).running())).toList();
        for (String name : order) {
            if (!node(name).running()) {
                timings.mark(name + " starting by hand after its kill");
                node(name).relaunch();
                // While it warms up it draws its board staff's pages for itself: asked for them directly, from this
                // host, with a token of one's own or none, it answers 404 as to an address that does not exist.
                int askedWhileWarming = theWarmUpsPagesRefuseEveryoneElseUntilWarm(node(name));
                node(name).awaitReady(Duration.ofMinutes(5));
                assertThat(askedWhileWarming).as("refused requests for the warm-up's pages while " + name
                        + " was warming up").isPositive();
                timings.mark(name + " started, back in the balancer");
                balancer.awaitUp(name, Duration.ofSeconds(30));
                startedByHand = name;
            } else {
                timings.mark(name + " taken out of the balancer");
                balancer.disable(name);
                awaitPages(pages, 40, "pages answered by the other node with " + name + " out of the balancer");
                timings.mark(name + " stopping");
                node(name).gracefulStop();
                timings.mark(name + " starting");
                node(name).restart();
                timings.mark(name + " started, put back");
                balancer.enable(name);
                balancer.awaitUp(name, Duration.ofSeconds(30));
            }
            timings.mark(name + " taking requests");
            // Put back warm: the boards' models read, a password checked, a concern rehearsed, its public pages asked
            // for and its board staff's pages drawn before it said it was ready.
            assertThat(node(name).readiness()).as(name + "'s readiness after its restart")
                    .contains("\"ready\":true").contains("\"status\":\"WARM\"").contains("\"passwordChecks\":3")
                    .contains("\"concernRehearsed\":true").doesNotContain("\"signedInPages\":0,")
                    .doesNotContain("\"casePages\":0,")
                    .doesNotContain("\"models\":0,").doesNotContain("\"requests\":0,");
            awaitPages(pages, 60, "pages answered with " + name + " back in the balancer");
        }
        timings.mark("both restarted");
        load.shutdown();
        assertThat(load.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(pages.get()).as("pages asked for during the restart").isGreaterThan(20);
        assertThat(concerns.get()).as("concerns raised during the restart").isGreaterThan(20);
        assertThat(failures).as("requests that failed during the rolling restart").isEmpty();
        // Each node rehearsed a concern while it warmed up, and rolled it back: no case, counter or reference is left.
        assertThat(count("select count(*) from safeguarding_case where subject_name like 'Warm-up%'"))
                .as("cases left by the warm-ups' rehearsals").isZero();
        assertThat(count("select count(*) from case_reference_counter where counter_year < 2000"))
                .as("counters left by the warm-ups' rehearsals").isZero();
        // Nor anything of the history each case page's concern was given (an allegation, evidence items and notes).
        assertThat(count("select count(*) from allegation where particulars like 'Warm-up%'"))
                .as("allegations left by the warm-ups' case pages").isZero();
        assertThat(count("select count(*) from evidence where captured_text like 'Warm-up%'"))
                .as("evidence left by the warm-ups' case pages").isZero();
        assertThat(count("select count(*) from timeline_entry where detail like 'Warm-up%'"))
                .as("timeline entries left by the warm-ups' case pages").isZero();
        // It drew the rehearsed concern's case page too, in the same transaction: no record of that read is kept, and
        // the warm-up never began a chain of reads (nor read anything real).
        assertThat(count("select count(*) from read_record where reader = 'warm-up'"))
                .as("records of reads left by the warm-ups' case pages").isZero();
        assertThat(count("select count(*) from read_head where reader = 'warm-up'"))
                .as("chains of reads begun by the warm-ups").isZero();
        assertReferencesGapFree();
        System.out.println("Rolling restart: " + pages.get() + " pages and " + concerns.get() + " concerns; "
                + timings.report());
        // Issue 44: no request waits more than 2 s while a node leaves or joins, on this machine with nothing else
        // running. That is a figure, not a test: benchmarks/rolling-restart.sh runs this class with the run command's
        // warm-up and -Dsafeguard.cluster.slowestMillis=2000 (BENCHMARKS.md); the suite keeps what must never happen,
        // a failed request.
        Long most = Long.getLong("safeguard.cluster.slowestMillis");
        if (most != null) {
            assertThat(timings.slowestMillis()).as("the slowest request of the rolling restart, in ms; "
                    + timings.report()).isLessThanOrEqualTo(most);
        }
    }

    /** The board's case references, per year: unique and gap-free (1, 2, 3, ...). */
    private void assertReferencesGapFree() throws SQLException {
        Map<String, List<Integer>> numbers = new HashMap<>();
        try (Connection db = database.connect(); Statement statement = db.createStatement()) {
            for (String reference : rows(statement, "select reference from safeguarding_case where tenant_id = 'chscb'")) {
                Matcher parts = REFERENCE.matcher(reference);
                assertThat(parts.matches()).as(reference).isTrue();
                numbers.computeIfAbsent(parts.group(1), y -> new ArrayList<>()).add(Integer.parseInt(parts.group(2)));
            }
        }
        numbers.forEach((year, taken) -> {
            Collections.sort(taken);
            List<Integer> expected = java.util.stream.IntStream.rangeClosed(1, taken.size()).boxed().toList();
            assertThat(taken).as("references of " + year + ": unique and gap-free").isEqualTo(expected);
        });
    }

    /** Every request's time during a rolling restart, and the restart's steps, to say where the slowest fell. */
    private static final class RestartTimings {
        private record Took(String what, long asked, long nanos) {
        }

        private record Mark(String step, long at) {
        }

        private final long start = System.nanoTime();
        private final ConcurrentLinkedQueue<Took> requests = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Mark> marks = new ConcurrentLinkedQueue<>();

        void took(String what, long asked) {
            requests.add(new Took(what, asked, System.nanoTime() - asked));
        }

        void mark(String step) {
            marks.add(new Mark(step, System.nanoTime()));
        }

        long slowestMillis() {
            return millis(requests.stream().mapToLong(Took::nanos).max().orElse(0));
        }

        /** p50, p95, p99 and the slowest; the five slowest with the step of the restart each was asked in. */
        String report() {
            long[] sorted = requests.stream().mapToLong(Took::nanos).sorted().toArray();
            if (sorted.length == 0) {
                return "no requests";
            }
            StringBuilder text = new StringBuilder(String.format("%d requests: p50 %d ms, p95 %d ms, p99 %d ms,"
                    + " the slowest request %d ms", sorted.length, millis(percentile(sorted, 50)),
                    millis(percentile(sorted, 95)), millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1])));
            requests.stream().sorted((a, b) -> Long.compare(b.nanos(), a.nanos())).limit(5).forEach(t -> text.append(
                    String.format("%n  %d ms, %s, asked at %.1f s (%s)", millis(t.nanos()), t.what(),
                            (t.asked() - start) / 1e9, stepAt(t.asked()))));
            marks.forEach(m -> text.append(String.format("%n  step at %.1f s: %s", (m.at() - start) / 1e9, m.step())));
            return text.toString();
        }

        private String stepAt(long at) {
            return marks.stream().filter(m -> m.at() <= at).reduce((a, b) -> b).map(Mark::step)
                    .orElse("before the restart");
        }

        private static long percentile(long[] sorted, int p) {
            return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
        }

        private static long millis(long nanos) {
            return TimeUnit.NANOSECONDS.toMillis(nanos);
        }
    }

    /**
     * A node started again by hand (as an operator does, outside any launcher: the rolling restart's return of the node
     * killed before it, or node1 stopped and started here when that did not run), then the other node killed: the
     * balancer stays, and the node started by hand carries the whole service.
     */
    @Test
    @Order(6)
    void aNodeRestartedByHandThenTheOtherKilledLeavesAWorkingNodeBehindTheBalancer() throws Exception {
        lastTest = true;
        String byHand = startedByHand;
        if (byHand == null) {
            byHand = "node1";
            node(byHand).gracefulStop();
            node(byHand).relaunch();
            int askedWhileWarming = theWarmUpsPagesRefuseEveryoneElseUntilWarm(node(byHand));
            node(byHand).awaitReady(Duration.ofMinutes(5));
            assertThat(askedWhileWarming).as("refused requests for the warm-up's pages while node1 was warming up")
                    .isPositive();
            balancer.awaitUp(byHand, Duration.ofSeconds(30));
        }
        assertThat(node(byHand).readiness()).as(byHand + " drew its signed-in pages while it warmed up")
                .contains("\"status\":\"WARM\"").doesNotContain("\"signedInPages\":0,")
                .doesNotContain("\"casePages\":0,");

        node(byHand.equals("node1") ? "node2" : "node1").kill();

        ApiClient officer = ApiClient.asPerson(balancer.uri(), "chscb.officer", PASSWORD);
        ApiClient.Answer raised = officer.post("cases", concern("Ar ôl “lladd” – Ŵyn"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        Browser person = Browser.trustingAnyCertificate(balancer.uri());
        person.signIn("chscb.senior", PASSWORD);
        Browser.Page work = person.open("senior/work.xhtml");
        assertThat(work.status()).isEqualTo(200);
        assertThat(work.uri()).contains("senior/work.xhtml");
        everySessionCopySentBetweenTheNodesCouldBeRead();
    }

    /**
     * Every copy of a session one node sent another, in every test above, could be read: a copy cut short (a request of
     * the session changing it while the one before was written, after its response had gone) fails on the receiving
     * node, and only some of those failures hang a node that joins. Checked again at the end of the last test.
     */
    @Test
    @Order(5)
    void everySessionCopySentBetweenTheNodesCouldBeRead() throws Exception {
        for (Map.Entry<String, StandaloneServer> node : nodes.entrySet()) {
            List<String> corrupt = Files.readAllLines(node.getValue().log(), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains("MalformedProtobufException") && line.contains("ERROR")).toList();
            assertThat(corrupt).as("copies " + node.getKey() + " could not read; see " + node.getValue().log())
                    .isEmpty();
        }
    }

    private StandaloneServer node(String name) {
        return nodes.get(name);
    }

    /**
     * Until {@code node} is warm (five minutes at most: a start under the rolling restart's load, on two cores shared
     * with the rest of CI), asks it for the warm-up's pages as someone else would: each answer must be a 404 and none a
     * page. Returns how many were asked while its readiness said it was warming up.
     */
    private int theWarmUpsPagesRefuseEveryoneElseUntilWarm(StandaloneServer node) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2)).sslContext(Tls.trustingAnyCertificate()).build();
        Map<String, String> tries = new LinkedHashMap<>();
        tries.put("warm-up/officer/cases.xhtml", "bm90LXRoZS13YXJtLXVwcy10b2tlbi1hdC1hbGwtMTIzNDU2Nzg5MA");
        tries.put("warm-up/admin/board.xhtml", "");
        tries.put("warm-up/senior/work.xhtml", "' or '1'='1");
        tries.put("warm-up/end", "x");
        tries.put("warm-up/officer/case.xhtml", "warm-up");
        int[] whileWarming = {0};
        Waiting.waitingFor("the node warm, its warm-up's pages asked for by another meanwhile")
                .atMost(Duration.ofMinutes(5)).until(() -> {
                    String readiness;
                    try {
                        readiness = node.readiness();
                    } catch (RuntimeException notYetListening) {
                        readiness = "";
                    }
                    if (readiness.contains("\"status\":\"WARM\"")) {
                        return true;
                    }
                    boolean warming = readiness.contains("\"status\":\"WARMING\"");
                    for (Map.Entry<String, String> attempt : tries.entrySet()) {
                        HttpRequest.Builder request = HttpRequest.newBuilder(
                                node.httpsUri().resolve(attempt.getKey())).timeout(Duration.ofSeconds(10));
                        if (!attempt.getValue().isEmpty()) {
                            request.header("X-Safeguard-Warm-Up", attempt.getValue());
                        }
                        HttpResponse<String> answer;
                        try {
                            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                        } catch (IOException notYetListening) {
                            continue;
                        }
                        assertThat(answer.statusCode()).as(attempt.getKey() + " asked by another, " + readiness)
                                .isNotEqualTo(200);
                        assertThat(answer.body()).as(attempt.getKey()).doesNotContain("Warm-up")
                                .doesNotContain("<table");
                        if (warming) {
                            assertThat(answer.statusCode()).as(attempt.getKey() + " while warming up").isEqualTo(404);
                            whileWarming[0]++;
                        }
                    }
                    return false;
                });
        return whileWarming[0];
    }

    private String concern(String subject) {
        return "{\"subjectName\":" + ApiClient.quoted(subject) + ",\"organisationId\":" + organisationId
                + ",\"source\":\"COLLEAGUE_REPORT\",\"summary\":" + ApiClient.quoted("Post – “" + subject + "” 🙂") + "}";
    }

    private int unsentEmails() {
        return count("select count(*) from outbox_message where sent_at is null and undeliverable_at is null");
    }

    private int sentEmails() {
        return count("select count(*) from outbox_message where sent_at is not null");
    }

    private int timelineCount(String reference, String action) {
        try (Connection db = database.connect(); PreparedStatement query = db.prepareStatement(
                "select count(*) from timeline_entry e join safeguarding_case c on c.id = e.case_id"
                        + " where c.reference = ? and e.action = ?")) {
            query.setString(1, reference);
            query.setString(2, action);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql) {
        try (Connection db = database.connect(); Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getHeader("X-Safeguard-Message", null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code more} pages more than now have been answered (a minute at most). */
    private static void awaitPages(AtomicInteger pages, int more, String what) {
        int now = pages.get();
        Waiting.waitingFor(more + " " + what).atMost(Duration.ofMinutes(1)).until(() -> pages.get() >= now + more);
    }

    private static void await(BooleanSupplier condition, Duration limit, String what) {
        Waiting.waitingFor(what).pollInterval(Duration.ofMillis(500)).atMost(limit).until(condition::getAsBoolean);
    }
}

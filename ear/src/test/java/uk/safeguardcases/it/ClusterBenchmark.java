package uk.safeguardcases.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test ({@code benchmarks/cluster.sh}, or {@code mvn -B verify -Pbenchmark,it-postgresql
 * -Dit.test=ClusterBenchmark}): the investigation through the balancer (HAProxy, the product's configuration) with
 * one node and with two, on PostgreSQL. Each case is raised through the API ({@code POST /api/cases}) and triaged
 * with no further action, which closes it, by the board's officer signed in (a session per client thread and board,
 * kept on one node by the balancer, as a person's browser is; a password with every request would measure the
 * password hash instead): the same concern to closure as
 * {@code InvestigationBenchmark}, but over HTTPS through the balancer. Once with the cases spread over the four demo
 * boards, once with every case on one board (the board's chain head, {@code TimelineHead}, is then the one lock
 * every write takes). While each runs, PostgreSQL's sessions are sampled every 20 ms for those waiting on a lock.
 */
class ClusterBenchmark {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final int CASES = Integer.getInteger("bench.cases", 600);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 200);
    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final List<String> BOARDS = List.of("chscb", "nscb", "cwmtaf", "lscb");

    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("\"reference\":\"([^\"]+)\"");

    /** What each session waiting on a lock was running, by statement, over all runs. */
    private final Map<String, Integer> waitingOn = new java.util.concurrent.ConcurrentHashMap<>();

    private record Run(String nodes, String boards, double casesPerSecond, double raiseP50, double raiseP95,
            double triageP50, double triageP95, double meanLockWaiters, double samplesWithWaiters, long deadlocks,
            int failures) {
    }

    @Test
    void oneNodeAndTwoThroughTheBalancer() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgresql(), "a cluster runs on PostgreSQL");
        Balancer.assumeInstalled();
        List<Run> runs = new ArrayList<>();
        // bench.only=1 measures the single server alone (for a quick look at the locks).
        runs.addAll(measure(1, "standalone.xml"));
        if (!"1".equals(System.getProperty("bench.only"))) {
            for (int count : List.of(1, 2)) {
                runs.addAll(measure(count, "standalone-ha.xml"));
            }
        }
        System.out.println("BENCHMARK what the sessions waiting on a lock were doing (samples, statement):");
        waitingOn.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
                .forEach(e -> System.out.printf("BENCHMARK   %6d  %s%n", e.getValue(), e.getKey()));
        System.out.println("BENCHMARK cluster: " + CASES + " cases each (raise + triage closing it), " + THREADS
                + " client threads through HAProxy over HTTPS, PostgreSQL; after " + WARM_UP + " to warm up");
        for (Run run : runs) {
            System.out.printf("BENCHMARK %-22s %-10s %6.1f cases/s | raise p50 %5.1f p95 %6.1f ms | triage p50 %5.1f"
                            + " p95 %6.1f ms | sessions waiting on a lock: mean %.2f, in %4.1f %% of samples |"
                            + " deadlocks %d | failed requests %d%n", run.nodes(), run.boards(), run.casesPerSecond(),
                    run.raiseP50(), run.raiseP95(), run.triageP50(), run.triageP95(), run.meanLockWaiters(),
                    run.samplesWithWaiters(), run.deadlocks(), run.failures());
        }
    }

    private List<Run> measure(int count, String profile) throws Exception {
        TestDatabase database = TestDatabase.fresh("cluster_bench");
        int base = Integer.getInteger("it.port.offset", 100);
        int[] extra = {740, 760, 780};
        StringBuilder members = new StringBuilder();
        for (int n = 0; n < count; n++) {
            members.append(n == 0 ? "" : ",").append("127.0.0.1[").append(7600 + base + extra[n]).append(']');
        }
        Map<String, StandaloneServer> nodes = new LinkedHashMap<>();
        for (int n = 1; n <= count; n++) {
            Map<String, String> properties = new HashMap<>(database.serverProperties());
            properties.put("jboss.node.name", "node" + n);
            properties.put("safeguard.cluster.members", members.toString());
            nodes.put("node" + n, new StandaloneServer("bench-node" + n, extra[n - 1], properties, profile));
        }
        nodes.values().forEach(StandaloneServer::begin);
        Balancer balancer = null;
        try {
            nodes.values().forEach(node -> node.awaitReady(Duration.ofMinutes(5)));
            Map<String, Integer> https = new LinkedHashMap<>();
            nodes.forEach((name, node) -> https.put(name, 8443 + node.offset()));
            balancer = new Balancer("bench", base + 720, https);
            for (String name : nodes.keySet()) {
                balancer.awaitUp(name, Duration.ofSeconds(30));
            }
            json = Map.of("Content-Type", "application/json", "Accept", "application/json",
                    "Origin", balancer.uri().toString().replaceAll("/$", ""));
            Map<String, String> organisations = organisations(database);
            List<Map<String, Browser>> officers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Map<String, Browser> signedIn = new HashMap<>();
                for (String board : BOARDS) {
                    Browser officer = Browser.trustingAnyCertificate(balancer.uri());
                    officer.signIn(board + ".officer", PASSWORD);
                    signedIn.put(board, officer);
                }
                officers.add(signedIn);
            }
            walk(database, "warm-up", "warm-up", BOARDS, WARM_UP, officers, organisations);
            List<Run> runs = new ArrayList<>();
            String label = count + (count == 1 ? " node" : " nodes") + (profile.contains("-ha") ? " (HA)" : " (no cluster)");
            runs.add(walk(database, label, "4 boards", BOARDS, CASES, officers, organisations));
            runs.add(walk(database, label, "1 board", List.of("chscb"), CASES, officers, organisations));
            return runs;
        } finally {
            if (balancer != null) {
                balancer.close();
            }
            nodes.values().forEach(StandaloneServer::close);
        }
    }

    /** The API from a signed-in page's script: JSON both ways, from the product's own origin. */
    private Map<String, String> json;

    private Run walk(TestDatabase database, String nodes, String name, List<String> boards, int cases,
            List<Map<String, Browser>> officers, Map<String, String> organisations) throws Exception {
        List<Long> raise = Collections.synchronizedList(new ArrayList<>());
        List<Long> triage = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        long deadlocksBefore = deadlocks(database);
        List<Integer> waiters = Collections.synchronizedList(new ArrayList<>());
        Thread sampler = new Thread(() -> {
            try (Connection db = database.connect(); Statement statement = db.createStatement()) {
                while (running.get()) {
                    int waiting = 0;
                    try (ResultSet result = statement.executeQuery("select left(regexp_replace(query, '\\s+', ' ', 'g'), 110)"
                            + " from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")) {
                        while (result.next()) {
                            waiting++;
                            waitingOn.merge(result.getString(1), 1, Integer::sum);
                        }
                    }
                    waiters.add(waiting);
                    Thread.sleep(20);
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        sampler.start();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Map<String, Browser> signedIn = officers.get(t);
            work.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < cases) {
                    String board = boards.get(i % boards.size());
                    Browser officer = signedIn.get(board);
                    long t0 = System.nanoTime();
                    java.net.http.HttpResponse<String> made = officer.request("POST", "api/cases", json,
                            "{\"subjectName\":" + ApiClient.quoted("Aelod “" + i + "” – Ŵyn") + ",\"organisationId\":"
                                    + organisations.get(board) + ",\"source\":\"COLLEAGUE_REPORT\","
                                    + "\"summary\":\"Post – “meincnod” £5\"}");
                    raise.add(System.nanoTime() - t0);
                    java.util.regex.Matcher reference = REFERENCE.matcher(made.body());
                    if (made.statusCode() != 201 || !reference.find()) {
                        failures.incrementAndGet();
                        continue;
                    }
                    long t1 = System.nanoTime();
                    java.net.http.HttpResponse<String> closed = officer.request("POST",
                            "api/cases/" + reference.group(1) + "/triage", json,
                            "{\"decision\":\"NO_FURTHER_ACTION\",\"note\":\"Dim camau pellach\"}");
                    triage.add(System.nanoTime() - t1);
                    if (closed.statusCode() != 204) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get(30, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        running.set(false);
        sampler.join();
        double mean = waiters.stream().mapToInt(Integer::intValue).average().orElse(0);
        double withWaiters = waiters.isEmpty() ? 0 : 100.0 * waiters.stream().filter(w -> w > 0).count() / waiters.size();
        return new Run(nodes, name, cases / seconds, percentile(raise, 50), percentile(raise, 95),
                percentile(triage, 50), percentile(triage, 95), mean, withWaiters, deadlocks(database) - deadlocksBefore,
                failures.get());
    }

    private static Map<String, String> organisations(TestDatabase database) throws SQLException {
        Map<String, String> organisations = new HashMap<>();
        try (Connection db = database.connect(); Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery("select tenant_id, min(id) from parent_organisation group by tenant_id")) {
            while (result.next()) {
                organisations.put(result.getString(1), result.getString(2));
            }
        }
        return organisations;
    }

    private static long deadlocks(TestDatabase database) throws SQLException {
        try (Connection db = database.connect(); Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(
                        "select deadlocks from pg_stat_database where datname = current_database()")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}

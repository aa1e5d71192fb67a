package uk.safeguardcases.bench;

import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.api.PersonalAccessTokens;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.api.PersonalAccessToken;
import uk.safeguardcases.it.SharedDeployment;

/**
 * Benchmark, not a test ({@code benchmarks/tokens.sh}, or {@code mvn -B verify -Pbenchmark -Dit.test=TokenBenchmark}):
 * 50 concurrent {@code GET /api/cases?size=1} as the same officer, in one run on one server, with each way of saying
 * who calls: the browser's session cookie, a personal access token, and HTTP Basic (a password hash per request, for
 * comparison). Each round sends all 50 at once and waits for the last answer; the median of the rounds is reported,
 * with each request's p50 and p95. Target (issue 39): tokens at most 1.5 times the cookie.
 */
@ExtendWith(ArquillianExtension.class)
@SharedDeployment.OwnDeployment
class TokenBenchmark {

    private static final int CONCURRENT = Integer.getInteger("bench.concurrent", 50);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 7);
    private static final String PATH = "api/cases?size=1";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new java.io.File(System.getProperty("ear.file")));
        ear.getAsType(WebArchive.class, "safeguard-web.war").addClasses(TokenBenchmark.class, BenchHttp.class);
        return ear;
    }

    @Inject
    private PersonalAccessTokens tokens;

    @Inject
    private PeopleDirectory people;

    private final URI base = URI.create("http://localhost:"
            + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/");

    @Test
    void fiftyConcurrentApiCallsWithTokensAgainstASessionCookie() throws Exception {
        String username = "chscb.officer";
        // The session: signed in through the log-in form, its cookie sent by the client's cookie manager.
        CookieManager cookies = new CookieManager();
        HttpClient session = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(CONCURRENT)).build();
        BenchHttp.signIn(session, base, username);
        String token = CallerContext.runAs(people.callerFor(username).orElseThrow(),
                () -> tokens.issue("benchmark", PersonalAccessToken.Scope.READ, 1).token());
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + BenchHttp.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(CONCURRENT)).build();

        Map<String, Runner> modes = new LinkedHashMap<>();
        modes.put("session cookie", () -> send(session, null));
        modes.put("personal access token", () -> send(plain, "Bearer " + token));
        modes.put("HTTP Basic", () -> send(plain, basic));
        Map<String, List<Double>> walls = new LinkedHashMap<>();
        Map<String, List<Double>> each = new LinkedHashMap<>();
        modes.keySet().forEach(m -> {
            walls.put(m, new ArrayList<>());
            each.put(m, new ArrayList<>());
        });
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            for (int round = -1; round < ROUNDS; round++) { // round -1 warms each mode up
                for (Map.Entry<String, Runner> mode : modes.entrySet()) {
                    List<Callable<Double>> calls = Collections.nCopies(CONCURRENT, mode.getValue()::run);
                    long start = System.nanoTime();
                    List<Future<Double>> answers = pool.invokeAll(calls);
                    List<Double> times = new ArrayList<>();
                    for (Future<Double> answer : answers) {
                        times.add(answer.get());
                    }
                    double wall = (System.nanoTime() - start) / 1e9;
                    if (round >= 0) {
                        walls.get(mode.getKey()).add(wall);
                        each.get(mode.getKey()).addAll(times);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double cookie = median(walls.get("session cookie"));
        System.out.println("BENCHMARK | way of calling | 50 concurrent calls, median of " + ROUNDS
                + " rounds (s) | per call p50 (ms) | per call p95 (ms) | against the cookie |");
        for (String mode : modes.keySet()) {
            List<Double> times = new ArrayList<>(each.get(mode));
            Collections.sort(times);
            System.out.printf("BENCHMARK | %s | %.3f | %.0f | %.0f | %.2f× |%n", mode, median(walls.get(mode)),
                    times.get(times.size() / 2), times.get((int) (times.size() * 0.95)), median(walls.get(mode)) / cookie);
        }
    }

    private interface Runner {
        Double run() throws Exception;
    }

    private Double send(HttpClient client, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(PATH)).timeout(Duration.ofSeconds(120)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        long start = System.nanoTime();
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(PATH + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

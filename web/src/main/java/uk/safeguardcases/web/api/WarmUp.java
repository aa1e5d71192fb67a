package uk.safeguardcases.web.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import uk.safeguardcases.application.cases.CaseSort;
import uk.safeguardcases.application.cases.ConcernRehearsal;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.domain.people.PasswordHashing;
import uk.safeguardcases.domain.people.Role;

/**
 * A node that has just started answers its first pages slowly: the JVM loads the classes of Faces, the pages and the
 * services the first time they run, and its compiler threads take the CPU while the pages are still interpreted. In
 * a rolling restart the whole load moves to the node that came back minutes ago (issue 44), so with
 * {@code -Dsafeguard.warmUp.seconds=N} (the run command's cluster nodes, and a production cluster's) a node says it
 * is ready only once it has warmed up, for at most N seconds: it reads the boards' process models into the engine's
 * cache (the first step anyone takes on a board would otherwise read and parse them), checks a password against
 * the decoy hash (the first sign-in or HTTP Basic call would otherwise pay for it, uncompiled), raises a concern on
 * the quietest board and rolls it back ({@link ConcernRehearsal}: the first intake would otherwise meet the case's
 * insert and its investigation's start for the first time), then asks itself, at the address its first readiness
 * check came in on, for the pages anyone may open until the JIT compiler has settled on them (its threads under a
 * tenth of a round's time, two rounds running). Nothing is kept: the concern is rolled back, and the pages are the
 * sign-in, forgotten-password and public follow-up pages as GETs, in English and Welsh, the API's description, and
 * the API refusing a call with no credentials; and the board staff's first pages ({@link #SIGNED_IN_PAGES}), drawn for
 * a warm-up caller on the board the concern was rehearsed on, through {@link WarmUpPagesServlet}: in a rolling restart
 * the people moved to a node put back opened its signed-in pages for the first time, and their first pages were the
 * slowest requests (1.3–2.6 s). Those pages only read, and what they draw goes back to the warm-up and no further.
 * With them, each round draws the case page ({@link #CASE_PAGE}) of a concern raised for it and rolled back with it
 * ({@link ConcernRehearsal#raiseToBeRolledBack}): no real case is opened, and nothing is kept.
 * Off (0) by default: a single server has no other node to serve while it warms, so it is ready as soon as the
 * database and the engine are.
 */
@ApplicationScoped
public class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class.getName());

    /** Each round's requests: what a signed-out browser, a person signing in and an API client meet first. */
    private static final List<String> ROUND = List.of("login.xhtml", "forgot-password.xhtml", "concern/follow-up.xhtml",
            "api/cases?size=1", "api/openapi.json");

    /** The board staff's first pages (each role's home, the case list, the senior's work), drawn while warming up. */
    static final List<String> SIGNED_IN_PAGES = List.of("officer/dashboard.xhtml", "officer/cases.xhtml",
            "senior/work.xhtml", "admin/board.xhtml");

    /**
     * The case page, drawn once a round after the others: of a concern raised for it and rolled back with it
     * ({@link ConcernRehearsal#raiseToBeRolledBack}), since no real case may be opened without a record of the read.
     */
    static final String CASE_PAGE = "officer/case.xhtml";

    /** At most this many rounds, however long the compiler takes. */
    private static final int MOST_ROUNDS = 400;

    /**
     * Rounds that draw the signed-in pages too: every round, so the warm-up runs to its limit drawing them. With them in
     * its first 20 rounds only, a node settled in 23–52 s having drawn 100 pages, and in the first three minutes of 200
     * people's working day the JIT compiler's threads then took half the node's CPU and every request's p95 was 478 ms;
     * drawing them every round (1,060 pages in its 60 s) made those minutes' p95 120 ms (benchmarks/rounds/load.md,
     * 2026-12-01). A node warming up while the other takes everyone on the same cores runs to the limit either way
     * (docs/cluster.md). {@code -Dsafeguard.warmUp.signedInRounds} sets another number, for a benchmark's round.
     */
    private static final int SIGNED_IN_ROUNDS = Math.max(0, Integer.getInteger("safeguard.warmUp.signedInRounds",
            MOST_ROUNDS));

    /**
     * The case list in each of its orders, both ways, one drawn a round after the signed-in pages: each order is its
     * own query, and measured cold the list sorted by organisation was the slowest page of all (45 ms at p95, the
     * same list newest first 20 ms settled) while the warm-up drew only the first page.
     */
    static final List<String> LIST_ORDERS = Arrays.stream(CaseSort.Column.values())
            .flatMap(column -> Stream.of("asc", "desc").map(direction -> "officer/cases.xhtml?sort="
                    + column.name().toLowerCase(Locale.ROOT) + "&dir=" + direction))
            .toList();

    /** The header a warm-up's request for a signed-in page carries its token in. */
    static final String TOKEN_HEADER = "X-Safeguard-Warm-Up";
    /** The header every request of the warm-up's carries its mark in (random per node start, in memory only). */
    public static final String OWN_REQUEST_HEADER = "X-Safeguard-Warm-Up-Request";
    private final String ownRequestMark = freshToken();

    /** At most this many of the boards' models read into the engine's cache. */
    private static final int MOST_MODELS = 500;

    /** Password checks against the decoy hash, so that the first person's check is compiled code. */
    private static final int PASSWORD_CHECKS = 3;

    private final int seconds = Math.max(0, Integer.getInteger("safeguard.warmUp.seconds", 0));

    private final AtomicBoolean started = new AtomicBoolean();

    private volatile boolean finished;

    private volatile int requests;

    private volatile long tookMillis;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Processes processes;

    @Inject
    private ConcernRehearsal concern;

    private volatile int models;

    /** The board a concern was raised on and rolled back, once; null before, or when there was none to choose. */
    private volatile ConcernRehearsal.Stage concernRehearsedOn;

    private volatile int passwordChecks;

    /** Signed-in pages drawn for the warm-up (answered 200). */
    private volatile int signedInPages;

    /** Case pages drawn for the warm-up, each of a concern rehearsed and rolled back (answered 200). */
    private volatile int casePages;

    /**
     * Who the signed-in pages are drawn for, and the token a request for them must carry: both set only while this
     * node warms up, the token made afresh each time, kept in memory and sent only by this node to itself.
     */
    private record PagesPass(String token, Caller caller, ConcernRehearsal.Stage stage) {
    }

    private volatile PagesPass pagesPass;

    /**
     * Whether this node has warmed up (always, when warming up is off). The first call starts the warm-up against
     * {@code self}: the scheme, address and port the readiness check reached this node on.
     */
    public boolean warm(URI self) {
        if (seconds == 0 || finished) {
            return true;
        }
        if (started.compareAndSet(false, true)) {
            executor.submit(() -> run(self));
        }
        return false;
    }

    /** For the readiness answer: off, warming or warm, with the requests made and the time taken. */
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("status", seconds == 0 ? "OFF" : finished ? "WARM" : started.get() ? "WARMING" : "NOT_STARTED");
        if (seconds > 0) {
            status.put("models", models);
            status.put("passwordChecks", passwordChecks);
            status.put("concernRehearsed", concernRehearsedOn != null);
            status.put("signedInPages", signedInPages);
            status.put("casePages", casePages);
            status.put("requests", requests);
            status.put("millis", finished ? tookMillis : 0);
            status.put("mostSeconds", seconds);
        }
        return status;
    }

    private void run(URI self) {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        try {
            // The boards' models first (half the time at most, and half the engine's cache of 1,000 definitions):
            // otherwise the first step anyone takes on a board reads and parses its model.
            models = processes.loadModels(MOST_MODELS, Duration.ofSeconds(seconds).dividedBy(2));
            // A password checked for the first time (a sign-in, an API call with HTTP Basic) would first make the
            // decoy hash (210,000 rounds of PBKDF2) and then derive the key, both while the compiler has yet to
            // compile the hash's loop: in a rolling restart, the slowest request (2.5 s) was the first concern a
            // rejoined node took from a tool calling with Basic. Checked here against no one's hash (the decoy's):
            // nothing read, nothing written, always false.
            for (int i = 0; i < PASSWORD_CHECKS && System.nanoTime() < deadline; i++) {
                PasswordHashing.verify(("warm-up " + i).toCharArray(), null);
                passwordChecks++;
            }
            // The first concern a node took after it was put back took 1.6–2.1 s in a rolling restart (the case's
            // insert, its investigation's start and the chain met for the first time): raised once on the quietest
            // board and rolled back, nothing kept (ConcernRehearsal). A warm-up that cannot must not keep the node
            // out of service: said, and on.
            try {
                concernRehearsedOn = concern.rehearse().orElse(null);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The warm-up's concern was not rehearsed: {0}", e.toString());
            }
            String token = concernRehearsedOn == null ? null : openPages(new Caller("warm-up", "Warm-up",
                    concernRehearsedOn.tenantId(), EnumSet.of(Role.OFFICER, Role.SENIOR, Role.ADMIN), null),
                    concernRehearsedOn);
            // The public pages in one session, kept by its cookie: a page with a form opens a session, and without
            // it each request opened another, every one copied to the other nodes (a thousand in a cluster's start).
            // The signed-in pages in another, which the warm-up ends before it finishes.
            SSLContext tls = anyCertificateOnThisNode();
            HttpClient client = HttpClient.newBuilder().sslContext(tls).cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            HttpClient signedIn = HttpClient.newBuilder().sslContext(tls).cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            int settledRounds = 0;
            for (int round = 0; round < MOST_ROUNDS && System.nanoTime() < deadline && settledRounds < 2; round++) {
                long roundStart = System.nanoTime();
                long compiledBefore = compiler.getTotalCompilationTime();
                for (String path : ROUND) {
                    client.send(ask(self.resolve(path)).header("Accept-Language", round % 2 == 0 ? "en-GB" : "cy")
                            .GET().build(), HttpResponse.BodyHandlers.discarding());
                    requests++;
                }
                if (token != null && round < SIGNED_IN_ROUNDS) {
                    drawSignedInPages(signedIn, self, token, round);
                } else if (pagesPass != null) {
                    endSignedInPages(signedIn, self, token);
                }
                long roundMillis = Duration.ofNanos(System.nanoTime() - roundStart).toMillis();
                // Settled once the compiler's threads took under a tenth of a round (after the first ten rounds).
                boolean quiet = compiler.getTotalCompilationTime() - compiledBefore < roundMillis / 10;
                settledRounds = round >= 10 && quiet ? settledRounds + 1 : 0;
            }
            if (pagesPass != null) {
                endSignedInPages(signedIn, self, token);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // A warm-up that cannot reach its own node must not keep the node out of service: ready, and said.
            LOG.log(Level.WARNING, "The warm-up stopped after {0} requests: {1}",
                    new Object[] {requests, e.toString()});
        } finally {
            closePages();
            tookMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            finished = true;
            LOG.log(Level.INFO, "Warmed up: {0} models read, {1} password checks, a concern rehearsed on board {2}"
                    + " and rolled back, {3} requests ({4} signed-in pages drawn, {5} of them case pages of concerns"
                    + " rehearsed with them), in {6} ms", new Object[] {models, passwordChecks,
                            concernRehearsedOn == null ? "(none)" : concernRehearsedOn.tenantId(),
                            requests, signedInPages, casePages, String.valueOf(tookMillis)});
        }
    }

    /** Asks this node for each of the signed-in pages, with the token ({@link WarmUpPagesServlet} draws them). */
    private void drawSignedInPages(HttpClient client, URI self, String token, int round) throws Exception {
        List<String> pages = new ArrayList<>(SIGNED_IN_PAGES);
        pages.add(LIST_ORDERS.get(round % LIST_ORDERS.size()));
        pages.add(CASE_PAGE);
        for (String page : pages) {
            HttpResponse<Void> drawn = client.send(ask(self.resolve("warm-up/" + page)).header(TOKEN_HEADER, token)
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            requests++;
            if (drawn.statusCode() == 200) {
                signedInPages++;
                casePages += CASE_PAGE.equals(page) ? 1 : 0;
            }
        }
    }

    /**
     * Ends the session the signed-in pages were drawn in ({@link WarmUpPagesServlet#END}), and closes the pages: no
     * node keeps a session of the warm-up's.
     */
    private void endSignedInPages(HttpClient client, URI self, String token) throws Exception {
        try {
            client.send(ask(self.resolve("warm-up/" + WarmUpPagesServlet.END)).header(TOKEN_HEADER, token).GET()
                    .build(), HttpResponse.BodyHandlers.discarding());
            requests++;
        } finally {
            closePages();
        }
    }

    /** A request of the warm-up's to its own node, marked as its own so the request figures leave it out. */
    HttpRequest.Builder ask(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "Safeguard Cases warm-up").header(OWN_REQUEST_HEADER, ownRequestMark);
    }

    /**
     * Whether a request is the warm-up's own (its mark, from this host): the request figures count people's requests,
     * not the hundreds a node sends itself before it is ready.
     */
    public boolean ownRequest(String mark, boolean fromThisHost) {
        return fromThisHost && mark != null && MessageDigest.isEqual(ownRequestMark.getBytes(StandardCharsets.UTF_8),
                mark.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The caller a request for a signed-in page is drawn for: only while this node warms up, only for one of
     * {@link #SIGNED_IN_PAGES} (or {@link #CASE_PAGE} when a concern may be rehearsed for it), only with this warm-up's
     * token, and only from this host; empty otherwise.
     */
    Optional<Caller> callerForPage(String page, String token, boolean fromThisHost) {
        PagesPass pass = pagesPass;
        return pass != null && (SIGNED_IN_PAGES.contains(page) || CASE_PAGE.equals(page) && pass.stage() != null)
                && admits(token, fromThisHost)
                ? Optional.of(pass.caller()) : Optional.empty();
    }

    /**
     * The board and organisation a case page is drawn on ({@link #CASE_PAGE}): a concern raised there and rolled back
     * with its page; empty unless {@link #callerForPage} admits the same request.
     */
    Optional<ConcernRehearsal.Stage> stageForCasePage(String token, boolean fromThisHost) {
        PagesPass pass = pagesPass;
        return pass != null && pass.stage() != null && admits(token, fromThisHost) ? Optional.of(pass.stage())
                : Optional.empty();
    }

    /** Whether a request carries this warm-up's token, from this host, while the signed-in pages are open. */
    boolean admits(String token, boolean fromThisHost) {
        PagesPass pass = pagesPass;
        return pass != null && fromThisHost && token != null && MessageDigest.isEqual(
                pass.token().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Opens the signed-in pages to this warm-up, for {@code caller}, with case pages drawn of concerns rehearsed on
     * {@code stage} (none when null); the token its requests carry.
     */
    String openPages(Caller caller, ConcernRehearsal.Stage stage) {
        String token = freshToken();
        pagesPass = new PagesPass(token, caller, stage);
        return token;
    }

    private static String freshToken() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Closes the signed-in pages again: no token is taken after this. */
    void closePages() {
        pagesPass = null;
    }

    /**
     * The node calls only itself, at the address its readiness check arrived on, for pages anyone may open; its
     * certificate is the one it presents to everyone (self-signed on the demo), so it is not checked here.
     */
    private static SSLContext anyCertificateOnThisNode() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        // Extended, so that JSSE does not check the name either: the address is this node's own, not the certificate's.
        context.init(null, new TrustManager[] {new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        return context;
    }
}

package uk.safeguardcases.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import uk.safeguardcases.it.SharedDeployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.audit.ChainVerification;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.retention.RetentionPurge;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.TriageDecision;

/**
 * Benchmark, not a test (run with {@code mvn -B verify -Pbenchmark -Dit.test=PurgeBenchmark}; on PostgreSQL with
 * {@code benchmarks/purge.sh}): the retention purge of issue 14 on a board with 100,000 expired cases, and the
 * officer's case list while it runs.
 *
 * <p>Seeded on the board {@code chscb}, straight into the tables by JDBC (as {@link CaseListBenchmark}), the cases
 * ordered by the date they were raised:
 * <ul>
 * <li>{@code bench.cases} (100,000) <b>due</b> cases: closed, their "keep until" date passed, not held. Seven in ten
 * were closed at triage with no further action (kept the board's 12 months), three in ten after an investigation
 * (kept 10 years from the allegation). Each has one or two allegations, one evidence item with a 1.5 kB file and its
 * disclosure decision, the e-mails sent to its member (three after an investigation, one for half of those closed at
 * triage; kept in the outbox once sent), 5 or 7 timeline entries (chained into the board's audit chain with the
 * product's own {@link TimelineEntry#chained} hashing, so {@code TimelineService.verify} still checks the whole chain),
 * and (unless
 * {@code -Dbench.history=false}) the engine history of a finished process instance with the case's reference as its
 * business key: the deployed investigation model run to closure with no-op delegates (start, triage with no further
 * action), the smallest history a real case has.
 * <li>1 in 100 as many past their date but on legal hold, 1 in 20 closed but not yet due, and {@code bench.openCases}
 * (a tenth) open cases raised in the last six months, so the list has content. None of these may go.
 * </ul>
 * Then the officer's first case list page over HTTP, a GET every {@code bench.pauseMs} (50) ms: {@code bench.requests}
 * (200) of them before the purge; as many as fit while {@link RetentionPurge#removeDue} runs as the board's system
 * caller, exactly as the nightly job calls it; and {@code bench.requests} after. Reported: the database's plan for each
 * statement the purge runs per case, the purge's time, cases per second, the CPU per case, its rate over the run, where
 * its thread spent the time (stack samples every 20 ms), the next night's run with nothing due, the audit chain
 * verified afterwards, what stayed and what of the removed cases is left (fails if anything is), and the case list's
 * p50/p95/p99 before, during and after. The last lines are a table to paste into BENCHMARKS.md.
 *
 * <p>Settings are read on the client ({@code mvn ... -Dbench.cases=2000}) and shipped in the deployment, since the
 * benchmark itself runs in the server: {@code bench.cases}, {@code bench.openCases}, {@code bench.history},
 * {@code bench.requests}, {@code bench.warmUp}, {@code bench.pauseMs}, {@code bench.threads} (engine seeding).
 */
@ExtendWith(ArquillianExtension.class)
@SharedDeployment.OwnDeployment // measured on a deployment of its own, as the recorded figures were
class PurgeBenchmark {

    private static final String SETTINGS_FILE = "purge-benchmark.properties";
    private static final Properties SETTINGS = settings();
    private static final int CASES = setting("bench.cases", 100_000);
    private static final int OPEN_CASES = setting("bench.openCases", Math.max(100, CASES / 10));
    private static final int HELD_CASES = Math.max(1, CASES / 100);
    private static final int LATER_CASES = Math.max(1, CASES / 20);
    private static final boolean HISTORY = Boolean.parseBoolean(SETTINGS.getProperty("bench.history", "true"));
    private static final int REQUESTS = setting("bench.requests", 200);
    private static final int WARM_UP = setting("bench.warmUp", 200);
    private static final int PAUSE_MS = setting("bench.pauseMs", 50);
    private static final int THREADS = setting("bench.threads", 4);
    private static final int CHUNK = 500;
    private static final int SAMPLE_MS = 20;
    private static final int PROGRESS_SECONDS = 10;

    private static final String BOARD = "chscb";
    private static final String PREFIX = "CHSCB";
    private static final String OFFICER = BOARD + ".officer";
    private static final String SENIOR = BOARD + ".senior";
    private static final String BENCH_KEY = "bench-purge-model";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String[] FIRST = {"Alex", "Bryony", "Cai", "Dee", "Eli", "Fay", "Gus", "Hana", "Ifan", "Jo",
        "Kiran", "Lowri", "Mo", "Nia", "Owen", "Priya", "Rhys", "Sam", "Tomos", "Una", "Vik", "Wyn", "Yusuf", "Zoe"};
    private static final String[] LAST = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
        "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes",
        "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill"};
    private static final String[] OPEN_STATUSES = {"AWAITING_TRIAGE", "AWAITING_AUTHORISATION", "GATHERING_EVIDENCE",
        "GATHERING_EVIDENCE", "AWAITING_REMOVAL", "AWAITING_COOPERATION", "VERIFYING_REMOVAL", "DECIDING_OUTCOME",
        "AWAITING_HR_OUTCOME", "REFERRED_TO_HR"};
    private static final String[] SOURCES = {"MONITORING", "MONITORING", "MONITORING", "PUBLIC_COMPLAINT",
        "PUBLIC_COMPLAINT", "COLLEAGUE_REPORT", "COLLEAGUE_REPORT", "SELF_REPORT", "PRESS_ENQUIRY", "MANUAL"};
    private static final String[] CATEGORIES = {"CONFIDENTIALITY", "REPUTATION", "OFFENSIVE_CONTENT", "HARASSMENT",
        "IMAGES_WITHOUT_CONSENT", "CONTACT_WITH_SERVICE_USERS", "SPEAKING_WITHOUT_AUTHORITY", "OTHER"};
    private static final String[] PLATFORMS = {"FACEBOOK", "X_TWITTER", "INSTAGRAM", "TIKTOK", "SNAPCHAT", "LINKEDIN"};
    /** A saved page of about 1.5 kB: the evidence file every seeded case carries. */
    private static final String PAGE = "<html><body><article><p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing"
            + " elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ".repeat(11)
            + "</p></article></body></html>";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new java.io.File(System.getProperty("ear.file")));
        // The benchmark runs in the server, whose JVM does not see mvn's -D options: they travel in the deployment.
        Properties settings = new Properties();
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench."))
                .forEach(name -> settings.setProperty(name, System.getProperty(name)));
        StringWriter text = new StringWriter();
        try {
            settings.store(text, "PurgeBenchmark settings from the mvn command line");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ear.getAsType(WebArchive.class, "safeguard-web.war").addClasses(PurgeBenchmark.class, BenchHttp.class)
                .addAsResource(new StringAsset(text.toString()), SETTINGS_FILE);
        return ear;
    }

    @Inject
    private RetentionPurge purge;

    @Inject
    private TimelineService timeline;

    @Inject
    private ProcessEngine engine;

    @Resource
    private ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    private enum Kind { DUE, HELD, LATER, OPEN }

    /** One case to seed; {@code id} once inserted. */
    private static final class Seed {
        final Kind kind;
        final Instant raised;
        final boolean investigated;
        String reference;
        String name;
        long id;

        Seed(Kind kind, Instant raised, boolean investigated) {
            this.kind = kind;
            this.raised = raised;
            this.investigated = investigated;
        }

        boolean closed() {
            return kind != Kind.OPEN;
        }
    }

    @Test
    void theRetentionPurgeOfABoardsExpiredCasesWhileItsOfficerWorks() throws Exception {
        LocalDate today = LocalDate.now(UK);
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
        System.out.printf("%nBENCHMARK purge: board %s on %s, %d cores; seeding %,d due cases, %,d held,"
                + " %,d not yet due, %,d open; engine history %s%n", BOARD, database,
                Runtime.getRuntime().availableProcessors(), CASES, HELD_CASES, LATER_CASES, OPEN_CASES,
                HISTORY ? "for every closed case" : "none (-Dbench.history=false)");

        // 1. Seed.
        long seedStart = System.nanoTime();
        List<Seed> seeds = plan(today);
        Map<String, Long> rows = insert(seeds, today);
        double tablesSeconds = (System.nanoTime() - seedStart) / 1e9;
        long historyStart = System.nanoTime();
        String deployment = HISTORY ? engineHistory(seeds) : null;
        double historySeconds = (System.nanoTime() - historyStart) / 1e9;
        analyze();
        long chainBefore = count("select count(*) from timeline_entry where tenant_id = ?", BOARD);
        System.out.printf("BENCHMARK purge: seeded in %.1f s (tables %.1f s: %,d cases, %,d allegations, %,d evidence"
                + " items with files, %,d timeline entries, %,d sent e-mails; engine history %.1f s); the board's chain"
                + " now %,d entries%n", tablesSeconds + historySeconds, tablesSeconds, seeds.size(),
                rows.get("allegations"), rows.get("evidence"), rows.get("timeline"), rows.get("mail"), historySeconds,
                chainBefore);
        if (HISTORY) {
            System.out.printf("BENCHMARK purge: engine history of a due case: %s%n", historyRowsPerCase());
        }

        plans(seeds.stream().filter(s -> s.kind == Kind.DUE).findFirst().orElseThrow().id, today);

        // 2. The case list before.
        BenchHttp officer = BenchHttp.signedIn(OFFICER);
        String page = "officer/cases.xhtml";
        for (int i = 0; i < WARM_UP; i++) {
            officer.get(page);
        }
        List<Long> before = timedGets(officer, page, REQUESTS);

        // 3. The purge, with the case list requested all the while and the purge's thread sampled.
        AtomicBoolean purging = new AtomicBoolean(true);
        List<Long> during = Collections.synchronizedList(new ArrayList<>());
        Thread purgeThread = Thread.currentThread();
        Map<String, Integer> samples = new LinkedHashMap<>();
        List<long[]> progress = Collections.synchronizedList(new ArrayList<>());
        Future<?> listing = executor.submit((Callable<Void>) () -> {
            while (purging.get()) {
                long t0 = System.nanoTime();
                officer.get(page);
                long took = System.nanoTime() - t0;
                if (purging.get()) {
                    during.add(took);
                }
                Thread.sleep(PAUSE_MS);
            }
            return null;
        });
        long purgeStart = System.nanoTime();
        Future<?> observer = executor.submit((Callable<Void>) () -> {
            observe(purgeThread, purging, purgeStart, samples, progress);
            return null;
        });
        long cpuBefore = processCpuNanos();
        long threadCpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int removed;
        try {
            removed = CallerContext.runAs(Caller.system(BOARD), () -> purge.removeDue(today));
        } finally {
            purging.set(false);
        }
        long purgeNanos = System.nanoTime() - purgeStart;
        long cpuNanos = processCpuNanos() - cpuBefore;
        long threadCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpuBefore;
        listing.get();
        observer.get();

        // 4. The next night (nothing due), the case list after, the chain, and what stayed.
        long againStart = System.nanoTime();
        int again = CallerContext.runAs(Caller.system(BOARD), () -> purge.removeDue(today));
        double againMs = (System.nanoTime() - againStart) / 1e6;
        List<Long> after = timedGets(officer, page, REQUESTS);
        long verifyStart = System.nanoTime();
        ChainVerification chain = CallerContext.runAs(Caller.system(BOARD), () -> timeline.verify());
        double verifySeconds = (System.nanoTime() - verifyStart) / 1e9;
        Map<String, Long> left = leftBehind();
        if (deployment != null) {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }

        // 5. Report.
        double seconds = purgeNanos / 1e9;
        System.out.printf("BENCHMARK purge: removed %,d of %,d due cases in %.1f s: %.1f cases/s, %.2f ms a case;"
                + " CPU of the purge's thread %.2f ms a case (with an in-memory H2, the database's work too), of the"
                + " whole server %.2f ms a case (the case list's requests included)%n", removed, CASES, seconds,
                removed / seconds, seconds * 1000 / Math.max(1, removed), threadCpuNanos / 1e6 / Math.max(1, removed),
                cpuNanos / 1e6 / Math.max(1, removed));
        System.out.printf("BENCHMARK purge: rate over the run (cases/s in each %d s): %s%n", PROGRESS_SECONDS,
                rates(progress, purgeNanos, removed));
        int totalSamples = samples.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("BENCHMARK purge: where the purge's thread was (%,d stack samples, one every %d ms):%n",
                totalSamples, SAMPLE_MS);
        samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("BENCHMARK purge:   %5.1f%%  %s%n", 100.0 * e.getValue()
                        / Math.max(1, totalSamples), e.getKey()));
        System.out.printf("BENCHMARK purge: the next night's run (nothing due, %d removed): %.0f ms%n", again, againMs);
        System.out.printf("BENCHMARK purge: audit chain afterwards: %s, %,d entries checked in %.1f s%n",
                chain.intact() ? "intact" : "BROKEN (" + chain.problem() + ")", chain.entriesChecked(), verifySeconds);
        System.out.printf("BENCHMARK purge: what stayed: %d of %d held cases, %d of %d not yet due, %d of %d open;"
                + " left of the removed cases: %d allegations, %d evidence items (and disclosures), %d files,"
                + " %d historic process instances, %d timeline entries with their words%n",
                left.get("held"), HELD_CASES, left.get("later"), LATER_CASES, left.get("open"), OPEN_CASES,
                left.get("allegations"), left.get("evidence"), left.get("files"), left.get("history"),
                left.get("words"));
        String listLabel = "case list, first page, a GET every " + PAUSE_MS + " ms";
        System.out.printf("BENCHMARK %s, before the purge: %s%n", listLabel, stats(before));
        System.out.printf("BENCHMARK %s, during the purge: %s%n", listLabel, stats(during));
        System.out.printf("BENCHMARK %s, after the purge:  %s%n", listLabel, stats(after));

        System.out.printf("BENCHMARK%n");
        System.out.printf("BENCHMARK | figure | %s |%n", database);
        System.out.printf("BENCHMARK |---|---|%n");
        System.out.printf("BENCHMARK | seeding (%,d due + %,d other cases, children, chain%s) | %.0f s |%n", CASES,
                HELD_CASES + LATER_CASES + OPEN_CASES, HISTORY ? ", engine history" : "",
                tablesSeconds + historySeconds);
        System.out.printf("BENCHMARK | **purge of %,d expired cases** | **%.1f s** (%.1f min) |%n", removed, seconds,
                seconds / 60);
        System.out.printf("BENCHMARK | rate | %.1f cases/s, %.2f ms a case |%n", removed / seconds,
                seconds * 1000 / Math.max(1, removed));
        System.out.printf("BENCHMARK | CPU per case: the purge's thread / the whole server | %.2f / %.2f ms |%n",
                threadCpuNanos / 1e6 / Math.max(1, removed), cpuNanos / 1e6 / Math.max(1, removed));
        System.out.printf("BENCHMARK | case list before the purge, p50 / p95 / p99 | %s |%n", triple(before));
        System.out.printf("BENCHMARK | **case list during the purge**, p50 / p95 / p99 | %s |%n", triple(during));
        System.out.printf("BENCHMARK | case list after the purge, p50 / p95 / p99 | %s |%n", triple(after));
        System.out.printf("BENCHMARK | the next night's run, nothing due | %.0f ms |%n", againMs);
        System.out.printf("BENCHMARK | audit chain verified afterwards | %s, %,d entries, %.1f s |%n",
                chain.intact() ? "intact" : "broken", chain.entriesChecked(), verifySeconds);
        System.out.printf("BENCHMARK%n");

        if (removed != CASES || !chain.intact() || left.get("held") != HELD_CASES || left.get("later") != LATER_CASES
                || left.get("allegations") + left.get("evidence") + left.get("files") + left.get("history")
                + left.get("words") != 0) {
            throw new AssertionError("the purge did not do what it should (see the BENCHMARK lines): removed "
                    + removed + " of " + CASES + ", " + left + ", chain " + chain.intact());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Seeding

    /** Every case to seed, in the order they were raised, with its reference and member. */
    private static List<Seed> plan(LocalDate today) {
        Random random = new Random(14);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant todayStart = today.atStartOfDay(UK).toInstant();
        List<Seed> seeds = new ArrayList<>();
        for (Kind kind : List.of(Kind.DUE, Kind.HELD)) {
            int count = kind == Kind.DUE ? CASES : HELD_CASES;
            for (int i = 0; i < count; i++) {
                // Seven in ten closed at triage (kept 12 months after closing), raised 14 months to 6 years ago;
                // three in ten investigated (kept 10 years from the allegation), raised 10 to 13 years ago.
                boolean investigated = random.nextInt(10) < 3;
                Instant raised = investigated
                        ? between(random, todayStart.minus(Duration.ofDays(365 * 13)),
                                todayStart.minus(Duration.ofDays(365 * 10 + 40)))
                        : between(random, todayStart.minus(Duration.ofDays(365 * 6)),
                                todayStart.minus(Duration.ofDays(430)));
                seeds.add(new Seed(kind, raised, investigated));
            }
        }
        for (int i = 0; i < LATER_CASES; i++) {
            seeds.add(new Seed(Kind.LATER, between(random, now.minus(Duration.ofDays(180)),
                    now.minus(Duration.ofDays(30))), false));
        }
        for (int i = 0; i < OPEN_CASES; i++) {
            seeds.add(new Seed(Kind.OPEN, between(random, now.minus(Duration.ofDays(180)), now.minusSeconds(60)),
                    false));
        }
        seeds.sort(Comparator.comparing(s -> s.raised));
        Map<Integer, Integer> sequence = new HashMap<>();
        for (Seed seed : seeds) {
            int year = seed.raised.atZone(UK).getYear();
            // Six digits from 100001: never one of the demo's or the counter's own references.
            int n = sequence.merge(year, 1, Integer::sum);
            seed.reference = PREFIX + "-" + year + "-" + (100_000 + n);
            seed.name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        }
        return seeds;
    }

    private static Instant between(Random random, Instant from, Instant to) {
        return from.plusSeconds((long) (random.nextDouble() * Duration.between(from, to).getSeconds()));
    }

    /** The cases and their children by JDBC, a chunk of cases a transaction; answers how many rows of each. */
    private Map<String, Long> insert(List<Seed> seeds, LocalDate today) throws SQLException {
        Random random = new Random(42);
        long allegations = 0;
        long evidence = 0;
        long entries = 0;
        long messages = 0;
        try (Connection connection = dataSource.getConnection()) {
            List<Long> organisations = ids(connection, "parent_organisation");
            List<Long> clauses = ids(connection, "policy_clause");
            connection.setAutoCommit(false);
            try (PreparedStatement cases = connection.prepareStatement("insert into safeguarding_case (tenant_id,"
                    + " reference, subject_name, organisation_id, source, summary, status, raised_by, raised_at,"
                    + " occurred_at, content_url, triaged_by, triage_decision, harm_threshold_met, triage_note,"
                    + " authorised_by, decided_by, outcome, decision_findings, closure_reason, closed_at,"
                    + " retention_until, retention_basis, closure_summary, held_at, held_by, hold_reason)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement files = connection.prepareStatement("insert into evidence_file (tenant_id,"
                            + " content_sha256, content) values (?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement items = connection.prepareStatement("insert into evidence (tenant_id, case_id,"
                            + " url, platform, captured_text, file_id, file_name, content_type, file_size,"
                            + " content_sha256, captured_at, recorded_at, captured_by, capture_method,"
                            + " open_method_declared, number_in_case) values (?, ?, ?, ?, ?, ?, 'saved-page.html',"
                            + " 'text/html', ?, ?, ?, ?, ?, 'PUBLIC_PAGE_VIEWED', true, 1)",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement disclosures = connection.prepareStatement("insert into evidence_disclosure"
                            + " (evidence_id, tenant_id, shown_to_member, decided_by, decided_at)"
                            + " values (?, ?, ?, ?, ?)");
                    PreparedStatement allegationRows = connection.prepareStatement("insert into allegation"
                            + " (tenant_id, case_id, clause_id, category, severity, particulars, recorded_by,"
                            + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement mail = connection.prepareStatement("insert into outbox_message"
                            + " (tenant_id, case_id, kind, recipient, subject, body, created_at, attempts,"
                            + " next_attempt_at, sent_at) values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
                    PreparedStatement head = connection.prepareStatement(
                            "select last_seq, last_hash from timeline_head where tenant_id = ? for update");
                    PreparedStatement timelineRows = connection.prepareStatement("insert into timeline_entry"
                            + " (tenant_id, sequence_no, case_id, actor, action, detail, occurred_at, previous_hash,"
                            + " entry_hash, visibility, detail_digest, hash_format) values"
                            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 3)");
                    PreparedStatement moveHead = connection.prepareStatement(
                            "update timeline_head set last_seq = ?, last_hash = ? where tenant_id = ?")) {
                for (int from = 0; from < seeds.size(); from += CHUNK) {
                    List<Seed> chunk = seeds.subList(from, Math.min(seeds.size(), from + CHUNK));
                    // The cases.
                    for (Seed seed : chunk) {
                        caseRow(cases, seed, organisations.get(random.nextInt(organisations.size())), random, today);
                        cases.addBatch();
                    }
                    cases.executeBatch();
                    List<Long> caseIds = keys(cases, chunk.size());
                    for (int i = 0; i < chunk.size(); i++) {
                        chunk.get(i).id = caseIds.get(i);
                    }
                    // One evidence item each, with its file and whether the member is shown it.
                    List<byte[]> contents = new ArrayList<>();
                    for (Seed seed : chunk) {
                        byte[] content = ("<!-- saved from a post by " + seed.name + ", " + seed.reference + " -->"
                                + PAGE).getBytes(StandardCharsets.UTF_8);
                        contents.add(content);
                        files.setString(1, BOARD);
                        files.setString(2, sha256(content));
                        files.setBytes(3, content);
                        files.addBatch();
                    }
                    files.executeBatch();
                    List<Long> fileIds = keys(files, chunk.size());
                    for (int i = 0; i < chunk.size(); i++) {
                        Seed seed = chunk.get(i);
                        Instant captured = seed.raised.plus(Duration.ofHours(2));
                        items.setString(1, BOARD);
                        items.setLong(2, seed.id);
                        items.setString(3, "https://social.example/posts/" + seed.reference.toLowerCase(Locale.UK));
                        items.setString(4, PLATFORMS[random.nextInt(PLATFORMS.length)]);
                        items.setString(5, "A post by " + seed.name + ": \"not what the board expects\"");
                        items.setLong(6, fileIds.get(i));
                        items.setLong(7, contents.get(i).length);
                        items.setString(8, sha256(contents.get(i)));
                        items.setObject(9, utc(captured.minus(Duration.ofMinutes(10))));
                        items.setObject(10, utc(captured));
                        items.setString(11, OFFICER);
                        items.addBatch();
                    }
                    items.executeBatch();
                    List<Long> evidenceIds = keys(items, chunk.size());
                    for (int i = 0; i < chunk.size(); i++) {
                        disclosures.setLong(1, evidenceIds.get(i));
                        disclosures.setString(2, BOARD);
                        disclosures.setBoolean(3, true);
                        disclosures.setString(4, OFFICER);
                        disclosures.setObject(5, utc(chunk.get(i).raised.plus(Duration.ofHours(2))));
                        disclosures.addBatch();
                    }
                    disclosures.executeBatch();
                    evidence += chunk.size();
                    // One or two allegations each.
                    for (Seed seed : chunk) {
                        int count = random.nextInt(10) < 8 ? 1 : 2;
                        for (int a = 0; a < count; a++) {
                            allegationRows.setString(1, BOARD);
                            allegationRows.setLong(2, seed.id);
                            allegationRows.setLong(3, clauses.get(random.nextInt(clauses.size())));
                            allegationRows.setString(4, CATEGORIES[random.nextInt(CATEGORIES.length)]);
                            allegationRows.setString(5, random.nextBoolean() ? "LOW" : "MEDIUM");
                            allegationRows.setString(6, seed.name + " posted about a service user's family.");
                            allegationRows.setString(7, OFFICER);
                            allegationRows.setObject(8, utc(seed.raised.plus(Duration.ofHours(1))));
                            allegationRows.addBatch();
                            allegations++;
                        }
                    }
                    allegationRows.executeBatch();
                    // The e-mails sent about it (kept in the outbox once sent): an investigated case's member had
                    // the removal request, the outcome and the closure; half the members of a case closed at triage
                    // were told it was closed; most open cases' members have had a request.
                    for (Seed seed : chunk) {
                        List<String> notices = seed.investigated
                                ? List.of("REMOVAL_REQUESTED", "OUTCOME_DECIDED", "CASE_CLOSED")
                                : seed.closed() ? (random.nextBoolean() ? List.of("CASE_CLOSED") : List.<String>of())
                                : random.nextInt(10) < 7 ? List.of("REMOVAL_REQUESTED") : List.<String>of();
                        int n = 0;
                        for (String notice : notices) {
                            Instant sent = seed.raised.plus(Duration.ofDays(++n * 3L));
                            mail.setString(1, BOARD);
                            mail.setLong(2, seed.id);
                            mail.setString(3, notice);
                            mail.setString(4, seed.name.toLowerCase(Locale.UK).replace(' ', '.') + "@example.org");
                            mail.setString(5, "Your case " + seed.reference);
                            mail.setString(6, "Dear " + seed.name + ",\n\nWe are writing about your case "
                                    + seed.reference + ". " + PAGE.substring(24, 600));
                            mail.setObject(7, utc(sent));
                            mail.setObject(8, utc(sent));
                            mail.setObject(9, utc(sent.plusSeconds(2)));
                            mail.addBatch();
                            messages++;
                        }
                    }
                    mail.executeBatch();
                    // Their timeline entries, chained after the board's last entry as TimelineService chains them;
                    // the chain's head is locked until the chunk commits, as the product locks it per entry.
                    head.setString(1, BOARD);
                    long sequence;
                    String previous;
                    try (ResultSet last = head.executeQuery()) {
                        last.next();
                        sequence = last.getLong(1);
                        previous = last.getString(2);
                    }
                    for (Seed seed : chunk) {
                        for (Object[] line : timelineOf(seed)) {
                            AuditAction action = (AuditAction) line[0];
                            String actor = (String) line[1];
                            String detail = (String) line[2];
                            Instant at = ((Instant) line[3]).truncatedTo(ChronoUnit.MICROS);
                            TimelineEntry entry = TimelineEntry.chained(BOARD, ++sequence, previous, seed.id, actor,
                                    action.label(), detail, at, action.visibility());
                            timelineRows.setString(1, BOARD);
                            timelineRows.setLong(2, sequence);
                            timelineRows.setLong(3, seed.id);
                            timelineRows.setString(4, actor);
                            timelineRows.setString(5, action.label());
                            timelineRows.setString(6, detail);
                            timelineRows.setObject(7, utc(at));
                            timelineRows.setString(8, previous);
                            timelineRows.setString(9, entry.entryHash());
                            timelineRows.setString(10, action.visibility().name());
                            timelineRows.setString(11, sha256(detail.getBytes(StandardCharsets.UTF_8)));
                            timelineRows.addBatch();
                            previous = entry.entryHash();
                            entries++;
                        }
                    }
                    timelineRows.executeBatch();
                    moveHead.setLong(1, sequence);
                    moveHead.setString(2, previous);
                    moveHead.setString(3, BOARD);
                    moveHead.executeUpdate();
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return Map.of("allegations", allegations, "evidence", evidence, "timeline", entries, "mail", messages);
    }

    private static void caseRow(PreparedStatement insert, Seed seed, long organisation, Random random, LocalDate today)
            throws SQLException {
        Instant closed = seed.investigated ? seed.raised.plus(Duration.ofDays(30 + random.nextInt(90)))
                : seed.raised.plus(Duration.ofDays(3 + random.nextInt(18)));
        LocalDate keepUntil = seed.investigated ? seed.raised.atZone(UK).toLocalDate().plusYears(10)
                : closed.atZone(UK).toLocalDate().plusMonths(12);
        if ((seed.kind == Kind.DUE || seed.kind == Kind.HELD) && !keepUntil.isBefore(today)
                || seed.kind == Kind.LATER && !keepUntil.isAfter(today)) {
            throw new IllegalStateException("a seeded case's date is on the wrong side of today: " + keepUntil);
        }
        boolean isClosed = seed.closed();
        int p = 0;
        insert.setString(++p, BOARD);
        insert.setString(++p, seed.reference);
        insert.setString(++p, seed.name);
        insert.setLong(++p, organisation);
        insert.setString(++p, SOURCES[random.nextInt(SOURCES.length)]);
        insert.setString(++p, "A post by " + seed.name + " about a family the member works with, seen by a colleague.");
        insert.setString(++p, isClosed ? "CLOSED" : OPEN_STATUSES[random.nextInt(OPEN_STATUSES.length)]);
        insert.setString(++p, OFFICER);
        insert.setObject(++p, utc(seed.raised));
        insert.setObject(++p, utc(seed.raised.minus(Duration.ofDays(1))));
        insert.setString(++p, "https://social.example/posts/" + seed.reference.toLowerCase(Locale.UK));
        boolean triaged = isClosed;
        insert.setString(++p, triaged ? OFFICER : null);
        TriageDecision decision = seed.investigated ? TriageDecision.INVESTIGATE : TriageDecision.NO_FURTHER_ACTION;
        insert.setString(++p, triaged ? decision.name() : null);
        if (triaged) {
            insert.setBoolean(++p, false);
        } else {
            insert.setNull(++p, Types.BOOLEAN);
        }
        insert.setString(++p, triaged ? "Spoke to " + seed.name + "'s manager; see the post." : null);
        insert.setString(++p, seed.investigated ? SENIOR : null);
        insert.setString(++p, seed.investigated ? OFFICER : null);
        String outcome = seed.investigated ? (random.nextBoolean() ? "NO_BREACH" : "ADVICE_AND_GUIDANCE") : null;
        insert.setString(++p, outcome);
        insert.setString(++p, seed.investigated ? seed.name + " removed the post when asked; no further concern."
                : null);
        insert.setString(++p, isClosed ? (outcome == null ? "NO_FURTHER_ACTION" : outcome) : null);
        time(insert, ++p, isClosed ? closed : null);
        if (isClosed) {
            insert.setObject(++p, keepUntil);
        } else {
            insert.setNull(++p, Types.DATE);
        }
        insert.setString(++p, isClosed ? (seed.investigated ? "TEN_YEARS_FROM_ALLEGATION" : "CLOSED_AT_TRIAGE") : null);
        insert.setString(++p, isClosed ? "Closed: " + seed.name + "'s post was looked at and nothing more was needed."
                : null);
        boolean held = seed.kind == Kind.HELD;
        time(insert, ++p, held ? Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MICROS) : null);
        insert.setString(++p, held ? SENIOR : null);
        insert.setString(++p, held ? "Employment tribunal pending." : null);
    }

    /** The timeline a case of this kind has: action, actor, detail, when. */
    private static List<Object[]> timelineOf(Seed seed) {
        List<Object[]> lines = new ArrayList<>();
        Instant r = seed.raised;
        lines.add(new Object[] {AuditAction.CONCERN_RAISED, OFFICER, "Concern about " + seed.name, r});
        lines.add(new Object[] {AuditAction.ALLEGATION_RECORDED, OFFICER, seed.name
                + " posted about a service user's family.", r.plus(Duration.ofHours(1))});
        lines.add(new Object[] {AuditAction.EVIDENCE_CAPTURED, OFFICER, "Evidence 1: saved-page.html",
                r.plus(Duration.ofHours(2))});
        if (seed.closed()) {
            lines.add(new Object[] {AuditAction.TRIAGE_RECORDED, OFFICER, seed.investigated ? "Investigate"
                    : "No further action: spoke to " + seed.name + "'s manager", r.plus(Duration.ofDays(1))});
            if (seed.investigated) {
                lines.add(new Object[] {AuditAction.INVESTIGATION_AUTHORISED, SENIOR, "Authorised",
                        r.plus(Duration.ofDays(2))});
                lines.add(new Object[] {AuditAction.OUTCOME_DECIDED, OFFICER, seed.name + " removed the post when"
                        + " asked", r.plus(Duration.ofDays(29))});
            }
            lines.add(new Object[] {AuditAction.CASE_CLOSED, OFFICER, "Closed", r.plus(Duration.ofDays(
                    seed.investigated ? 30 : 3))});
        }
        return lines;
    }

    /**
     * Each closed case's process, finished: the board's deployed investigation model under another key with no-op
     * delegates (as {@link InvestigationBenchmark}'s "model alone"), started with the case's reference as business key
     * and triaged with no further action; its instance id then goes on the case, as the product keeps it.
     */
    private String engineHistory(List<Seed> seeds) throws Exception {
        ProcessDefinition deployed = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(InvestigationProcess.KEY).tenantIdIn(BOARD).latestVersion().singleResult();
        String xml;
        try (InputStream model = engine.getRepositoryService().getProcessModel(deployed.getId())) {
            xml = new String(model.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("<bpmn:process id=\"" + InvestigationProcess.KEY + "\"", "<bpmn:process id=\"" + BENCH_KEY
                            + "\"")
                    .replace("bpmnElement=\"" + InvestigationProcess.KEY + "\"", "bpmnElement=\"" + BENCH_KEY + "\"")
                    .replaceAll("camunda:delegateExpression=\"\\$\\{\\w+\\}\"", "camunda:expression=\"\\${null}\"");
        }
        String deployment = engine.getRepositoryService().createDeployment().tenantId(BOARD)
                .addString(BENCH_KEY + ".bpmn", xml).deploy().getId();
        List<Seed> closed = seeds.stream().filter(Seed::closed).toList();
        String[] instances = new String[closed.size()];
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(executor.submit((Callable<Void>) () -> {
                for (int i = thread; i < closed.size(); i += THREADS) {
                    Seed seed = closed.get(i);
                    String instance = engine.getRuntimeService().createProcessInstanceByKey(BENCH_KEY)
                            .processDefinitionTenantId(BOARD).businessKey(seed.reference)
                            .setVariable(InvestigationProcess.CASE_ID, seed.id).execute().getId();
                    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                            .taskDefinitionKey(InvestigationProcess.TRIAGE_TASK).singleResult().getId();
                    engine.getTaskService().setAssignee(task, OFFICER);
                    engine.getTaskService().complete(task, Map.of(InvestigationProcess.HARM_THRESHOLD_MET, false,
                            InvestigationProcess.TRIAGE_DECISION, TriageDecision.NO_FURTHER_ACTION.name()));
                    instances[i] = instance;
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                    "update safeguarding_case set process_instance_id = ? where id = ?")) {
                for (int i = 0; i < closed.size(); i++) {
                    update.setString(1, instances[i]);
                    update.setLong(2, closed.get(i).id);
                    update.addBatch();
                    if (i % 1000 == 999) {
                        update.executeBatch();
                        connection.commit();
                    }
                }
                update.executeBatch();
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        }
        long finished = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(BENCH_KEY)
                .finished().count();
        if (finished != closed.size()) {
            throw new IllegalStateException(finished + " of " + closed.size() + " seeded process instances finished");
        }
        return deployment;
    }

    /** How many rows of each engine history table one seeded case has (the first due case's). */
    private String historyRowsPerCase() throws SQLException {
        String instance;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select process_instance_id from"
                        + " safeguarding_case where tenant_id = ? and status = 'CLOSED' and held_at is null"
                        + " and process_instance_id is not null and retention_until < ? order by id")) {
            select.setString(1, BOARD);
            select.setObject(2, LocalDate.now(UK));
            select.setMaxRows(1);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                instance = row.getString(1);
            }
        }
        List<String> parts = new ArrayList<>();
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("act_hi_procinst", "proc_inst_id_");
        tables.put("act_hi_actinst", "proc_inst_id_");
        tables.put("act_hi_taskinst", "proc_inst_id_");
        tables.put("act_hi_varinst", "proc_inst_id_");
        tables.put("act_hi_identitylink", "root_proc_inst_id_");
        for (Map.Entry<String, String> table : tables.entrySet()) {
            parts.add(table.getKey() + " " + count("select count(*) from " + table.getKey() + " where "
                    + table.getValue() + " = ?", instance));
        }
        return String.join(", ", parts);
    }

    private void analyze() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement analyze = connection.createStatement()) {
            // Fresh statistics, as a production database would have after its nightly maintenance.
            analyze.execute("analyze");
        }
    }

    /**
     * The database's plan for each statement CaseRemoval runs per case (copied here, with a due case's id), and for
     * the purge's query for the next due cases: a scan of a whole table in a statement run once per case makes the
     * purge's time grow with the square of the board's size.
     */
    private void plans(long caseId, LocalDate today) throws SQLException {
        Map<String, String> statements = new LinkedHashMap<>();
        statements.put("safeguarding_case (the next due cases, RetentionPurge)", "select id from safeguarding_case"
                + " where tenant_id = '" + BOARD + "' and status = 'CLOSED' and removed_at is null"
                + " and held_at is null and retention_until <= date '" + today + "' and id > 0 order by id"
                + " fetch first 500 rows only");
        statements.put("evidence (its files)", "select file_id from evidence where case_id = " + caseId
                + " and file_id is not null");
        for (String table : List.of("sent_referral_pack", "outbox_message", "external_referral", "member_request",
                "referral", "allegation", "evidence")) {
            statements.put(table + " (delete)", "delete from " + table + " where case_id = " + caseId);
        }
        statements.put("evidence_disclosure (delete)", "delete from evidence_disclosure where evidence_id in"
                + " (select id from evidence where case_id = " + caseId + ")");
        statements.put("timeline_entry (erase)", "update timeline_entry set detail = '' where case_id = " + caseId
                + " and tenant_id = '" + BOARD + "'");
        try (Connection connection = dataSource.getConnection()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
            for (Map.Entry<String, String> statement : statements.entrySet()) {
                List<String> lines = new ArrayList<>();
                try (Statement explain = connection.createStatement();
                        ResultSet plan = explain.executeQuery("explain " + statement.getValue())) {
                    while (plan.next()) {
                        lines.add(plan.getString(1));
                    }
                }
                String text = String.join("\n", lines);
                String shown;
                if (h2) {
                    // H2 names the index or the table scan in a comment after each table.
                    List<String> parts = new ArrayList<>();
                    Matcher comment = Pattern.compile("/\\*\\s*(.*?)\\s*\\*/", Pattern.DOTALL).matcher(text);
                    while (comment.find()) {
                        parts.add(comment.group(1).replaceAll("\\s+", " "));
                    }
                    shown = String.join("; ", parts);
                } else {
                    shown = lines.stream().map(l -> l.replaceAll("\\s*\\(cost=[^)]*\\)", "").trim())
                            .filter(l -> !l.isEmpty()).collect(Collectors.joining(" | "));
                }
                String table = statement.getKey().split(" ")[0];
                System.out.printf("BENCHMARK purge: plan, %s, %,d rows: %s%n", statement.getKey(),
                        count("select count(*) from " + table), shown);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Watching the purge

    /**
     * Until the purge ends: every {@value #SAMPLE_MS} ms, what the purge's thread is doing (by the product's frames on
     * its stack); every {@value #PROGRESS_SECONDS} s, how many cases are removed so far.
     */
    private void observe(Thread purgeThread, AtomicBoolean purging, long start, Map<String, Integer> samples,
            List<long[]> progress) throws Exception {
        long nextProgress = start + PROGRESS_SECONDS * 1_000_000_000L;
        while (purging.get()) {
            Thread.sleep(SAMPLE_MS);
            StackTraceElement[] stack = purgeThread.getStackTrace();
            if (!purging.get()) {
                break;
            }
            synchronized (samples) {
                samples.merge(where(stack, purgeThread.getState()), 1, Integer::sum);
            }
            long now = System.nanoTime();
            if (now >= nextProgress) {
                nextProgress += PROGRESS_SECONDS * 1_000_000_000L;
                long removed = count("select count(*) from safeguarding_case where tenant_id = ?"
                        + " and removed_at is not null", BOARD);
                progress.add(new long[] {now - start, removed});
                System.out.printf("purge progress: %,d cases removed after %.0f s%n", removed, (now - start) / 1e9);
            }
        }
    }

    private static String where(StackTraceElement[] stack, Thread.State state) {
        boolean forget = false;
        boolean timelineEntry = false;
        boolean commit = false;
        boolean removal = false;
        boolean dueQuery = false;
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            String method = frame.getMethodName();
            if (type.endsWith(".EngineProcesses") && method.equals("forget")) {
                forget = true;
            } else if (type.endsWith(".TimelineService") && (method.equals("record") || method.equals("append"))) {
                timelineEntry = true;
            } else if (type.endsWith(".CaseRemoval") && method.equals("removeIfDue")) {
                removal = true;
            } else if (type.startsWith("com.arjuna") && (method.equals("commit") || method.equals("end"))
                    || type.contains("CMTTxInterceptor") && method.equals("endTransaction")) {
                commit = true;
            } else if (type.startsWith("org.hibernate.query") && method.equals("getResultList")) {
                dueQuery = true;
            }
        }
        String what;
        if (forget) {
            what = "engine history: Processes.forget (historic instance query by business key,"
                    + " deleteHistoricProcessInstancesIfExists)";
        } else if (timelineEntry) {
            what = "the removal's timeline entry: TimelineService.record (board's chain head locked, entry inserted)";
        } else if (removal) {
            what = "CaseRemoval's own statements (claim, find + refresh, 8 deletes, files, erase the timeline's words,"
                    + " blank the case)";
        } else if (commit) {
            what = "commit of the case's transaction (Hibernate flush incl. the chain head, the database commit)";
        } else if (dueQuery) {
            what = "finding the next due cases (RetentionPurge's batch query)";
        } else {
            what = "other (EJB calls, transaction begin, between cases)";
        }
        return state == Thread.State.RUNNABLE ? what : what + " [" + state + "]";
    }

    private static String rates(List<long[]> progress, long totalNanos, int removed) {
        List<String> rates = new ArrayList<>();
        long lastNanos = 0;
        long lastRemoved = 0;
        List<long[]> points = new ArrayList<>(progress);
        points.add(new long[] {totalNanos, removed});
        for (long[] point : points) {
            double seconds = (point[0] - lastNanos) / 1e9;
            if (seconds > 0.5) {
                rates.add(String.format("%.0f", (point[1] - lastRemoved) / seconds));
            }
            lastNanos = point[0];
            lastRemoved = point[1];
        }
        if (rates.size() > 40) {
            // A long run: every n-th, so the line stays readable.
            int step = (rates.size() + 39) / 40;
            List<String> fewer = new ArrayList<>();
            for (int i = 0; i < rates.size(); i += step) {
                fewer.add(rates.get(i));
            }
            fewer.add(rates.get(rates.size() - 1));
            return String.join(", ", fewer) + " (every " + step + "th interval)";
        }
        return String.join(", ", rates);
    }

    /** What the purge left: the cases that must stay, and anything of the removed cases that must not. */
    private Map<String, Long> leftBehind() throws SQLException {
        Map<String, Long> left = new LinkedHashMap<>();
        String removed = "(select id from safeguarding_case where tenant_id = '" + BOARD
                + "' and removed_at is not null)";
        left.put("held", count("select count(*) from safeguarding_case where tenant_id = ? and held_at is not null"
                + " and removed_at is null and reference like '" + PREFIX + "-____-1_____'", BOARD));
        left.put("later", count("select count(*) from safeguarding_case where tenant_id = ? and status = 'CLOSED'"
                + " and retention_until >= current_date and removed_at is null and reference like '" + PREFIX
                + "-____-1_____'", BOARD));
        left.put("open", count("select count(*) from safeguarding_case where tenant_id = ? and status <> 'CLOSED'"
                + " and removed_at is null and reference like '" + PREFIX + "-____-1_____'", BOARD));
        left.put("allegations", count("select count(*) from allegation where case_id in " + removed));
        left.put("evidence", count("select count(*) from evidence where case_id in " + removed));
        left.put("files", count("select count(*) from evidence_file f where f.tenant_id = ? and not exists"
                + " (select 1 from evidence e where e.file_id = f.id)", BOARD));
        left.put("history", count("select count(*) from act_hi_procinst h where h.business_key_ in (select reference"
                + " from safeguarding_case where tenant_id = ? and removed_at is not null)", BOARD));
        left.put("words", count("select count(*) from timeline_entry where case_id in " + removed
                + " and detail <> '' and action <> ?", AuditAction.CASE_REMOVED.label()));
        return left;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Small helpers

    private static Properties settings() {
        Properties settings = new Properties();
        try (InputStream in = PurgeBenchmark.class.getClassLoader().getResourceAsStream(SETTINGS_FILE)) {
            if (in != null) {
                settings.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench."))
                .forEach(name -> settings.putIfAbsent(name, System.getProperty(name)));
        return settings;
    }

    private static int setting(String name, int otherwise) {
        String value = SETTINGS.getProperty(name);
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.trim().replace("_", ""));
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<Long> ids(Connection connection, String table) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id from " + table + " where tenant_id = ? order by id")) {
            select.setString(1, BOARD);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The ids a batch of inserts generated (the id is each table's first column), one a row. */
    private static List<Long> keys(PreparedStatement statement, int expected) throws SQLException {
        List<Long> keys = new ArrayList<>();
        try (ResultSet generated = statement.getGeneratedKeys()) {
            while (generated.next()) {
                keys.add(generated.getLong(1));
            }
        }
        if (keys.size() != expected) {
            throw new IllegalStateException(keys.size() + " generated ids for a batch of " + expected);
        }
        return keys;
    }

    private static void time(PreparedStatement statement, int parameter, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(parameter, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(parameter, utc(instant));
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long processCpuNanos() throws Exception {
        return (Long) ManagementFactory.getPlatformMBeanServer()
                .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
    }

    private static List<Long> timedGets(BenchHttp client, String path, int count) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            client.get(path);
            times.add(System.nanoTime() - t0);
            Thread.sleep(PAUSE_MS);
        }
        return times;
    }

    private static String stats(List<Long> times) {
        return String.format("p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (%d GETs)", percentile(times, 50),
                percentile(times, 95), percentile(times, 99), percentile(times, 100), times.size());
    }

    private static String triple(List<Long> times) {
        return String.format("%.1f / %.1f / %.1f ms (%d GETs)", percentile(times, 50), percentile(times, 95),
                percentile(times, 99), times.size());
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}

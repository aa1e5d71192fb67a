package uk.safeguardcases.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import uk.safeguardcases.it.SharedDeployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.chaincheck.AuditChainChecks;
import uk.safeguardcases.application.audit.ChainCheckView;
import uk.safeguardcases.application.access.SubjectAccessGathering;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.work.WorkQueue;
import uk.safeguardcases.domain.access.SubjectAccessRequestDetails;
import uk.safeguardcases.domain.report.ReportPeriod;

/**
 * The national benchmarks (issue 18), not a test: {@code benchmarks/national.sh measure}, on the data set
 * {@code benchmarks/national.sh generate} made ({@link NationalDataSet}), kept as it is ({@code -Dit.db.keep=true}).
 * For City &amp; Hackney, the largest board (100,000 cases), each figure is the p95 (and p50, p99) of
 * {@code bench.requests} (200) requests after {@code bench.warmUp} (20 a variant) in the server's own JVM over
 * loopback, one at a time:
 * <ul>
 * <li>the officer's case list, every sort and every filter (target 50 ms); the dashboard (100 ms); "My tasks", the
 * work queue the dashboard shows (50 ms);</li>
 * <li>a case walked through the investigation to the referral, with 50 evidence items and 300 timeline entries: its
 * page (100 ms) and its referral pack as served to HR, the kept copy (150 ms);</li>
 * <li>the board's audit chain verified in full (60 s), then the nightly check from its checkpoint after a day's
 * entries (5 s);</li>
 * <li>the annual report for the last finished financial year beside the one before (2 s), and its PDF and
 * spreadsheet;</li>
 * <li>a subject access request for the member in 50 cases, gathered (2 s) and as the draft answer (PDF and JSON).</li>
 * </ul>
 * <p>
 * Settled by default: each figure is measured once its own requests have warmed the JIT up (below). <b>Cold</b>
 * ({@code benchmarks/national.sh measure-cold}, which gives the server {@code -Dbench.cold=true}): the server is started with the node's warm-up of the
 * runbook ({@code safeguard.warmUp.seconds=60}), the benchmark waits until {@code /api/health/ready} says ready, and
 * then times the same requests in the same order with no warm-up of its own: the first requests people would send
 * to a node just put into service (about 3,000 in all).
 */
@ExtendWith(ArquillianExtension.class)
@SharedDeployment.OwnDeployment // measured on a deployment of its own, as the recorded figures were
class NationalBenchmark {

    private static final String BOARD = "chscb";
    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 20);
    private static final int ANNUAL = Integer.getInteger("bench.annualRequests", 20);
    /** Only one part, to work on it without the rest: {@code -Dit.jvm.extra=-Dbench.only=annual} (or {@code list}, {@code case}). */
    private static final String ONLY = System.getProperty("bench.only", "");
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Cold: no warm-up of the benchmark's own, after the node said ready (see above). */
    private static final boolean COLD = Boolean.getBoolean("bench.cold");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("ear.file")));
        ear.getAsType(WebArchive.class, "safeguard-web.war").addClasses(NationalBenchmark.class, ReferredCase.class,
                BenchHttp.class);
        return ear;
    }

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private ReferredCase referredCase;

    @Inject
    private WorkQueue work;

    @Inject
    private AuditChainChecks chainChecks;

    @Inject
    private SubjectAccessRequests subjectAccess;

    @Test
    void aNationalDeployment() throws Exception {
        long clause;
        long organisation;
        try (Connection connection = dataSource.getConnection()) {
            long boards = single(connection, "select count(*) from board");
            if (boards < 160) {
                throw new IllegalStateException("No national data set here (" + boards + " boards):"
                        + " run benchmarks/national.sh generate first");
            }
            System.out.printf("BENCHMARK national | data set | %,d boards, %,d cases (%s: %,d), %,d timeline entries,"
                    + " %,d evidence items, %,d people; %d cores |%n", boards,
                    single(connection, "select count(*) from safeguarding_case"), BOARD,
                    single(connection, "select count(*) from safeguarding_case where tenant_id = '" + BOARD + "'"),
                    single(connection, "select count(*) from timeline_entry"),
                    single(connection, "select count(*) from evidence"),
                    single(connection, "select count(*) from person"), Runtime.getRuntime().availableProcessors());
            clause = single(connection, "select min(clause_id) from allegation where tenant_id = '" + BOARD + "'");
            organisation = single(connection, "select max(organisation_id) from safeguarding_case where tenant_id = '"
                    + BOARD + "'");
        }
        if (COLD) {
            untilReady();
        }
        BenchHttp officer = BenchHttp.signedIn("chscb.officer");

        if (ONLY.equals("annual")) {
            annualReport();
            return;
        }
        if (ONLY.equals("case")) {
            casePage(BenchHttp.signedIn("chscb.officer"));
            return;
        }
        // The case list: every sort and every filter.
        String month = LocalDate.now(UK).minusMonths(3).withDayOfMonth(1).toString();
        String monthEnd = LocalDate.now(UK).minusMonths(3).withDayOfMonth(28).toString();
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("first page (newest first)", "officer/cases.xhtml");
        variants.put("oldest first", "officer/cases.xhtml?sort=raised&dir=asc");
        variants.put("sorted by reference", "officer/cases.xhtml?sort=reference&dir=asc");
        variants.put("sorted by member", "officer/cases.xhtml?sort=member&dir=asc");
        variants.put("sorted by organisation", "officer/cases.xhtml?sort=organisation&dir=desc");
        variants.put("sorted by step", "officer/cases.xhtml?sort=step&dir=asc");
        variants.put("sorted by source", "officer/cases.xhtml?sort=source&dir=desc");
        variants.put("page 400, 100 a page", "officer/cases.xhtml?page=400&size=100");
        variants.put("filter: step (open)", "officer/cases.xhtml?step=AWAITING_TRIAGE");
        variants.put("filter: step (closed)", "officer/cases.xhtml?step=CLOSED");
        variants.put("filter: clause", "officer/cases.xhtml?clause=" + clause);
        variants.put("filter: organisation", "officer/cases.xhtml?org=" + organisation);
        variants.put("filter: source", "officer/cases.xhtml?source=PRESS_ENQUIRY");
        variants.put("filter: member name", "officer/cases.xhtml?member=patel");
        variants.put("filter: reference", "officer/cases.xhtml?ref=2021-1002");
        variants.put("filter: one month", "officer/cases.xhtml?from=" + month + "&to=" + monthEnd);
        variants.put("filter: step + source + clause", "officer/cases.xhtml?step=CLOSED&source=MONITORING&clause="
                + clause);
        int rounds = warmUp(() -> {
            for (String path : variants.values()) {
                officer.get(path);
            }
            return null;
        });
        List<Long> all = new ArrayList<>();
        for (Map.Entry<String, String> variant : variants.entrySet()) {
            List<Long> times = timed(REQUESTS, () -> officer.get(variant.getValue()));
            all.addAll(times);
            line("case list, " + variant.getKey(), new Timed(times, rounds * variants.size(), ""));
        }
        line("**case list, every variant** (target p95 40 ms)", new Timed(all, rounds * variants.size(), ""));
        if (ONLY.equals("list")) {
            return;
        }

        line("**dashboard** (target p95 100 ms)", warmedAndTimed(() -> officer.get("officer/dashboard.xhtml")));
        Caller officerCaller = referredCase.as("chscb.officer");
        int tasks = CallerContext.runAs(officerCaller, () -> work.myTasks()).size();
        line("**My tasks**, the officer's " + tasks + " (in the server, target p95 50 ms)",
                warmedAndTimed(() -> CallerContext.runAs(officerCaller, () -> work.myTasks())));

        annualReport();

        String ref = casePage(officer);
        String encoded = URLEncoder.encode(ref, StandardCharsets.UTF_8);
        BenchHttp hr = BenchHttp.signedIn("chscb.hr");
        line("**referral pack as served to HR**, the kept copy (target p95 150 ms)",
                warmedAndTimed(() -> hr.bytes("hr/referral-pack?ref=" + encoded)));
        line("referral pack as it would print now, assembled and rendered",
                warmedAndTimed(() -> officer.bytes("officer/referral-pack-current?ref=" + encoded)));

        // The audit chain: in full, then from the checkpoint after a day's entries.
        Caller admin = referredCase.as("chscb.admin");
        long verifyStart = System.nanoTime();
        ChainCheckView whole = CallerContext.runAs(admin, () -> chainChecks.checkNow());
        double wholeSeconds = (System.nanoTime() - verifyStart) / 1e9;
        System.out.printf("BENCHMARK national | **audit chain verified in full**, %,d entries (target 60 s) | %.1f s,"
                + " %s |%n", whole.entriesChecked(), wholeSeconds, whole.intact() ? "intact" : "BROKEN");
        for (int i = 0; i < 3; i++) {
            referredCase.withEvidenceAndTimeline(50, 100);
        }
        long nightStart = System.nanoTime();
        ChainCheckView night = CallerContext.runAs(Caller.system(BOARD), () -> chainChecks.checkNightly());
        double nightSeconds = (System.nanoTime() - nightStart) / 1e9;
        System.out.printf("BENCHMARK national | **nightly check from the checkpoint**, %,d entries since (target 5 s)"
                + " | %.2f s, %s |%n", night.entriesChecked(), nightSeconds, night.intact() ? "intact" : "BROKEN");

        // A subject access request for the member in fifty cases.
        String sar = CallerContext.runAs(officerCaller, () -> subjectAccess.record(new SubjectAccessRequestDetails(
                "Gwenllian ap Rhys-Fifty", "Gwenllian ap Rhys-Fifty", "chscb.national.fifty@example.org",
                LocalDate.now(UK), "chscb.officer", "Passport seen – “in person”")));
        SubjectAccessGathering.Disclosure disclosure = CallerContext.runAs(officerCaller,
                () -> subjectAccess.preview(sar));
        List<Long> gathered = timed(20, () -> CallerContext.runAs(officerCaller, () -> subjectAccess.preview(sar)));
        line("**subject access request gathered**, " + disclosure.cases() + " cases (target p95 2 s)", gathered);
        List<Long> drafted = timed(10, () -> CallerContext.runAs(officerCaller, () -> subjectAccess.draft(sar)));
        line("subject access draft answer (gathered, PDF and JSON zipped)", drafted);
        System.out.printf("BENCHMARK%n");

        if (!whole.intact() || !night.intact() || night.whole() || disclosure.cases() < 50) {
            throw new AssertionError("not what the data set should give: chain " + whole + ", night " + night
                    + ", subject access " + disclosure.cases() + " cases");
        }
    }

    /** A long case walked through the product to the referral, then its page timed; returns its reference. */
    private String casePage(BenchHttp officer) throws Exception {
        // A long case, walked through the product to the referral.
        long walkStart = System.nanoTime();
        String ref = referredCase.withEvidenceAndTimeline(50, 300);
        System.out.printf("BENCHMARK national | the long case %s walked to the referral | %.0f s |%n", ref,
                (System.nanoTime() - walkStart) / 1e9);
        String encoded = URLEncoder.encode(ref, StandardCharsets.UTF_8);
        line("**case page**, 50 evidence items and 300 entries (target p95 80 ms)",
                warmedAndTimed(() -> officer.get("officer/case.xhtml?ref=" + encoded)));
        String page = officer.get("officer/case.xhtml?ref=" + encoded);
        System.out.printf("BENCHMARK national | the case page's size | %,d characters |%n", page.length());
        if (!System.getProperty("bench.keepCasePage", "").isEmpty()) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("bench.keepCasePage")), page);
        }
        return ref;
    }

    private void annualReport() throws Exception {
        // The annual report (issue 42): the last finished financial year beside the one before, every figure counted
        // from the board's 100,000 cases on each request; then its PDF and spreadsheet.
        BenchHttp senior = BenchHttp.signedIn("chscb.senior");
        String year = ReportPeriod.lastFinishedFinancialYear(LocalDate.now(UK)).from().toString();
        String report = senior.get("annual/report.xhtml?from=" + year);
        if (!report.contains(year.substring(0, 4))) {
            throw new AssertionError("the annual report did not show the year " + year);
        }
        timed(3, () -> senior.get("annual/report.xhtml?from=" + year));
        line("**annual report**, the year from " + year + " beside the one before (target p95 2 s)",
                timed(ANNUAL, () -> senior.get("annual/report.xhtml?from=" + year)));
        line("annual report as PDF", timed(ANNUAL, () -> senior.bytes("annual/report.pdf?from=" + year)));
        line("annual report as a spreadsheet", timed(ANNUAL, () -> senior.bytes("annual/report.ods?from=" + year)));
    }

    /**
     * The figure once the JIT has finished with it: what a server running all day gives. A fixed 20 requests of
     * warm-up left the case page measured while the JVM's compilers still took as much CPU as the request itself
     * (JFR, 2026-11-27: compiler threads ~100 % of a core beside the request thread, on 2 cores). So: at least
     * {@link #WARM_UP} requests, then batches of 25 until the compilers spent under 5 % of a batch's time in two
     * batches running (the JVM's compilation bean), at most {@link #MAX_WARM_UP} requests or 150 s.
     * {@code -Dbench.warmUp.untilCompiled=false} gives the old fixed warm-up, to compare.
     */
    private static Timed warmedAndTimed(Callable<?> work) throws Exception {
        int warmedUp = warmUp(work);
        long[] before = collections();
        List<Long> nanos = timed(REQUESTS, work);
        long[] after = collections();
        return new Timed(nanos, warmedUp, String.format("; the garbage collector during them: %d collections, %d ms",
                after[0] - before[0], after[1] - before[1]));
    }

    /** A figure's times, the requests it took to warm up, and what else is said of its run. */
    private record Timed(List<Long> nanos, int warmedUp, String during) {
    }

    /** The collections the server's garbage collectors have made since it started, and their time in ms. */
    private static long[] collections() {
        long[] total = new long[2];
        for (java.lang.management.GarbageCollectorMXBean collector
                : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total[0] += Math.max(0, collector.getCollectionCount());
            total[1] += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    private static final int MAX_WARM_UP = Integer.getInteger("bench.maxWarmUp", 3000);
    private static final boolean UNTIL_COMPILED = !"false".equals(System.getProperty("bench.warmUp.untilCompiled"));

    private static int warmUp(Callable<?> work) throws Exception {
        if (COLD) {
            return 0;
        }
        timed(WARM_UP, work);
        java.lang.management.CompilationMXBean compilers = java.lang.management.ManagementFactory.getCompilationMXBean();
        if (!UNTIL_COMPILED || compilers == null || !compilers.isCompilationTimeMonitoringSupported()) {
            return WARM_UP;
        }
        int requests = WARM_UP;
        int quiet = 0;
        long until = System.nanoTime() + 150_000_000_000L;
        while (quiet < 2 && requests < MAX_WARM_UP && System.nanoTime() < until) {
            long compiledBefore = compilers.getTotalCompilationTime();
            long t0 = System.nanoTime();
            timed(25, work);
            requests += 25;
            double batchMillis = (System.nanoTime() - t0) / 1e6;
            quiet = compilers.getTotalCompilationTime() - compiledBefore < 0.05 * batchMillis ? quiet + 1 : 0;
        }
        return requests;
    }

    /** Waits, at most ten minutes, until the node says it is ready (its own warm-up done), and says how long. */
    private static void untilReady() throws Exception {
        BenchHttp anybody = BenchHttp.anonymous();
        long t0 = System.nanoTime();
        long until = t0 + 600_000_000_000L;
        while (true) {
            try {
                anybody.get("api/health/ready");
                break;
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("the node did not say ready within ten minutes", notYet);
                }
                Thread.sleep(1000);
            }
        }
        System.out.printf("BENCHMARK national | cold: the node said ready | after %.0f s of waiting (its warm-up) |%n",
                (System.nanoTime() - t0) / 1e9);
    }

    private static List<Long> timed(int times, Callable<?> work) throws Exception {
        Times nanos = new Times();
        java.lang.management.CompilationMXBean compilers = java.lang.management.ManagementFactory.getCompilationMXBean();
        boolean compiling = compilers != null && compilers.isCompilationTimeMonitoringSupported();
        for (int i = 0; i < times; i++) {
            long[] collected = collections();
            long compiled = compiling ? compilers.getTotalCompilationTime() : 0;
            long t0 = System.nanoTime();
            work.call();
            nanos.add(System.nanoTime() - t0);
            nanos.collecting.add(collections()[1] - collected[1]);
            nanos.compiling.add(compiling ? compilers.getTotalCompilationTime() - compiled : 0);
        }
        return nanos;
    }

    /**
     * A figure's times, and beside each request what the server's garbage collectors (ms paused) and its JIT
     * compilers (ms of their threads' time, on the other core or this one) did while it ran: a slow request's
     * likeliest neighbours on two cores.
     */
    private static final class Times extends ArrayList<Long> {
        private final List<Long> collecting = new ArrayList<>();
        private final List<Long> compiling = new ArrayList<>();
    }

    private static void line(String what, Timed timed) {
        line(what, timed.nanos(), ", after " + timed.warmedUp() + " to warm up" + timed.during());
    }

    private static void line(String what, List<Long> nanos) {
        line(what, nanos, "");
    }

    private static void line(String what, List<Long> nanos, String warmUp) {
        System.out.printf("BENCHMARK national | %s | p50 %.1f ms, **p95 %.1f ms**, p99 %.1f ms (%d%s)%s |%n", what,
                percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), nanos.size(), warmUp,
                slowest(nanos));
    }

    /**
     * Where the figure's ten slowest requests fell in its run (1 its first request): first in a run, the figure met
     * something for the first time; spread out, it did not. Each with the collectors' pause and the compilers' time
     * during it, when the run kept them ("gc", "jit", ms): a settled figure's tail is then the collector, the
     * compilers, or neither.
     */
    private static String slowest(List<Long> nanos) {
        Times times = nanos instanceof Times kept ? kept : null;
        return IntStream.range(0, nanos.size()).boxed()
                .sorted((a, b) -> Long.compare(nanos.get(b), nanos.get(a))).limit(10).sorted()
                .map(i -> String.format(" #%d %.0f", i + 1, nanos.get(i) / 1e6) + (times == null ? ""
                        : String.format(" (gc %d, jit %d)", times.collecting.get(i), times.compiling.get(i))))
                .collect(Collectors.joining(",", "; the ten slowest (request, ms):", ""));
    }

    private static double percentile(List<Long> nanos, int percentile) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}

package uk.safeguardcases.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
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
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.retention.RetentionPurge;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * The retention purge at national scale (issue 18), not a test: {@code benchmarks/national.sh purge}, on the data set
 * {@code benchmarks/national.sh generate} made. <b>It removes the cases it purges</b>: generate the data set again
 * before measuring anything else on it.
 *
 * <p>The oldest {@code 100,000} closed cases of the whole database (the first of its ten years, across every board,
 * City &amp; Hackney's among them) are made due: their "keep until" date set to yesterday, the table then vacuumed (as
 * it would have been many times since their dates were set, when they closed). Then each board's purge
 * runs as its nightly job runs it ({@link RetentionPurge#removeDue} as the board's system caller), board after
 * board, while City &amp; Hackney's officer asks for the first page of the case list every 50 ms. Reported: the
 * purge's time and rate, the case list's p50/p95/p99 before, during and after, that nothing due is left, and City
 * &amp; Hackney's audit chain verified in full afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@SharedDeployment.OwnDeployment // measured on a deployment of its own, as the recorded figures were
class NationalPurgeBenchmark {

    private static final String BOARD = "chscb";
    private static final int DUE = 100_000;
    private static final int REQUESTS = 200;
    private static final int WARM_UP = 50;
    private static final int PAUSE_MS = 50;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String PAGE = "officer/cases.xhtml";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("ear.file")));
        ear.getAsType(WebArchive.class, "safeguard-web.war").addClasses(NationalPurgeBenchmark.class, BenchHttp.class);
        return ear;
    }

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private RetentionPurge purge;

    @Inject
    private AuditChainChecks chainChecks;

    @Inject
    private PeopleDirectory people;

    @Test
    void purgingAHundredThousandExpiredCases() throws Exception {
        LocalDate today = LocalDate.now(UK);
        Map<String, Integer> dueByBoard = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            long boards = single(connection, "select count(*) from board");
            if (boards < 160) {
                throw new IllegalStateException("No national data set here (" + boards + " boards):"
                        + " run benchmarks/national.sh generate first");
            }
            try (PreparedStatement due = connection.prepareStatement("update safeguarding_case set retention_until = ?"
                    + " where id in (select id from safeguarding_case where status = 'CLOSED' and removed_at is null"
                    + " and held_at is null order by raised_at, id limit " + DUE + ")")) {
                due.setObject(1, today.minusDays(1));
                System.out.printf("BENCHMARK national purge | cases made due | %,d |%n", due.executeUpdate());
            }
            // A case's date is set when it closes, years before it falls due, and the table vacuumed many times
            // since: as here, rather than a table with 100,000 rows just rewritten.
            try (Statement vacuum = connection.createStatement()) {
                vacuum.execute("vacuum analyze safeguarding_case");
            }
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                    "select tenant_id, count(*) from safeguarding_case where status = 'CLOSED' and removed_at is null"
                            + " and held_at is null and retention_until <= current_date group by tenant_id"
                            + " order by count(*) desc")) {
                while (rows.next()) {
                    dueByBoard.put(rows.getString(1), rows.getInt(2));
                }
            }
            System.out.printf("BENCHMARK national purge | due | %,d cases over %d boards (%s: %,d; %,d cases in the"
                    + " database) |%n", dueByBoard.values().stream().mapToInt(Integer::intValue).sum(),
                    dueByBoard.size(), BOARD, dueByBoard.getOrDefault(BOARD, 0),
                    single(connection, "select count(*) from safeguarding_case"));
        }

        BenchHttp officer = BenchHttp.signedIn("chscb.officer");
        timed(officer, WARM_UP);
        List<Long> before = timed(officer, REQUESTS);

        AtomicBoolean purging = new AtomicBoolean(true);
        List<Long> during = Collections.synchronizedList(new ArrayList<>());
        Future<?> listing = executor.submit((Callable<Void>) () -> {
            while (purging.get()) {
                long t0 = System.nanoTime();
                officer.get(PAGE);
                long took = System.nanoTime() - t0;
                if (purging.get()) {
                    during.add(took);
                }
                Thread.sleep(PAUSE_MS);
            }
            return null;
        });
        long start = System.nanoTime();
        int removed = 0;
        try {
            for (String board : dueByBoard.keySet()) {
                removed += CallerContext.runAs(Caller.system(board), () -> purge.removeDue(today));
            }
        } finally {
            purging.set(false);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        listing.get();
        List<Long> after = timed(officer, REQUESTS);

        long left;
        try (Connection connection = dataSource.getConnection()) {
            left = single(connection, "select count(*) from safeguarding_case where status = 'CLOSED'"
                    + " and removed_at is null and held_at is null and retention_until <= current_date");
        }
        long verifyStart = System.nanoTime();
        ChainCheckView chain = CallerContext.runAs(people.callerFor("chscb.admin").orElseThrow(),
                () -> chainChecks.checkNow());
        double verifySeconds = (System.nanoTime() - verifyStart) / 1e9;

        System.out.printf("BENCHMARK national purge | **purge of %,d expired cases** over %d boards, board after board"
                + " (target 10 min) | %.1f s (%.1f min), %.0f cases/s |%n", removed, dueByBoard.size(), seconds,
                seconds / 60, removed / seconds);
        line("case list before the purge", before);
        line("**case list during the purge** (target p95 100 ms)", during);
        line("case list after the purge", after);
        System.out.printf("BENCHMARK national purge | due cases left | %,d |%n", left);
        System.out.printf("BENCHMARK national purge | %s's audit chain verified afterwards | %,d entries in %.1f s, %s |%n",
                BOARD, chain.entriesChecked(), verifySeconds, chain.intact() ? "intact" : "BROKEN");
        if (left != 0 || removed < DUE || !chain.intact()) {
            throw new AssertionError("the purge left " + left + " due cases, removed " + removed + ", chain " + chain);
        }
    }

    private static List<Long> timed(BenchHttp officer, int times) throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            officer.get(PAGE);
            nanos.add(System.nanoTime() - t0);
        }
        return nanos;
    }

    private static void line(String what, List<Long> nanos) {
        System.out.printf("BENCHMARK national purge | %s | p50 %.1f ms, **p95 %.1f ms**, p99 %.1f ms (%,d GETs) |%n",
                what, percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), nanos.size());
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

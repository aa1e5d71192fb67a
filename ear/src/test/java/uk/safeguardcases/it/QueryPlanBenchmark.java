package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * Issue 61, "Translate each query once": the case page, the case list and the dashboard opened by a board's officer,
 * each {@code bench.requests} times (200) after {@code bench.warmUp} (50), first with Hibernate's statistics off for
 * the server's time per page (p50, p95), then again with them on for what Hibernate did per page: the SQL selects it
 * translated from a SQL AST ({@link SqlTranslations}: every translation of a query or a loader; none when a query's
 * plan comes from the cache), its statistics' query plan cache hits and misses
 * (one hit for each query string found parsed, a second for each plan found translated), and how many plans the cache
 * holds. Then every query the pages ran, with its executions and cache hits. A measurement, not a test: written to
 * {@code target/query-plans.txt}. See benchmarks/rounds/query-plans.md.
 */
@ExtendWith(ArquillianExtension.class)
class QueryPlanBenchmark {

    private static final Logger LOG = Logger.getLogger(QueryPlanBenchmark.class.getName());
    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 50);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(QueryPlanBenchmark.class, SqlTranslations.class);
    }

    @PersistenceUnit(unitName = "safeguard")
    private EntityManagerFactory factory;

    @Test
    void translatesEachPagesQueries() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        for (int i = 0; i < 30; i++) {
            String ref = CaseFixtures.raise(board.id(), "Gwyn ap Rhys " + i,
                    "A parent’s complaint about a post on “Cymuned Caerdydd” (" + i + ").");
            if (i % 3 == 0) {
                CaseFixtures.triage(board.id(), ref, false);
                CaseFixtures.allege(board.id(), ref, i % 5, "A post naming a child met through work.");
            }
        }
        String ref = CaseFixtures.a(board.id()).about("Siân Ll. Pritchard")
                .alleging("A photograph of a child’s “first day at Ysgol Gymraeg Bro Taf”.")
                .withEvidence(CaseFixtures.textPost("A public post by Siân, with a family at the centre."))
                .gathered("Public posts captured.").at(CaseStatus.AWAITING_COOPERATION).reference();
        Browser officer = CaseFixtures.signedIn(board.officer());
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("case page", "officer/case.xhtml?ref=" + ref);
        pages.put("case list", "officer/cases.xhtml");
        pages.put("dashboard", "officer/dashboard.xhtml");

        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        boolean wasOn = statistics.isStatisticsEnabled();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%d requests a page after %d to warm up; load %s", REQUESTS, WARM_UP, load()));
        lines.add(String.format("%-10s %9s %9s %12s %10s %10s %15s %12s", "page", "p50 ms", "p95 ms",
                "queries/req", "hits/req", "miss/req", "translated/req", "plans held"));
        QueryInterpretationCache plans = factory.unwrap(SessionFactoryImplementor.class).getQueryEngine()
                .getInterpretationCache();
        try {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                statistics.setStatisticsEnabled(false);
                for (int i = 0; i < WARM_UP; i++) {
                    assertEquals(200, officer.open(page.getValue()).status(), page.getValue());
                }
                long[] took = new long[REQUESTS];
                for (int i = 0; i < REQUESTS; i++) {
                    long start = System.nanoTime();
                    assertEquals(200, officer.open(page.getValue()).status(), page.getValue());
                    took[i] = System.nanoTime() - start;
                }
                Arrays.sort(took);
                statistics.clear();
                statistics.setStatisticsEnabled(true);
                long translated;
                try (SqlTranslations counting = new SqlTranslations()) {
                    for (int i = 0; i < REQUESTS; i++) {
                        officer.open(page.getValue());
                    }
                    translated = counting.count();
                }
                statistics.setStatisticsEnabled(false);
                long executions = statistics.getQueryExecutionCount();
                long hits = statistics.getQueryPlanCacheHitCount();
                long misses = statistics.getQueryPlanCacheMissCount();
                lines.add(String.format("%-10s %9.2f %9.2f %12.1f %10.1f %10.1f %15.1f %12d", page.getKey(),
                        took[REQUESTS / 2] / 1e6, took[REQUESTS * 95 / 100] / 1e6, executions / (double) REQUESTS,
                        hits / (double) REQUESTS, misses / (double) REQUESTS, translated / (double) REQUESTS,
                        plans.getNumberOfCachedQueryPlans()));
                List<String> queries = new ArrayList<>(List.of(statistics.getQueries()));
                queries.sort(Comparator.comparing((String q) -> statistics.getQueryStatistics(q).getExecutionCount())
                        .reversed());
                for (String query : queries) {
                    QueryStatistics each = statistics.getQueryStatistics(query);
                    lines.add(String.format("    %6d executed, %6d plan hits, %4d misses: %s",
                            each.getExecutionCount(), each.getPlanCacheHitCount(), each.getPlanCacheMissCount(),
                            query.length() > 160 ? query.substring(0, 160) + "…" : query));
                }
            }
        } finally {
            statistics.setStatisticsEnabled(wasOn);
        }
        String report = String.join("\n", lines);
        LOG.info(() -> "Query plans per page:\n" + report);
        Files.writeString(Path.of("target", "query-plans.txt"), report + "\n");
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}

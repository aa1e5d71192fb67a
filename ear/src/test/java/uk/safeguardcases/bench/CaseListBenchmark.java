package uk.safeguardcases.bench;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import uk.safeguardcases.it.SharedDeployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (run with {@code mvn -B verify -Pbenchmark -Dit.test=CaseListBenchmark}): 100,000
 * cases over the four boards (written straight into the tables, with their allegations), then an officer's
 * case list over HTTP: the time to the full response of N GETs of the first page and of sorted and filtered
 * pages, as p50/p95/p99. Target: p95 at most 50 ms.
 */
@ExtendWith(ArquillianExtension.class)
@SharedDeployment.OwnDeployment // measured on a deployment of its own, as the recorded figures were
class CaseListBenchmark {

    private static final int CASES = Integer.getInteger("bench.cases", 100_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 20);
    private static final List<String> BOARDS = List.of("chscb", "nscb", "cwmtaf", "lscb");
    private static final Map<String, String> PREFIXES = Map.of("chscb", "CHSCB", "nscb", "NSCB", "cwmtaf", "CTSB",
            "lscb", "LSCB");
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String[] FIRST = {"Alex", "Bryony", "Cai", "Dee", "Eli", "Fay", "Gus", "Hana", "Ifan", "Jo",
        "Kiran", "Lowri", "Mo", "Nia", "Owen", "Priya", "Rhys", "Sam", "Tomos", "Una", "Vik", "Wyn", "Yusuf", "Zoe"};
    private static final String[] LAST = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
        "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes",
        "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill"};
    /** Weighted like a board's caseload: most cases are closed, a few at each open step. */
    private static final String[] STATUSES = {"CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED",
        "AWAITING_TRIAGE", "AWAITING_AUTHORISATION", "GATHERING_EVIDENCE", "GATHERING_EVIDENCE", "AWAITING_REMOVAL",
        "AWAITING_COOPERATION", "VERIFYING_REMOVAL", "DECIDING_OUTCOME", "AWAITING_HR_OUTCOME", "REFERRED_TO_HR"};
    private static final String[] SOURCES = {"MONITORING", "MONITORING", "MONITORING", "PUBLIC_COMPLAINT",
        "PUBLIC_COMPLAINT", "COLLEAGUE_REPORT", "COLLEAGUE_REPORT", "SELF_REPORT", "PRESS_ENQUIRY", "MANUAL"};
    private static final String[] CATEGORIES = {"CONFIDENTIALITY", "REPUTATION", "OFFENSIVE_CONTENT", "HARASSMENT",
        "IMAGES_WITHOUT_CONSENT", "CONTACT_WITH_SERVICE_USERS", "SPEAKING_WITHOUT_AUTHORITY", "OTHER"};

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new java.io.File(System.getProperty("ear.file")));
        ear.getAsType(WebArchive.class, "safeguard-web.war").addClasses(CaseListBenchmark.class, BenchHttp.class);
        return ear;
    }

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Test
    void theCaseListOfABoardAmongOneHundredThousandCases() throws Exception {
        long loadStart = System.nanoTime();
        Map<String, Long> firstClause = new HashMap<>();
        Map<String, Long> someOrganisation = new HashMap<>();
        int allegations = insertCases(firstClause, someOrganisation);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.out.printf("%nBENCHMARK case list: %d cases and %d allegations over %d boards inserted in %.1f s;"
                + " %d cores%n", CASES, allegations, BOARDS.size(), loadSeconds,
                Runtime.getRuntime().availableProcessors());

        BenchHttp officer = BenchHttp.signedIn("chscb.officer");
        String month = LocalDate.now(UK).minusMonths(3).withDayOfMonth(1).toString();
        String monthEnd = LocalDate.now(UK).minusMonths(3).withDayOfMonth(28).toString();
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("first page (newest first)", "officer/cases.xhtml");
        variants.put("sorted by reference", "officer/cases.xhtml?sort=reference&dir=asc");
        variants.put("sorted by member", "officer/cases.xhtml?sort=member&dir=asc");
        variants.put("sorted by organisation", "officer/cases.xhtml?sort=organisation&dir=desc");
        variants.put("page 40 of 100 a page", "officer/cases.xhtml?page=40&size=100");
        variants.put("filter: step", "officer/cases.xhtml?step=GATHERING_EVIDENCE");
        variants.put("filter: clause", "officer/cases.xhtml?clause=" + firstClause.get("chscb"));
        variants.put("filter: organisation", "officer/cases.xhtml?org=" + someOrganisation.get("chscb"));
        variants.put("filter: source", "officer/cases.xhtml?source=PRESS_ENQUIRY");
        variants.put("filter: member name", "officer/cases.xhtml?member=patel");
        variants.put("filter: reference", "officer/cases.xhtml?ref=2025-012");
        variants.put("filter: one month", "officer/cases.xhtml?from=" + month + "&to=" + monthEnd);
        variants.put("filter: step + source + clause", "officer/cases.xhtml?step=CLOSED&source=MONITORING&clause="
                + firstClause.get("chscb"));
        // Warm-up: every variant a few times, so that no variant pays for the JIT compiling the others' code.
        for (int round = 0; round < WARM_UP; round++) {
            for (String path : variants.values()) {
                officer.get(path);
            }
        }
        List<Long> all = new ArrayList<>();
        for (Map.Entry<String, String> variant : variants.entrySet()) {
            int bytes = officer.get(variant.getValue()).length();
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                long t0 = System.nanoTime();
                officer.get(variant.getValue());
                times.add(System.nanoTime() - t0);
            }
            all.addAll(times);
            System.out.printf("BENCHMARK case list, %-32s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d GETs, %d kB)%n",
                    variant.getKey() + ":", percentile(times, 50), percentile(times, 95), percentile(times, 99),
                    REQUESTS, bytes / 1024);
        }
        System.out.printf("BENCHMARK case list, %-32s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", "all variants:",
                percentile(all, 50), percentile(all, 95), percentile(all, 99));
        long csvStart = System.nanoTime();
        String csv = officer.get("officer/cases.csv");
        System.out.printf("BENCHMARK CSV export of the whole board (%d rows): %.0f ms%n",
                csv.lines().count() - 1, (System.nanoTime() - csvStart) / 1e6);
        long dashboardStart = System.nanoTime();
        List<Long> dashboard = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            officer.get("officer/dashboard.xhtml");
            dashboard.add(System.nanoTime() - t0);
        }
        System.out.printf("BENCHMARK dashboard (20 GETs, %.1f s): p50 %.1f ms, p95 %.1f ms%n%n",
                (System.nanoTime() - dashboardStart) / 1e9, percentile(dashboard, 50), percentile(dashboard, 95));
    }

    /** JDBC batches straight into the tables: the process engine plays no part in a list. */
    private int insertCases(Map<String, Long> firstClause, Map<String, Long> someOrganisation) throws SQLException {
        Random random = new Random(42);
        Instant now = Instant.now();
        long twoYears = Duration.ofDays(730).getSeconds();
        int allegations = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (String board : BOARDS) {
                List<Long> organisations = ids(connection, "parent_organisation", board);
                List<Long> clauses = ids(connection, "policy_clause", board);
                firstClause.put(board, clauses.get(0));
                someOrganisation.put(board, organisations.get(1));
                int perBoard = CASES / BOARDS.size();
                List<Instant> raised = new ArrayList<>();
                for (int i = 0; i < perBoard; i++) {
                    raised.add(now.minusSeconds((long) (random.nextDouble() * twoYears)));
                }
                Collections.sort(raised);
                Map<Integer, Integer> sequence = new HashMap<>();
                try (PreparedStatement insert = connection.prepareStatement("insert into safeguarding_case (tenant_id,"
                        + " reference, subject_name, organisation_id, source, summary, status, raised_by, raised_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < perBoard; i++) {
                        int year = raised.get(i).atZone(UK).getYear();
                        int n = sequence.merge(year, 1, Integer::sum);
                        insert.setString(1, board);
                        insert.setString(2, PREFIXES.get(board) + "-" + year + "-" + String.format("%05d", n));
                        insert.setString(3, FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
                        insert.setLong(4, organisations.get(random.nextInt(organisations.size())));
                        insert.setString(5, SOURCES[random.nextInt(SOURCES.length)]);
                        insert.setString(6, "Benchmark case");
                        insert.setString(7, STATUSES[random.nextInt(STATUSES.length)]);
                        insert.setString(8, board + ".officer");
                        insert.setObject(9, OffsetDateTime.ofInstant(raised.get(i), ZoneOffset.UTC));
                        insert.addBatch();
                        if (i % 1000 == 999) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                List<Long> caseIds = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "select id from safeguarding_case where tenant_id = ? and summary = 'Benchmark case'")) {
                    select.setString(1, board);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            caseIds.add(rows.getLong(1));
                        }
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement("insert into allegation (tenant_id,"
                        + " case_id, clause_id, category, severity, particulars, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, 'Benchmark allegation', ?, current_timestamp)")) {
                    int batched = 0;
                    for (Long caseId : caseIds) {
                        int count = random.nextInt(10) < 1 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
                        for (int a = 0; a < count; a++) {
                            insert.setString(1, board);
                            insert.setLong(2, caseId);
                            insert.setLong(3, clauses.get(random.nextInt(clauses.size())));
                            insert.setString(4, CATEGORIES[random.nextInt(CATEGORIES.length)]);
                            insert.setString(5, random.nextBoolean() ? "LOW" : "MEDIUM");
                            insert.setString(6, board + ".officer");
                            insert.addBatch();
                            allegations++;
                            if (++batched % 1000 == 0) {
                                insert.executeBatch();
                            }
                        }
                    }
                    insert.executeBatch();
                }
            }
            try (Statement analyze = connection.createStatement()) {
                // Fresh statistics, as a production database would have after its nightly maintenance.
                analyze.execute(connection.getMetaData().getDatabaseProductName().startsWith("H2") ? "analyze"
                        : "analyze safeguarding_case");
            }
        }
        return allegations;
    }

    private static List<Long> ids(Connection connection, String table, String board) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id from " + table + " where tenant_id = ? order by id")) {
            select.setString(1, board);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}

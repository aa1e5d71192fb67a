package uk.safeguardcases.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.infrastructure.engine.EngineSettings;
import uk.safeguardcases.it.ClosedCases;
import uk.safeguardcases.it.SharedDeployment;

/**
 * The engine's nightly history cleanup at national scale (issue 37), beside the purge; not a test:
 * {@code benchmarks/national.sh history}, on the data set {@code benchmarks/national.sh generate} made. <b>It adds
 * engine history to that database and removes what falls due</b> (a second run removes its own rows first and seeds
 * them again).
 *
 * <p>What the product leaves is copied, not guessed: a case closed at triage and one closed after a full
 * investigation are walked through the services of City &amp; Hackney, and one board's nightly retention purge and
 * audit chain check are run by their timers; every engine history row each leaves (the tables with a removal time) is
 * read back as its template. Then, by batched inserts, each closed case of the data set gets its model's history,
 * started when the case was raised (kept 3653 days, so none due: the purge removes a case's history with the case),
 * and every board gets a year of nightly runs, 365 nights × 2 processes, started at 02:30 and 02:45 (a second apart,
 * board by board, as the job executor starts them), kept 30 days: the first night of the cleanup after a year of
 * the product, 336 nights' runs due.
 *
 * <p>{@code bench.history.caseCopies} (1) copies the cases' history that many times in the database, so that a
 * smaller data set's history tables are the national size (10 on the 0.1 data set). The order on disk is the
 * product's: the cases' history first, then the year's nightly runs (the cases older than a year precede the year).
 *
 * <p>Then the engine's own cleanup runs as at night: the engine's clock is moved to the opening of the window
 * ({@link EngineSettings#CLEANUP_WINDOW_START}, server time) and runs on from there, and the job executor runs the
 * cleanup job it has scheduled, while City &amp; Hackney's officer asks for the case list every 50 ms; then the second
 * night, when one night's runs are due, as every night after. Reported: the rows due and removed per table, the time
 * to clear them and the rate, whether the night fits in the window, the database's CPU and WAL, the case list's
 * p50/p95/p99 before, during and after. A night's measurement stops when nothing due is left, at the window's end, or
 * after {@code bench.history.minutes} (20) minutes, the rest projected from the rate. {@code
 * bench.history.parallelism} (1, the product's) runs it with more cleanup jobs.
 */
@ExtendWith(ArquillianExtension.class)
@SharedDeployment.OwnDeployment // measured on a deployment of its own, as the other national benchmarks are
class HistoryCleanupBenchmark {

    private static final String BOARD = "chscb";
    private static final String NIGHTLY_BOARD = "lscb";
    /** Every seeded id starts with "h" (the engine's ids are digits or hexadecimal): "hc" a case's, "hn" a night's. */
    private static final String PREFIX = "h";
    private static final int NIGHTS = 365;
    private static final int BATCH = 2_000;
    private static final int REQUESTS = 200;
    private static final int WARM_UP = 50;
    private static final int PAUSE_MS = 50;
    private static final String PAGE = "officer/cases.xhtml";
    private static final String SETTINGS_FILE = "history-cleanup-benchmark.properties";
    private static final Properties SETTINGS = settings();
    private static final int MINUTES = Integer.parseInt(SETTINGS.getProperty("bench.history.minutes", "20"));
    private static final int PARALLELISM = Integer.parseInt(SETTINGS.getProperty("bench.history.parallelism", "1"));
    /** Copies of the closed cases' history (10 on the 0.1 data set: as many rows as at national scale). */
    private static final int CASE_COPIES = Integer.parseInt(SETTINGS.getProperty("bench.history.caseCopies", "1"));
    /**
     * The engine's own indexes on the removal time of its three largest history tables, which migration 84 dropped,
     * made for the run and dropped after it ({@code bench.history.removalTimeIndexes}, false: the product's schema).
     */
    /** {@code bench.history.seed=false}: the history an earlier run seeded (and left due) measured again as it is. */
    private static final boolean SEED = Boolean.parseBoolean(SETTINGS.getProperty("bench.history.seed", "true"));
    private static final boolean REMOVAL_TIME_INDEXES = Boolean.parseBoolean(
            SETTINGS.getProperty("bench.history.removalTimeIndexes", "false"));
    private static final Map<String, String> ENGINE_REMOVAL_TIME_INDEXES = Map.of(
            "act_idx_hi_act_inst_rm_time", "act_hi_actinst", "act_idx_hi_task_inst_rm_time", "act_hi_taskinst",
            "act_idx_hi_pro_inst_rm_time", "act_hi_procinst");
    /** The columns that hold the engine's ids of one instance's rows; any value of them is renamed in a copy. */
    private static final Set<String> ID_COLUMNS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_",
            "execution_id_", "act_inst_id_", "parent_act_inst_id_", "task_id_", "job_id_", "process_instance_id_");
    private static final Set<String> USER_COLUMNS = Set.of("assignee_", "owner_", "user_id_", "start_user_id_",
            "assigner_id_");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("ear.file")));
        WebArchive war = ear.getAsType(WebArchive.class, "safeguard-web.war");
        war.addClasses(HistoryCleanupBenchmark.class, BenchHttp.class);
        ClosedCases.addTo(war);
        // The benchmark runs in the server, whose JVM does not see mvn's -D options: they travel in the deployment.
        StringWriter text = new StringWriter();
        try {
            SETTINGS.store(text, "HistoryCleanupBenchmark settings from the mvn command line");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        war.addAsResource(new StringAsset(text.toString()), SETTINGS_FILE);
        return ear;
    }

    private static Properties settings() {
        Properties settings = new Properties();
        try (InputStream in = HistoryCleanupBenchmark.class.getClassLoader().getResourceAsStream(SETTINGS_FILE)) {
            if (in != null) {
                settings.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench.history."))
                .forEach(name -> settings.putIfAbsent(name, System.getProperty(name)));
        return settings;
    }

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private ProcessEngine engine;

    private final ZoneId server = ZoneId.systemDefault();
    private List<String> tables;
    private long nextInstance;

    @Test
    void theFirstNightsHistoryCleanupAfterAYearOfTheProduct() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            long boards = single(connection, "select count(*) from board");
            if (boards < 160) {
                throw new IllegalStateException("No national data set here (" + boards + " boards):"
                        + " run benchmarks/national.sh generate first");
            }
            tables = strings(connection, "select table_name from information_schema.columns where column_name ="
                    + " 'removal_time_' and table_schema = current_schema() and (table_name like 'act_hi_%'"
                    + " or table_name = 'act_ge_bytearray') and table_name <> 'act_hi_batch' order by 1");
            long start = System.nanoTime();
            int earlier = 0;
            for (String table : SEED ? tables : List.<String>of()) {
                try (Statement delete = connection.createStatement()) {
                    earlier += delete.executeUpdate("delete from " + table + " where root_proc_inst_id_ like '"
                            + PREFIX + "%'");
                }
            }
            if (earlier > 0) {
                System.out.printf("BENCHMARK history cleanup: %,d rows of an earlier run removed in %.0f s%n",
                        earlier, (System.nanoTime() - start) / 1e9);
            }
        }

        Map<String, Long> seeded = SEED ? seed(templates()) : Map.of("kept from an earlier run", 0L);

        LocalTime opens = LocalTime.parse(EngineSettings.CLEANUP_WINDOW_START);
        LocalTime closes = LocalTime.parse(EngineSettings.CLEANUP_WINDOW_END);
        LocalDate tomorrow = LocalDate.now(server).plusDays(1);
        Instant firstNight = tomorrow.atTime(opens).atZone(server).toInstant();
        Instant secondNight = tomorrow.plusDays(1).atTime(opens).atZone(server).toInstant();
        Map<String, Long> dueBefore;
        Map<String, Long> allBefore;
        long dueSecondNight;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (REMOVAL_TIME_INDEXES) {
                long indexStart = System.nanoTime();
                for (Map.Entry<String, String> index : ENGINE_REMOVAL_TIME_INDEXES.entrySet()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create index if not exists " + index.getKey() + " on " + index.getValue()
                                + " (removal_time_)");
                    }
                }
                System.out.printf("BENCHMARK history cleanup | the engine's removal-time indexes made for this run |"
                        + " %s in %.0f s |%n", ENGINE_REMOVAL_TIME_INDEXES.keySet(), (System.nanoTime() - indexStart) / 1e9);
            }
            long vacuumStart = System.nanoTime();
            try (Statement analyze = connection.createStatement()) {
                // Fresh statistics, as the history tables would have after a year of autovacuum.
                for (String table : tables) {
                    analyze.execute("vacuum analyze " + table);
                }
            }
            System.out.printf("BENCHMARK history cleanup: vacuum analyze %.0f s%n", (System.nanoTime() - vacuumStart) / 1e9);
            dueBefore = counts(connection, Timestamp.from(firstNight));
            allBefore = counts(connection, null);
            dueSecondNight = counts(connection, Timestamp.from(secondNight)).values().stream()
                    .mapToLong(Long::longValue).sum();
            System.out.printf("BENCHMARK history cleanup | history tables on disk | %s |%n", single(connection,
                    "select pg_size_pretty(sum(pg_total_relation_size(c.oid))) from pg_class c where c.relname in ('"
                            + String.join("', '", tables) + "')", String.class));
        }
        long due = dueBefore.values().stream().mapToLong(Long::longValue).sum();
        dueSecondNight -= due;
        System.out.printf("BENCHMARK history cleanup | history rows, all / due at %s %s | %,d / **%,d** |%n",
                EngineSettings.CLEANUP_WINDOW_START, server, allBefore.values().stream().mapToLong(Long::longValue)
                        .sum(), due);

        BenchHttp officer = BenchHttp.signedIn(BOARD + ".officer");
        timed(officer, WARM_UP);
        List<Long> before = timed(officer, REQUESTS);

        ProcessEngineConfigurationImpl configuration = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
        Night first;
        Night second = null;
        try {
            if (PARALLELISM != configuration.getHistoryCleanupDegreeOfParallelism()) {
                ClockUtil.offset(Duration.between(Instant.now(), firstNight).toMillis());
                configuration.setHistoryCleanupDegreeOfParallelism(PARALLELISM);
                engine.getHistoryService().cleanUpHistoryAsync();
            }
            first = night(officer, firstNight, tomorrow.atTime(closes).atZone(server).toInstant(), due);
            if (first.left() == 0) {
                second = night(officer, secondNight, tomorrow.plusDays(1).atTime(closes).atZone(server).toInstant(),
                        dueSecondNight);
            }
        } finally {
            ClockUtil.reset();
            if (configuration.getHistoryCleanupDegreeOfParallelism() != 1) {
                configuration.setHistoryCleanupDegreeOfParallelism(1);
                engine.getHistoryService().cleanUpHistoryAsync();
            }
        }
        if (REMOVAL_TIME_INDEXES) {
            try (Connection connection = dataSource.getConnection(); Statement drop = connection.createStatement()) {
                for (String index : ENGINE_REMOVAL_TIME_INDEXES.keySet()) {
                    drop.execute("drop index if exists " + index);
                }
            }
        }
        List<Job> jobs = engine.getHistoryService().findHistoryCleanupJobs();
        List<Long> after = timed(officer, REQUESTS);

        Map<String, Long> dueAfter;
        try (Connection connection = dataSource.getConnection()) {
            dueAfter = counts(connection, Timestamp.from(firstNight));
        }
        long removed = 0;
        List<String> perTable = new ArrayList<>();
        for (String table : tables) {
            long gone = dueBefore.get(table) - dueAfter.get(table);
            removed += gone;
            if (dueBefore.get(table) > 0 || allBefore.get(table) > 0) {
                perTable.add(String.format("%s %,d of %,d due (%,d rows)", table, gone, dueBefore.get(table),
                        allBefore.get(table)));
            }
        }
        long left = dueAfter.values().stream().mapToLong(Long::longValue).sum();
        double rate = removed / first.seconds();
        System.out.printf("BENCHMARK history cleanup | seeded (instances) | %s |%n", seeded);
        System.out.printf("BENCHMARK history cleanup | removed per table (first night) | %s |%n",
                String.join("; ", perTable));
        System.out.printf("BENCHMARK history cleanup | **first night: %,d due rows**, batch %d, degree of parallelism %d%s"
                + " | %,d removed in %.0f s (%.1f min), **%.0f rows/s**; %s |%n", due, configuration
                        .getHistoryCleanupBatchSize(), PARALLELISM, REMOVAL_TIME_INDEXES
                                ? ", the engine's removal-time indexes" : "", removed, first.seconds(), first.seconds() / 60,
                rate, left == 0 ? "nothing due left" : String.format("%,d due left (stopped)", left));
        double windowSeconds = Duration.between(opens, closes).toSeconds();
        double needed = rate > 0 ? due / rate : Double.POSITIVE_INFINITY;
        System.out.printf("BENCHMARK history cleanup | **fits the %.0f-minute window?** | %s: the night's %,d due rows"
                + " need %.1f min at this rate; the window clears up to %,.0f rows |%n", windowSeconds / 60,
                needed <= windowSeconds ? "yes" : "NO", due, needed / 60, rate * windowSeconds);
        System.out.printf("BENCHMARK history cleanup | progress (first night) | %s |%n", first.progress());
        System.out.printf("BENCHMARK history cleanup | resources while cleaning (first night) | %s |%n",
                first.resources());
        if (second != null) {
            System.out.printf("BENCHMARK history cleanup | **second night: %,d due rows** (one night's runs) | %,d"
                    + " removed in %.0f s, %.0f rows/s; %s |%n", dueSecondNight, second.removed(), second.seconds(),
                    second.removed() / second.seconds(), second.resources());
        }
        System.out.printf("BENCHMARK history cleanup | cleanup jobs afterwards | %s |%n", jobs.stream()
                .map(j -> "due " + j.getDuedate() + (j.getExceptionMessage() != null ? ", failed: "
                        + j.getExceptionMessage() : "")).toList());
        line("case list before the cleanup", before);
        line("**case list during the first night's cleanup** (target p95 100 ms)", first.during());
        if (second != null) {
            line("case list during the second night's cleanup", second.during());
        }
        line("case list after the cleanup", after);
        if (removed == 0) {
            throw new AssertionError("the cleanup removed nothing of " + due + " due rows");
        }
    }

    /** What one night's cleanup did: its time, the rows it removed, the case list meanwhile. */
    private record Night(double seconds, long removed, long left, List<Long> during, String progress,
            String resources) {
    }

    /**
     * One night: the engine's clock at the window's opening, running on from there; the job executor runs the cleanup
     * job the engine scheduled, while the officer opens the case list. Its progress is read from PostgreSQL's count of
     * each table's deleted rows (a count of the due rows would read every history table, there being no index on
     * their removal time).
     */
    private Night night(BenchHttp officer, Instant opens, Instant closes, long due) throws Exception {
        Resources resourcesBefore = Resources.now(dataSource);
        long deletedBefore = deleted();
        AtomicBoolean cleaning = new AtomicBoolean(true);
        List<Long> during = Collections.synchronizedList(new ArrayList<>());
        Future<?> listing = executor.submit((Callable<Void>) () -> {
            while (cleaning.get()) {
                long t0 = System.nanoTime();
                officer.get(PAGE);
                long took = System.nanoTime() - t0;
                if (cleaning.get()) {
                    during.add(took);
                }
                Thread.sleep(PAUSE_MS);
            }
            return null;
        });
        long start = System.nanoTime();
        long removed = 0;
        List<String> progress = new ArrayList<>();
        try {
            ClockUtil.offset(Duration.between(Instant.now(), opens).toMillis());
            // As when the executor's idle wait ends: it looks for due jobs now rather than up to a minute later.
            ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getJobExecutor().jobWasAdded();
            long deadline = start + Duration.ofMinutes(MINUTES).toNanos();
            int polls = 0;
            while (removed < due && System.nanoTime() < deadline
                    && ClockUtil.getCurrentTime().toInstant().isBefore(closes)) {
                Thread.sleep(500);
                removed = deleted() - deletedBefore;
                if (++polls % 120 == 0) {
                    progress.add(String.format("%.0f s: %,d removed", (System.nanoTime() - start) / 1e9, removed));
                }
            }
        } finally {
            cleaning.set(false);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Resources resourcesAfter = Resources.now(dataSource);
        listing.get();
        return new Night(seconds, removed, Math.max(0, due - removed), during, String.join("; ", progress),
                resourcesAfter.since(resourcesBefore, seconds));
    }

    /** The rows deleted from the history tables so far, as PostgreSQL counts them (within a second or so). */
    private long deleted() throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement sum = connection.prepareStatement(
                "select coalesce(sum(n_tup_del), 0) from pg_stat_user_tables where relname = any (?)")) {
            sum.setArray(1, connection.createArrayOf("varchar", tables.toArray()));
            try (ResultSet row = sum.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * The closed cases' history copied {@code CASE_COPIES - 1} times more in the database (ids renamed), so that a
     * smaller data set's history tables are as large as the national data set's.
     */
    private void copyCases(Connection connection, Map<String, Map<String, Integer>> types) throws SQLException {
        long start = System.nanoTime();
        for (String table : tables) {
            List<String> values = new ArrayList<>();
            for (String column : types.get(table).keySet()) {
                values.add(ID_COLUMNS.contains(column) ? "case when " + column + " like '" + PREFIX + "c%' then '"
                        + PREFIX + "x' || n || " + column + " else " + column + " end" : column);
            }
            try (Statement copy = connection.createStatement()) {
                copy.executeUpdate("insert into " + table + " (" + String.join(", ", types.get(table).keySet())
                        + ") select " + String.join(", ", values) + " from " + table + ", generate_series(2, "
                        + CASE_COPIES + ") n where root_proc_inst_id_ like '" + PREFIX + "c%'");
            }
            connection.commit();
        }
        System.out.printf("BENCHMARK history cleanup: the cases' history copied to %d times in %.0f s%n", CASE_COPIES,
                (System.nanoTime() - start) / 1e9);
    }

    /** One finished instance's history rows, per table, as the product wrote them. */
    private record Template(String name, String key, String tenant, Instant start, Map<String, List<Map<String, Object>>> rows,
            Map<String, Map<String, Integer>> types, List<String> ids) {

        String shape() {
            StringBuilder shape = new StringBuilder();
            rows.forEach((table, list) -> {
                if (!list.isEmpty()) {
                    shape.append(shape.length() > 0 ? ", " : "").append(table).append(' ').append(list.size());
                }
            });
            return shape.toString();
        }

        int size() {
            return rows.values().stream().mapToInt(List::size).sum();
        }
    }

    private Map<String, Template> templates() throws Exception {
        String triageRef = ClosedCases.atTriage(BOARD, "Gwenllian ap Rhys");
        String investigatedRef = ClosedCases.afterInvestigation(BOARD, "Siân O’Brien");
        Map<String, String> instances = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select process_instance_id from safeguarding_case where reference = ?")) {
            for (String[] ref : List.of(new String[] {"closed at triage", triageRef},
                    new String[] {"closed after investigation", investigatedRef})) {
                select.setString(1, ref[1]);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    instances.put(ref[0], row.getString(1));
                }
            }
        }
        for (String key : List.of("audit-chain-check", "retention-purge")) {
            Job timer = engine.getManagementService().createJobQuery().timers().processDefinitionKey(key)
                    .tenantIdIn(NIGHTLY_BOARD).singleResult();
            engine.getManagementService().executeJob(timer.getId());
            HistoricProcessInstance run = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(key).tenantIdIn(NIGHTLY_BOARD).finished().orderByProcessInstanceStartTime()
                    .desc().listPage(0, 1).get(0);
            instances.put(key, run.getId());
        }
        Map<String, Template> templates = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, String> instance : instances.entrySet()) {
                Template template = template(connection, instance.getKey(), instance.getValue());
                templates.put(instance.getKey(), template);
                System.out.printf("BENCHMARK history cleanup | rows one %s leaves (%s) | %d: %s |%n",
                        instance.getKey().startsWith("closed") ? "case " + instance.getKey() : key(instance.getKey()),
                        template.key(), template.size(), template.shape());
            }
        }
        return templates;
    }

    private static String key(String name) {
        return name.equals("audit-chain-check") ? "night's audit chain check" : "night's retention purge";
    }

    private Template template(Connection connection, String name, String instanceId) throws SQLException {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> types = new LinkedHashMap<>();
        Set<String> ids = new TreeSet<>();
        String key = null;
        String tenant = null;
        Instant start = null;
        for (String table : tables) {
            List<Map<String, Object>> list = new ArrayList<>();
            Map<String, Integer> columns = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select * from " + table
                    + " where root_proc_inst_id_ = ?")) {
                select.setString(1, instanceId);
                try (ResultSet row = select.executeQuery()) {
                    ResultSetMetaData meta = row.getMetaData();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        columns.put(meta.getColumnName(c).toLowerCase(), meta.getColumnType(c));
                    }
                    while (row.next()) {
                        Map<String, Object> values = new LinkedHashMap<>();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            String column = meta.getColumnName(c).toLowerCase();
                            Object value = row.getObject(c);
                            values.put(column, value);
                            if (value instanceof String id && ID_COLUMNS.contains(column)) {
                                ids.add(id);
                            }
                        }
                        list.add(values);
                        if (table.equals("act_hi_procinst")) {
                            key = (String) values.get("proc_def_key_");
                            tenant = (String) values.get("tenant_id_");
                            start = ((Timestamp) values.get("start_time_")).toInstant();
                        }
                    }
                }
            }
            rows.put(table, list);
            types.put(table, columns);
        }
        return new Template(name, key, tenant, start, rows, types, List.copyOf(ids));
    }

    /** The copies: each closed case's process and every board's year of nightly runs. */
    private Map<String, Long> seed(Map<String, Template> templates) throws Exception {
        long start = System.nanoTime();
        Map<String, Long> seeded = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Map<String, Map<String, String>> definitions = definitions(connection);
            Map<String, PreparedStatement> inserts = new HashMap<>();
            Map<String, Integer> pending = new HashMap<>();
            try {
                for (String table : tables) {
                    Map<String, Integer> columns = templates.values().iterator().next().types().get(table);
                    inserts.put(table, connection.prepareStatement("insert into " + table + " (" + String.join(", ",
                            columns.keySet()) + ") values (" + String.join(", ", Collections.nCopies(columns.size(),
                            "?")) + ")"));
                }
                Copier copier = new Copier(connection, inserts, pending, definitions);
                Template triage = templates.get("closed at triage");
                Template investigated = templates.get("closed after investigation");
                List<Object[]> closed = new ArrayList<>();
                try (Statement cases = connection.createStatement(); ResultSet row = cases.executeQuery(
                        "select tenant_id, reference, raised_at, triage_decision from safeguarding_case where status"
                                + " = 'CLOSED' and removed_at is null and process_instance_id is null order by id")) {
                    while (row.next()) {
                        closed.add(new Object[] {row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(),
                            "INVESTIGATE".equals(row.getString(4))});
                    }
                }
                for (Object[] closedCase : closed) {
                    boolean wasInvestigated = (Boolean) closedCase[3];
                    copier.copy(wasInvestigated ? investigated : triage, (String) closedCase[0],
                            (String) closedCase[1], (Instant) closedCase[2]);
                    seeded.merge(wasInvestigated ? "cases investigated" : "cases closed at triage", 1L, Long::sum);
                }
                copier.flush();
                if (CASE_COPIES > 1) {
                    copyCases(connection, templates.values().iterator().next().types());
                    seeded.put("case history copies", (long) CASE_COPIES);
                }
                List<String> boards = strings(connection, "select id from board order by id");
                LocalDate today = LocalDate.now(server);
                for (int night = 1; night <= NIGHTS; night++) {
                    for (int b = 0; b < boards.size(); b++) {
                        for (Template run : List.of(templates.get("audit-chain-check"), templates.get("retention-purge"))) {
                            LocalTime at = run.key().equals("audit-chain-check") ? LocalTime.of(2, 30) : LocalTime.of(2, 45);
                            copier.copy(run, boards.get(b), null, today.minusDays(night).atTime(at).plusSeconds(b)
                                    .atZone(server).toInstant());
                            seeded.merge("nightly runs", 1L, Long::sum);
                        }
                    }
                }
                copier.flush();
            } finally {
                for (PreparedStatement insert : inserts.values()) {
                    insert.close();
                }
                connection.setAutoCommit(true);
            }
        }
        System.out.printf("BENCHMARK history cleanup: seeded in %.0f s: %s%n", (System.nanoTime() - start) / 1e9,
                seeded);
        return seeded;
    }

    /** Each board's definition id of each model, so a copy belongs to its board's deployment. */
    private static Map<String, Map<String, String>> definitions(Connection connection) throws SQLException {
        Map<String, Map<String, String>> definitions = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                "select key_, tenant_id_, id_ from act_re_procdef d where version_ = (select max(version_) from"
                        + " act_re_procdef e where e.key_ = d.key_ and e.tenant_id_ = d.tenant_id_)")) {
            while (row.next()) {
                definitions.computeIfAbsent(row.getString(1), k -> new HashMap<>()).put(row.getString(2),
                        row.getString(3));
            }
        }
        return definitions;
    }

    /** Writes copies of templates by batched inserts, a transaction every {@value #BATCH} instances. */
    private final class Copier {

        private final Connection connection;
        private final Map<String, PreparedStatement> inserts;
        private final Map<String, Integer> pending;
        private final Map<String, Map<String, String>> definitions;
        private int instances;

        Copier(Connection connection, Map<String, PreparedStatement> inserts, Map<String, Integer> pending,
                Map<String, Map<String, String>> definitions) {
            this.connection = connection;
            this.inserts = inserts;
            this.pending = pending;
            this.definitions = definitions;
        }

        void copy(Template template, String board, String businessKey, Instant startedAt) throws SQLException {
            String prefix = PREFIX + (businessKey != null ? "c" : "n") + Long.toString(nextInstance++, 36) + ":";
            Map<String, String> renamed = new HashMap<>();
            for (int i = 0; i < template.ids().size(); i++) {
                renamed.put(template.ids().get(i), prefix + i);
            }
            long shift = Duration.between(template.start(), startedAt).toMillis();
            String definition = definitions.getOrDefault(template.key(), Map.of()).get(board);
            for (Map.Entry<String, List<Map<String, Object>>> table : template.rows().entrySet()) {
                if (table.getValue().isEmpty()) {
                    continue;
                }
                PreparedStatement insert = inserts.get(table.getKey());
                Map<String, Integer> types = template.types().get(table.getKey());
                for (Map<String, Object> row : table.getValue()) {
                    int index = 0;
                    for (Map.Entry<String, Object> column : row.entrySet()) {
                        index++;
                        Object value = column.getValue();
                        String name = column.getKey();
                        if (value == null) {
                            insert.setNull(index, types.get(name));
                        } else if (value instanceof Timestamp time) {
                            insert.setTimestamp(index, new Timestamp(time.getTime() + shift));
                        } else if (value instanceof String text) {
                            String copy = renamed.getOrDefault(text, text);
                            if (name.equals("tenant_id_")) {
                                copy = board;
                            } else if ((name.equals("proc_def_id_") || name.equals("process_def_id_"))
                                    && definition != null) {
                                copy = definition;
                            } else if (name.equals("business_key_") && businessKey != null) {
                                copy = businessKey;
                            } else if (USER_COLUMNS.contains(name) && template.tenant() != null
                                    && text.startsWith(template.tenant() + ".")) {
                                copy = board + text.substring(template.tenant().length());
                            }
                            insert.setString(index, copy);
                        } else {
                            insert.setObject(index, value, types.get(name) == Types.BIT ? Types.BOOLEAN
                                    : types.get(name));
                        }
                    }
                    insert.addBatch();
                    pending.merge(table.getKey(), 1, Integer::sum);
                }
            }
            if (++instances % BATCH == 0) {
                flush();
            }
        }

        void flush() throws SQLException {
            for (Map.Entry<String, PreparedStatement> insert : inserts.entrySet()) {
                if (pending.getOrDefault(insert.getKey(), 0) > 0) {
                    insert.getValue().executeBatch();
                    pending.put(insert.getKey(), 0);
                }
            }
            connection.commit();
        }
    }

    /** Rows per history table: all, or those due by {@code dueBy}. */
    private Map<String, Long> counts(Connection connection, Timestamp dueBy) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            try (PreparedStatement count = connection.prepareStatement("select count(*) from " + table
                    + (dueBy != null ? " where removal_time_ <= ?" : ""))) {
                if (dueBy != null) {
                    count.setTimestamp(1, dueBy);
                }
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    counts.put(table, row.getLong(1));
                }
            }
        }
        return counts;
    }

    /**
     * What the database used: CPU of its processes (from /proc, the server being on this machine), the WAL it wrote,
     * the blocks it read from outside its buffers; and the machine's load.
     */
    private record Resources(double postgresCpuSeconds, double serverCpuSeconds, long walBytes, long blocksRead,
            String load) {

        static Resources now(DataSource dataSource) throws Exception {
            double postgres = 0;
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    postgres += cpuIf(process, "(postgres)");
                }
            }
            double self = cpuIf(Path.of("/proc/self"), null);
            long wal;
            long blocks;
            try (Connection connection = dataSource.getConnection()) {
                wal = single(connection, "select wal_bytes::bigint from pg_stat_wal");
                blocks = single(connection, "select blks_read from pg_stat_database where datname = current_database()");
            }
            return new Resources(postgres, self, wal, blocks, Files.readString(Path.of("/proc/loadavg")).trim());
        }

        private static double cpuIf(Path process, String command) {
            try {
                String stat = Files.readString(process.resolve("stat"));
                int close = stat.lastIndexOf(')');
                if (command != null && !stat.substring(stat.indexOf('('), close + 1).equals(command)) {
                    return 0;
                }
                String[] fields = stat.substring(close + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
            } catch (IOException | RuntimeException gone) {
                return 0;
            }
        }

        String since(Resources before, double seconds) {
            return String.format("PostgreSQL CPU %.0f s (%.0f%% of a core), the server's %.0f s (%.0f%%); WAL %,d MB;"
                    + " %,d blocks read; load before %s, after %s", postgresCpuSeconds - before.postgresCpuSeconds,
                    100 * (postgresCpuSeconds - before.postgresCpuSeconds) / seconds,
                    serverCpuSeconds - before.serverCpuSeconds,
                    100 * (serverCpuSeconds - before.serverCpuSeconds) / seconds,
                    (walBytes - before.walBytes) / 1_000_000, blocksRead - before.blocksRead, before.load, load);
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
        if (nanos.isEmpty()) {
            System.out.printf("BENCHMARK history cleanup | %s | none |%n", what);
            return;
        }
        System.out.printf("BENCHMARK history cleanup | %s | p50 %.1f ms, **p95 %.1f ms**, p99 %.1f ms (%,d GETs) |%n",
                what, percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), nanos.size());
    }

    private static double percentile(List<Long> nanos, int percentile) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static <T> T single(Connection connection, String sql, Class<T> type) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getObject(1, type);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                values.add(row.getString(1));
            }
        }
        return values;
    }
}

package uk.safeguardcases.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import javax.management.ObjectName;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import uk.safeguardcases.it.SharedDeployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.TriageDecision;

/**
 * Benchmark, not a test (run with {@code mvn -B verify -Pbenchmark -Dit.test=InvestigationBenchmark}): concerns
 * through the intake service, each walked to closure (triage with no further action, which closes the case),
 * beside a bare Camunda process (start, complete one user task) and beside the investigation model alone (the
 * product's own engine calls with no-op delegates), all on the same engine and database. The three take turns
 * for several rounds; the medians are reported, with each step's p50/p99 and the server's CPU per case.
 */
@ExtendWith(ArquillianExtension.class)
@SharedDeployment.OwnDeployment // measured on a deployment of its own, as the recorded figures were
class InvestigationBenchmark {

    private static final int CONCERNS = Integer.getInteger("bench.concerns", 1000);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 1000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final int SETTLING = Integer.getInteger("bench.settling", 8);
    private static final double SETTLED = Double.parseDouble(System.getProperty("bench.settled", "0.10"));
    private static final List<String> BOARDS = List.of("chscb", "nscb", "cwmtaf", "lscb");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new java.io.File(System.getProperty("ear.file")));
        ear.getAsType(WebArchive.class, "safeguard-web.war").addClass(InvestigationBenchmark.class);
        return ear;
    }

    @Inject
    private PeopleDirectory people;

    @Inject
    private CaseService cases;

    @Inject
    private BoardService boards;

    @Inject
    private TriageService triage;

    @Inject
    private ProcessEngine engine;

    @Resource
    private ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    private final Map<String, Caller> officers = new ConcurrentHashMap<>();
    private final Map<String, Long> organisations = new ConcurrentHashMap<>();
    private int settled;

    @Test
    void concernsThroughIntakeToClosureBesideABareEngine() throws Exception {
        for (String board : BOARDS) {
            Caller officer = people.callerFor(board + ".officer").orElseThrow();
            officers.put(board, officer);
            organisations.put(board, CallerContext.runAs(officer, () -> boards.organisations()).get(0).id());
        }
        List<String> deployments = List.of(deployBare(), deployModelAlone());
        try {
            productRound(WARM_UP);
            parallel(WARM_UP, this::runBare);
            parallel(WARM_UP, this::runModel);
            settled = settle();
            // The three take turns, so that whatever else the machine does at a moment (the JIT, a collection,
            // another process) falls on all of them alike.
            List<ProductRound> product = new ArrayList<>();
            List<Measured> bare = new ArrayList<>();
            List<Measured> model = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                bare.add(measure(this::runBare));
                product.add(productRound(CONCERNS));
                model.add(measure(this::runModel));
                ProductRound p = product.get(round - 1);
                System.out.printf("BENCHMARK round %d: intake %.0f concerns/s (%.2f ms CPU, %.0f KB written each),"
                        + " concern to closure %.0f cases/s, bare engine %.0f instances/s, model alone %.0f"
                        + " instances/s, ratio %.2f%n", round, p.intakePerSecond(), p.intakeCpuNanos() / 1e6 / CONCERNS,
                        p.intakeBytesWritten() / 1024.0 / CONCERNS, p.perSecond(),
                        bare.get(round - 1).perSecond(), model.get(round - 1).perSecond(),
                        p.perSecond() / bare.get(round - 1).perSecond());
                Measured m = model.get(round - 1);
                System.out.printf("BENCHMARK round %d: CPU per case product %.2f ms (JIT %.2f, GC %.2f), model alone"
                        + " %.2f ms (JIT %.2f, GC %.2f)%n", round, p.cpuNanos() / 1e6 / CONCERNS,
                        p.threads().jitNanos() / 1e6 / CONCERNS, p.threads().gcNanos() / 1e6 / CONCERNS,
                        m.cpuNanos() / 1e6 / CONCERNS, m.threads().jitNanos() / 1e6 / CONCERNS,
                        m.threads().gcNanos() / 1e6 / CONCERNS);
            }
            report(product, bare, model);
        } finally {
            deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
        }
    }

    /**
     * More rounds of all three, not measured, until the JIT compiler's threads use less than {@code bench.settled}
     * (10% unless told) of the server's CPU during the product's round, at most {@code bench.settling} rounds (8;
     * 0 measures straight after the warm-up, as before 2026-11-26 14:00). On two cores the compiler shares them with
     * the four workers, so how far it has got depends on time as much as on the cases run: after 1,000 cases it still
     * used a fifth to a third of the product's CPU in the measured rounds (3 to 8 ms per case), on the model alone a
     * tenth, and the ratio measured mostly how much of the product was still being compiled. Compiling is once per
     * server start, not per case. The number of rounds it took is reported.
     */
    private int settle() throws Exception {
        for (int round = 1; round <= SETTLING; round++) {
            ProductRound p = productRound(CONCERNS);
            parallel(CONCERNS, this::runBare);
            parallel(CONCERNS, this::runModel);
            double share = p.threads().jitNanos() / (double) p.cpuNanos();
            System.out.printf("BENCHMARK settling round %d: the JIT compiler's threads used %.0f%% of the server's"
                    + " CPU during the product's round (%.2f of %.2f ms per case)%n", round, 100 * share,
                    p.threads().jitNanos() / 1e6 / CONCERNS, p.cpuNanos() / 1e6 / CONCERNS);
            if (share < SETTLED) {
                return round;
            }
        }
        if (SETTLING > 0) {
            System.out.printf("BENCHMARK the JIT compiler's share did not fall below %.0f%% in %d settling rounds:"
                    + " measured anyway%n", 100 * SETTLED, SETTLING);
        }
        return SETTLING;
    }

    private void report(List<ProductRound> product, List<Measured> bare, List<Measured> model) {
        double intakeRate = median(product.stream().map(ProductRound::intakePerSecond).toList());
        double productRate = median(product.stream().map(ProductRound::perSecond).toList());
        double bareRate = median(bare.stream().map(Measured::perSecond).toList());
        double modelRate = median(model.stream().map(Measured::perSecond).toList());
        double productCpuMs = median(product.stream().map(r -> r.cpuNanos() / 1e6 / CONCERNS).toList());
        double intakeCpuMs = median(product.stream().map(r -> r.intakeCpuNanos() / 1e6 / CONCERNS).toList());
        double intakeKb = median(product.stream().map(r -> r.intakeBytesWritten() / 1024.0 / CONCERNS).toList());
        double bareCpuMs = median(bare.stream().map(r -> r.cpuNanos() / 1e6 / CONCERNS).toList());
        double modelCpuMs = median(model.stream().map(r -> r.cpuNanos() / 1e6 / CONCERNS).toList());
        double productJitMs = median(product.stream().map(r -> r.threads().jitNanos() / 1e6 / CONCERNS).toList());
        double productGcMs = median(product.stream().map(r -> r.threads().gcNanos() / 1e6 / CONCERNS).toList());
        double modelJitMs = median(model.stream().map(r -> r.threads().jitNanos() / 1e6 / CONCERNS).toList());
        double modelGcMs = median(model.stream().map(r -> r.threads().gcNanos() / 1e6 / CONCERNS).toList());
        double productNoJitMs = median(product.stream()
                .map(r -> (r.cpuNanos() - r.threads().jitNanos()) / 1e6 / CONCERNS).toList());
        double modelNoJitMs = median(model.stream()
                .map(r -> (r.cpuNanos() - r.threads().jitNanos()) / 1e6 / CONCERNS).toList());
        List<Long> intake = product.stream().flatMap(r -> r.intake().stream()).toList();
        List<Long> triage = product.stream().flatMap(r -> r.triage().stream()).toList();
        List<Long> closing = product.stream().flatMap(r -> r.closing().stream()).toList();
        System.out.printf("%nBENCHMARK investigation: %d rounds of %d concerns after %d warm-up cases and %d settling"
                + " rounds (until the JIT compiler's share of the product's CPU fell below %.0f%%, at most %d), %d"
                + " threads, %d cores; rates are the rounds' medians%n", ROUNDS, CONCERNS, WARM_UP, settled,
                100 * SETTLED, SETTLING, THREADS, Runtime.getRuntime().availableProcessors());
        System.out.printf("BENCHMARK step 1, intake: %.0f concerns/s; p50 %.1f ms, p99 %.1f ms; CPU of the server"
                + " process %.2f ms per concern; the server process wrote %.0f KB per concern%n", intakeRate,
                percentile(intake, 50), percentile(intake, 99), intakeCpuMs, intakeKb);
        System.out.printf("BENCHMARK step 2, triage with no further action (closes the case): p50 %.1f ms,"
                + " p99 %.1f ms%n", percentile(triage, 50), percentile(triage, 99));
        System.out.printf("BENCHMARK step 3, close the case (within step 2; the engine's record, ms precision):"
                + " p50 %.0f ms, p99 %.0f ms%n", percentile(closing, 50), percentile(closing, 99));
        System.out.printf("BENCHMARK concern to closure, end to end: %.0f cases/s%n", productRate);
        System.out.printf("BENCHMARK bare engine (start + complete one user task): %.0f instances/s%n", bareRate);
        System.out.printf("BENCHMARK the investigation model alone (the product's engine calls, no-op delegates, no"
                + " case, timeline or reference): %.0f instances/s%n", modelRate);
        System.out.printf("BENCHMARK ratio product / bare engine: %.2f (model alone / bare engine: %.2f)%n",
                productRate / bareRate, modelRate / bareRate);
        System.out.printf("BENCHMARK CPU of the server process: %.2f ms per case, %.2f ms per instance of the model"
                + " alone, %.2f ms per bare instance (product %.1fx, model alone %.1fx the bare engine)%n",
                productCpuMs, modelCpuMs, bareCpuMs, productCpuMs / bareCpuMs, modelCpuMs / bareCpuMs);
        System.out.printf("BENCHMARK CPU per case, product / model alone: %.2f / %.2f = %.2f; of which the JIT"
                + " compiler's threads %.2f / %.2f ms and the garbage collector's %.2f / %.2f ms; without the JIT"
                + " compiler's: %.2f / %.2f = %.2f%n%n", productCpuMs, modelCpuMs, productCpuMs / modelCpuMs,
                productJitMs, modelJitMs, productGcMs, modelGcMs, productNoJitMs, modelNoJitMs,
                productNoJitMs / modelNoJitMs);
    }

    /** {@code count} concerns through intake, then each triaged with no further action, which closes it. */
    private ProductRound productRound(int count) throws Exception {
        List<String> references = Collections.synchronizedList(new ArrayList<>());
        List<Long> intake = Collections.synchronizedList(new ArrayList<>());
        long cpu = processCpuNanos();
        ThreadCpu threads = ThreadCpu.now();
        long written = processBytesWritten();
        long intakeStart = System.nanoTime();
        parallel(count, i -> {
            long t0 = System.nanoTime();
            references.add(intakeOne(i));
            intake.add(System.nanoTime() - t0);
        });
        double intakeSeconds = (System.nanoTime() - intakeStart) / 1e9;
        long intakeCpu = processCpuNanos() - cpu;
        long intakeWritten = processBytesWritten() - written;

        List<Long> triageTimes = Collections.synchronizedList(new ArrayList<>());
        Date walkStartedAt = new Date();
        List<String> refs = new ArrayList<>(references);
        parallel(refs.size(), i -> {
            long t0 = System.nanoTime();
            triageOne(refs.get(i));
            triageTimes.add(System.nanoTime() - t0);
        });
        long closedAt = awaitClosed();
        return new ProductRound(count / intakeSeconds, count / ((closedAt - intakeStart) / 1e9),
                processCpuNanos() - cpu, threads.since(), intakeCpu, intakeWritten, intake, triageTimes,
                closeStepDurations(walkStartedAt));
    }

    /**
     * The {@code i}th concern through intake; its reference. (A method of its own, not a lambda, so that a profile
     * finds intake's work by name: benchmarks/jfr-owners.py.)
     */
    private String intakeOne(int i) throws Exception {
        String board = BOARDS.get(i % BOARDS.size());
        return CallerContext.runAs(officers.get(board), () -> cases.raiseConcern(new NewConcern(
                "Benchmark member " + i, organisations.get(board), CaseSource.MONITORING,
                "Detected by monitoring"))).reference();
    }

    /** The case {@code ref} triaged with no further action, which closes it (a method of its own, as above). */
    private void triageOne(String ref) throws Exception {
        String board = BOARDS.stream().filter(b -> ref.startsWith(prefixOf(b))).findFirst().orElseThrow();
        CallerContext.runAs(officers.get(board), () -> triage.recordTriage(ref, new TriageInput(false, null,
                false, null, false, null, false, TriageDecision.NO_FURTHER_ACTION, "Benchmark triage")));
    }

    private record ProductRound(double intakePerSecond, double perSecond, long cpuNanos, ThreadCpu.Used threads,
            long intakeCpuNanos, long intakeBytesWritten, List<Long> intake, List<Long> triage, List<Long> closing) {
    }

    private record Measured(double perSecond, long cpuNanos, ThreadCpu.Used threads) {
    }

    private Measured measure(Work instance) throws Exception {
        long cpu = processCpuNanos();
        ThreadCpu threads = ThreadCpu.now();
        long start = System.nanoTime();
        parallel(CONCERNS, instance);
        return new Measured(CONCERNS / ((System.nanoTime() - start) / 1e9), processCpuNanos() - cpu,
                threads.since());
    }

    /** How long "Close the case" took for each case closed since then, from the engine's activity history. */
    private List<Long> closeStepDurations(Date since) {
        List<Long> durations = new ArrayList<>();
        engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("close-case")
                .startedAfter(new Date(since.getTime() - 1)).finished().list().stream()
                .filter(a -> a.getDurationInMillis() != null)
                .forEach(a -> durations.add(a.getDurationInMillis() * 1_000_000));
        return durations;
    }

    /**
     * Bytes the server process has handed to the operating system to write ({@code wchar} of /proc/self/io, sockets
     * included): on the embedded H2 file, mostly what the database wrote (the server logs little); on PostgreSQL, the
     * statements sent to it, the database's own writes being another process's. -1 where there is no /proc.
     */
    private static long processBytesWritten() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/io")).stream()
                    .filter(line -> line.startsWith("wchar:")).mapToLong(line -> Long.parseLong(line.substring(6).trim()))
                    .findFirst().orElse(-1);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** CPU time used by the whole server process (all threads, the JIT and GC included), in nanoseconds. */
    private static long processCpuNanos() throws Exception {
        return (Long) ManagementFactory.getPlatformMBeanServer()
                .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
    }

    private String deployBare() {
        return engine.getRepositoryService().createDeployment().tenantId("chscb")
                .addModelInstance("bench-bare.bpmn", Bpmn.createExecutableProcess("bench-bare")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("work").endEvent().done())
                .deploy().getId();
    }

    private void runBare(int i) {
        String instance = engine.getRuntimeService().createProcessInstanceByKey("bench-bare")
                .processDefinitionTenantId("chscb").execute().getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        engine.getTaskService().complete(task);
    }

    /**
     * The engine's share of a case: the deployed investigation model under another key (so no listener keeps a
     * case in step), its delegates replaced by no-op expressions, driven by exactly the engine calls intake and
     * triage make (start with the case's variables; find, claim and complete the triage task).
     */
    private String deployModelAlone() throws Exception {
        ProcessDefinition deployed = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(InvestigationProcess.KEY).tenantIdIn("chscb").latestVersion().singleResult();
        String xml;
        try (InputStream model = engine.getRepositoryService().getProcessModel(deployed.getId())) {
            xml = new String(model.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("<bpmn:process id=\"" + InvestigationProcess.KEY + "\"", "<bpmn:process id=\"bench-model\"")
                    .replace("bpmnElement=\"" + InvestigationProcess.KEY + "\"", "bpmnElement=\"bench-model\"")
                    .replaceAll("camunda:delegateExpression=\"\\$\\{\\w+\\}\"", "camunda:expression=\"\\${null}\"");
        }
        return engine.getRepositoryService().createDeployment().tenantId("chscb")
                .addString("bench-model.bpmn", xml).deploy().getId();
    }

    private void runModel(int i) {
        String instance = engine.getRuntimeService().createProcessInstanceByKey("bench-model")
                .processDefinitionTenantId("chscb").businessKey("BENCH-" + i)
                .setVariable(InvestigationProcess.CASE_ID, (long) i).execute().getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(InvestigationProcess.TRIAGE_TASK).singleResult().getId();
        engine.getTaskService().setAssignee(task, "chscb.officer");
        engine.getTaskService().complete(task, Map.of(InvestigationProcess.HARM_THRESHOLD_MET, false,
                InvestigationProcess.TRIAGE_DECISION, TriageDecision.NO_FURTHER_ACTION.name()));
    }

    /**
     * CPU used since a moment by the server's JIT compiler threads and its garbage collector's threads, from
     * /proc/self/task (Linux; all zero elsewhere): the compiler's work is a one-off of a server's first minutes,
     * not a per-case cost, and is shown apart so that a round's figure can be read with and without it. A compiler
     * thread that ends between the two readings takes its time with it (the JVM starts and stops them as needed),
     * so the compiler's share is if anything under-counted.
     */
    private static final class ThreadCpu {

        /** The JIT compiler's and the collector's CPU, in nanoseconds. */
        record Used(long jitNanos, long gcNanos) {
        }

        private final Map<String, long[]> start;

        private ThreadCpu(Map<String, long[]> start) {
            this.start = start;
        }

        static ThreadCpu now() {
            return new ThreadCpu(read());
        }

        Used since() {
            long jit = 0;
            long gc = 0;
            for (Map.Entry<String, long[]> thread : read().entrySet()) {
                long[] before = start.getOrDefault(thread.getKey(), new long[] {thread.getValue()[0], 0});
                long used = thread.getValue()[1] - before[1];
                if (thread.getValue()[0] == 1) {
                    jit += used;
                } else if (thread.getValue()[0] == 2) {
                    gc += used;
                }
            }
            return new Used(jit, gc);
        }

        /** Each compiler or collector thread by id: {kind (1 compiler, 2 collector), CPU in nanoseconds}. */
        private static Map<String, long[]> read() {
            Map<String, long[]> threads = new java.util.HashMap<>();
            java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
            if (tasks == null) {
                return threads;
            }
            for (java.io.File task : tasks) {
                try {
                    String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    int kind = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? 1
                            : name.startsWith("GC Thread") || name.startsWith("G1 ") ? 2 : 0;
                    if (kind == 0) {
                        continue;
                    }
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime (fields 14 and 15 of stat; the rest starts at field 3), in clock ticks of 10 ms
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    threads.put(task.getName(), new long[] {kind, ticks * 10_000_000L});
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
            return threads;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private long awaitClosed() throws Exception {
        long deadline = System.currentTimeMillis() + 600_000;
        while (System.currentTimeMillis() < deadline) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet open = statement.executeQuery(
                            "select count(*) from safeguarding_case where status <> 'CLOSED'")) {
                open.next();
                if (open.getLong(1) == 0) {
                    return System.nanoTime();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("cases not closed within 10 minutes");
    }

    private interface Work {
        void run(int i) throws Exception;
    }

    private void parallel(int count, Work work) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        int perThread = (count + THREADS - 1) / THREADS;
        for (int t = 0; t < THREADS; t++) {
            int from = t * perThread;
            int to = Math.min(count, from + perThread);
            Callable<Void> slice = () -> {
                for (int i = from; i < to; i++) {
                    work.run(i);
                }
                return null;
            };
            futures.add(executor.submit(slice));
        }
        for (Future<?> future : futures) {
            future.get();
        }
    }

    private static String prefixOf(String board) {
        return switch (board) {
            case "chscb" -> "CHSCB-";
            case "nscb" -> "NSCB-";
            case "cwmtaf" -> "CTSB-";
            default -> "LSCB-";
        };
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}

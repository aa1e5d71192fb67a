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
 * Benchmark, not a test (run with {@code mvn -B verify -Pbenchmark}): N concerns through the intake
 * service, each walked to closure (triage → no further action → closed by the job executor), beside a
 * bare Camunda process (start, complete one user task) on the same engine and database.
 */
@ExtendWith(ArquillianExtension.class)
class InvestigationBenchmark {

    private static final int CONCERNS = Integer.getInteger("bench.concerns", 1000);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 1000);
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
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

    @Test
    void concernsThroughIntakeToClosureBesideABareEngine() throws Exception {
        Map<String, Caller> officers = new ConcurrentHashMap<>();
        Map<String, Long> organisations = new ConcurrentHashMap<>();
        for (String board : BOARDS) {
            Caller officer = people.callerFor(board + ".officer").orElseThrow();
            officers.put(board, officer);
            organisations.put(board, CallerContext.runAs(officer, () -> boards.organisations()).get(0).id());
        }
        warmUp(officers, organisations);

        List<String> references = Collections.synchronizedList(new ArrayList<>());
        List<Long> intake = Collections.synchronizedList(new ArrayList<>());
        long intakeCpu = processCpuNanos();
        long intakeStart = System.nanoTime();
        parallel(CONCERNS, i -> {
            String board = BOARDS.get(i % BOARDS.size());
            long t0 = System.nanoTime();
            String ref = CallerContext.runAs(officers.get(board), () -> cases.raiseConcern(new NewConcern(
                    "Benchmark member " + i, organisations.get(board), CaseSource.MONITORING,
                    "Detected by monitoring"))).reference();
            intake.add(System.nanoTime() - t0);
            references.add(ref);
        });
        double intakeSeconds = (System.nanoTime() - intakeStart) / 1e9;
        intakeCpu = processCpuNanos() - intakeCpu;

        List<Long> triageTimes = Collections.synchronizedList(new ArrayList<>());
        Date walkStartedAt = new Date();
        long walkCpu = processCpuNanos();
        long walkStart = System.nanoTime();
        List<String> refs = new ArrayList<>(references);
        parallel(refs.size(), i -> {
            String ref = refs.get(i);
            String board = BOARDS.stream().filter(b -> ref.startsWith(prefixOf(b))).findFirst().orElseThrow();
            long t0 = System.nanoTime();
            CallerContext.runAs(officers.get(board), () -> triage.recordTriage(ref, new TriageInput(false, null,
                    false, null, false, null, false, TriageDecision.NO_FURTHER_ACTION, "Benchmark triage")));
            triageTimes.add(System.nanoTime() - t0);
        });
        long closedAt = awaitClosed();
        walkCpu = processCpuNanos() - walkCpu;
        double walkSeconds = (closedAt - walkStart) / 1e9;
        double totalSeconds = (closedAt - intakeStart) / 1e9;
        List<Long> closing = closeStepDurations(walkStartedAt);

        Measured model = modelAlone();
        Measured bare = bareEngine();
        double bareRate = bare.perSecond();
        double productRate = CONCERNS / totalSeconds;
        double productCpuMs = (intakeCpu + walkCpu) / 1e6 / CONCERNS;
        double bareCpuMs = bare.cpuNanos() / 1e6 / CONCERNS;
        System.out.printf("%nBENCHMARK investigation: %d concerns after %d warm-up cases, %d threads, %d cores%n",
                CONCERNS, WARM_UP, THREADS, Runtime.getRuntime().availableProcessors());
        System.out.printf("BENCHMARK step 1, intake: %.0f concerns/s; p50 %.1f ms, p99 %.1f ms%n",
                CONCERNS / intakeSeconds, percentile(intake, 50), percentile(intake, 99));
        System.out.printf("BENCHMARK step 2, triage with no further action (closes the case): p50 %.1f ms, p99 %.1f ms%n",
                percentile(triageTimes, 50), percentile(triageTimes, 99));
        System.out.printf("BENCHMARK step 3, close the case (within step 2; the engine's record, ms precision):"
                + " p50 %.0f ms, p99 %.0f ms%n", percentile(closing, 50), percentile(closing, 99));
        System.out.printf("BENCHMARK all %d closed %.1f s after the first triage%n", CONCERNS, walkSeconds);
        System.out.printf("BENCHMARK concern to closure, end to end: %.0f cases/s%n", productRate);
        System.out.printf("BENCHMARK bare engine (start + complete one user task): %.0f instances/s%n", bareRate);
        System.out.printf("BENCHMARK the investigation model alone (the product's engine calls, no-op delegates, no"
                + " case, timeline or reference): %.0f instances/s%n", model.perSecond());
        System.out.printf("BENCHMARK ratio product / bare engine: %.2f (model alone / bare engine: %.2f)%n",
                productRate / bareRate, model.perSecond() / bareRate);
        double modelCpuMs = model.cpuNanos() / 1e6 / CONCERNS;
        System.out.printf("BENCHMARK CPU of the server process: %.2f ms per case, %.2f ms per instance of the model"
                + " alone, %.2f ms per bare instance (product %.1fx, model alone %.1fx the bare engine)%n%n",
                productCpuMs, modelCpuMs, bareCpuMs, productCpuMs / bareCpuMs, modelCpuMs / bareCpuMs);
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

    /** CPU time used by the whole server process (all threads, the JIT and GC included), in nanoseconds. */
    private static long processCpuNanos() throws Exception {
        return (Long) ManagementFactory.getPlatformMBeanServer()
                .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
    }

    private void warmUp(Map<String, Caller> officers, Map<String, Long> organisations) throws Exception {
        parallel(WARM_UP, i -> {
            String board = BOARDS.get(i % BOARDS.size());
            String ref = CallerContext.runAs(officers.get(board), () -> cases.raiseConcern(new NewConcern(
                    "Warm-up " + i, organisations.get(board), CaseSource.MONITORING, "Warm-up"))).reference();
            CallerContext.runAs(officers.get(board), () -> triage.recordTriage(ref, new TriageInput(false, null,
                    false, null, false, null, false, TriageDecision.NO_FURTHER_ACTION, "Warm-up")));
        });
        awaitClosed();
    }

    private record Measured(double perSecond, long cpuNanos) {
    }

    /**
     * The engine's share of a case: the deployed investigation model under another key (so no listener keeps a
     * case in step), its delegates replaced by no-op expressions, driven by exactly the engine calls intake and
     * triage make (start with the case's variables; find, claim and complete the triage task).
     */
    private Measured modelAlone() throws Exception {
        ProcessDefinition deployed = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(InvestigationProcess.KEY).tenantIdIn("chscb").latestVersion().singleResult();
        String xml;
        try (InputStream model = engine.getRepositoryService().getProcessModel(deployed.getId())) {
            xml = new String(model.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("<bpmn:process id=\"" + InvestigationProcess.KEY + "\"", "<bpmn:process id=\"bench-model\"")
                    .replace("bpmnElement=\"" + InvestigationProcess.KEY + "\"", "bpmnElement=\"bench-model\"")
                    .replaceAll("camunda:delegateExpression=\"\\$\\{\\w+\\}\"", "camunda:expression=\"\\${null}\"");
        }
        String deployment = engine.getRepositoryService().createDeployment().tenantId("chscb")
                .addString("bench-model.bpmn", xml).deploy().getId();
        try {
            parallel(WARM_UP, this::runModel);
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            parallel(CONCERNS, this::runModel);
            return new Measured(CONCERNS / ((System.nanoTime() - start) / 1e9), processCpuNanos() - cpu);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    private void runModel(int i) {
        String instance = engine.getRuntimeService().createProcessInstanceByKey("bench-model")
                .processDefinitionTenantId("chscb").businessKey("BENCH-" + i)
                .setVariable(InvestigationProcess.CASE_ID, (long) i)
                .setVariable(InvestigationProcess.CASE_REFERENCE, "BENCH-" + i).execute().getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(InvestigationProcess.TRIAGE_TASK).singleResult().getId();
        engine.getTaskService().setAssignee(task, "chscb.officer");
        engine.getTaskService().complete(task, Map.of(InvestigationProcess.HARM_THRESHOLD_MET, false,
                InvestigationProcess.TRIAGE_DECISION, TriageDecision.NO_FURTHER_ACTION.name()));
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() != 0) {
            throw new AssertionError("the model alone did not reach its end");
        }
    }

    private Measured bareEngine() throws Exception {
        String deployment = engine.getRepositoryService().createDeployment().tenantId("chscb")
                .addModelInstance("bench-bare.bpmn", Bpmn.createExecutableProcess("bench-bare")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("work").endEvent().done())
                .deploy().getId();
        try {
            parallel(WARM_UP, i -> runBare());
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            parallel(CONCERNS, i -> runBare());
            return new Measured(CONCERNS / ((System.nanoTime() - start) / 1e9), processCpuNanos() - cpu);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    private void runBare() {
        String instance = engine.getRuntimeService().createProcessInstanceByKey("bench-bare")
                .processDefinitionTenantId("chscb").execute().getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        engine.getTaskService().complete(task);
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

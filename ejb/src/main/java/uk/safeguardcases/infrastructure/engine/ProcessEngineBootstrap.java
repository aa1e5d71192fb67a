package uk.safeguardcases.infrastructure.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.safeguardcases.infrastructure.persistence.BoardIds;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import uk.safeguardcases.application.process.ProcessModels;
import uk.safeguardcases.application.process.ProcessSteps;

/**
 * The embedded Camunda engine. It works inside the container's JTA transactions (a JPA write and a
 * process start commit or roll back together), runs jobs on container-managed threads, and deploys the
 * process models once per board, each deployment carrying the board's tenant id.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProcessEngineBootstrap {

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    private TransactionManager transactionManager;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/safeguard-jobs")
    private ManagedExecutorService jobExecutorService;

    @Resource(lookup = "java:jboss/ee/concurrency/factory/safeguard-job-acquisition")
    private ManagedThreadFactory jobAcquisitionThreads;

    @Inject
    private Instance<ProcessModels> processModels;

    @Inject
    private Instance<ProcessSteps> processSteps;

    @Inject
    private BeanManager beanManager;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("safeguard");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        // The engine's tables come from the product's migrations (EngineTables); the engine only checks them.
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        // History, retries of failed jobs and the nightly history cleanup: the same settings as the engine tests'.
        EngineSettings.apply(configuration);
        configuration.setTenantCheckEnabled(true);
        // The engine's usage metrics (a row per task assignment, counters flushed to the database) feed
        // Camunda's licence reports, which nobody here reads; the boards' figures come from the cases.
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setTaskMetricsEnabled(false);
        configuration.setJobExecutorActivate(true);
        ManagedJobExecutor jobExecutor = new ManagedJobExecutor(jobExecutorService, jobAcquisitionThreads);
        jobExecutor.setWaitTimeInMillis(1000);
        jobExecutor.setMaxWait(10_000);
        jobExecutor.setMaxJobsPerAcquisition(10);
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorDeploymentAware(false);
        // Random ids: no shared id-block row for concurrent transactions to queue on.
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setBeans(new CdiBeans(beanManager));
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners = new ArrayList<>();
        listeners.add(new ProcessStepListener(processSteps));
        if (StepFaults.enabled()) {
            LOG.warning("The fault switch of tests and rehearsals is on (-D" + StepFaults.ENABLED + " or -D"
                    + StepFaults.REHEARSAL + "): never in production");
            listeners.add(new StepFaults());
        }
        configuration.setCustomPostBPMNParseListeners(listeners);
        engine = configuration.buildProcessEngine();
        deployForEveryBoard();
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    @Produces
    public ProcessEngine processEngine() {
        return engine;
    }

    /**
     * Each board keeps a copy of every process (a deployment carrying its tenant id), so a board's variant is simply
     * another file: {@code bpmn/<board>/<name>.bpmn}, if a module has it, replaces {@code bpmn/<name>.bpmn} for that
     * board only. Unchanged models are not deployed again ({@code enableDuplicateFiltering}), and each process's
     * models come from its own {@link ProcessModels} bean.
     */
    private void deployForEveryBoard() {
        List<String> boards = BoardIds.all(dataSource);
        for (String board : boards) {
            deployFor(board);
        }
        LOG.info(() -> "Process models deployed for boards " + boards);
    }

    /** Deploys every process for one board (a board the hosting operator has just created, or each at start-up). */
    public void deployFor(String board) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("safeguard-" + board)
                .tenantId(board)
                .enableDuplicateFiltering(true);
        for (ProcessModels models : processModels) {
            for (String resource : models.resourceNames()) {
                deployment.addInputStream(resource, models.openFor(board, resource));
            }
        }
        deployment.deploy();
    }
}

package uk.safeguardcases.workflows;

import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import uk.safeguardcases.application.process.ProcessModels;

/**
 * An in-memory engine for a process's engine tests: no job executor (a test runs the jobs it means to, with the
 * clock moved), delegates from {@code Mocks}, and the models deployed once for each board, as the product does.
 * Camunda's assertions ({@link BpmnAwareTests}) are bound to it on the calling thread; a test resets them when it
 * closes the engine.
 */
final class TestEngines {

    private TestEngines() {
    }

    static ProcessEngine withModels(ProcessModels models, String... boards) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        uk.safeguardcases.infrastructure.engine.EngineSettings.apply(configuration);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("test-" + UUID.randomUUID());
        configuration.setExpressionManager(new MockExpressionManager());
        ProcessEngine engine = configuration.buildProcessEngine();
        for (String board : boards) {
            var deployment = engine.getRepositoryService().createDeployment().tenantId(board).name("safeguard-" + board);
            models.resourceNames().forEach(r -> deployment.addInputStream(r, models.openFor(board, r)));
            deployment.deploy();
        }
        BpmnAwareTests.init(engine);
        return engine;
    }
}

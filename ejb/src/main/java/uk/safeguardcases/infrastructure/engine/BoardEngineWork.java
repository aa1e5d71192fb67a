package uk.safeguardcases.infrastructure.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import uk.safeguardcases.application.hosting.BoardEngine;

/** The engine's side of a board's creation and suspension ({@link BoardEngine}). */
@ApplicationScoped
public class BoardEngineWork implements BoardEngine {

    @Inject
    private ProcessEngineBootstrap bootstrap;

    @Inject
    private ProcessEngine engine;

    @Override
    public void deploy(String board) {
        bootstrap.deployFor(board);
    }

    @Override
    public void suspend(String board) {
        RepositoryService repository = engine.getRepositoryService();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().tenantIdIn(board).active()
                .list()) {
            repository.updateProcessDefinitionSuspensionState().byProcessDefinitionId(definition.getId())
                    .includeProcessInstances(true).suspend();
        }
    }

    @Override
    public void resume(String board) {
        RepositoryService repository = engine.getRepositoryService();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().tenantIdIn(board).suspended()
                .list()) {
            repository.updateProcessDefinitionSuspensionState().byProcessDefinitionId(definition.getId())
                    .includeProcessInstances(true).activate();
        }
    }
}

package uk.safeguardcases.infrastructure.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import uk.safeguardcases.application.leaving.BoardProcessRecords;

/**
 * A board's deployments removed as the engine removes them: each with its instances, their jobs, variables and
 * history ({@code cascade}), no listener or mapping run, and the engine's cache of the definitions emptied of them.
 * As the caller, whose only tenant is the board, so no other board's deployment is in reach. What the engine leaves
 * (rows it keeps by tenant alone, such as job logs) goes with the rest of the board's rows.
 */
@ApplicationScoped
public class EngineBoardRecords implements BoardProcessRecords {

    @Inject
    private EngineAccess engine;

    @Override
    public void forget(String boardId) {
        engine.asCaller(processEngine -> {
            RepositoryService repository = processEngine.getRepositoryService();
            for (Deployment deployment : repository.createDeploymentQuery().tenantIdIn(boardId).list()) {
                repository.deleteDeployment(deployment.getId(), true, true, true);
            }
            return null;
        });
    }
}

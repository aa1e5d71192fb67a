package uk.safeguardcases.infrastructure.engine;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Where a process waits as its committed state says, read in a transaction of its own: for a delivery whose own
 * transaction the engine has failed and doomed, to tell a process moved on meanwhile by another request (a conflict)
 * from a failure of the delivery's own ({@link EngineProcesses#deliver}); and for a task's completion the engine has
 * failed, to tell a task done or taken meanwhile from one still open ({@link EngineProcesses#complete}).
 */
@Stateless
public class EngineWaits {

    @Inject
    private EngineAccess engineAccess;

    /** Whether {@code instanceId} waits at {@code activityId} now, as the caller may see it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean waitingAt(String instanceId, String activityId) {
        return engineAccess.asCaller(engine -> engine.getRuntimeService().createExecutionQuery()
                .processInstanceId(instanceId).activityId(activityId).count() > 0);
    }

    /**
     * The open task {@code taskKey} of {@code instanceId} as now committed, as the caller may see it: empty when there
     * is none (completed, or cancelled); else who has it (an empty string for no one).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> openTaskHolder(String instanceId, String taskKey) {
        return engineAccess.asCaller(engine -> engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(taskKey).list().stream().findFirst()
                .map(t -> t.getAssignee() == null ? "" : t.getAssignee()));
    }
}

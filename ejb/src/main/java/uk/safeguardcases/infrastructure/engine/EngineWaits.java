package uk.safeguardcases.infrastructure.engine;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Where a process waits as its committed state says, read in a transaction of its own: for a delivery whose own
 * transaction the engine has failed and doomed, to tell a process moved on meanwhile by another request (a conflict)
 * from a failure of the delivery's own ({@link EngineProcesses#deliver}).
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
}

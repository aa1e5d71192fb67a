package uk.safeguardcases.application.investigation;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import uk.safeguardcases.application.cases.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.infrastructure.engine.EngineAccess;

/**
 * The one place a step of a case's investigation is completed or a message delivered to it, as the
 * current caller. A task someone else already completed is answered with who did it and when.
 */
@Stateless
public class CaseTasks {

    @Inject
    private EngineAccess engineAccess;

    @Inject
    private ProcessEngine engine;

    @Resource
    private SessionContext context;

    /** Completes the case's open task {@code taskKey}, recording the caller as its assignee. */
    public void complete(SafeguardingCase safeguardingCase, String taskKey, String stepName,
            Map<String, Object> variables) {
        String username = CallerContext.current().username();
        engineAccess.asCaller(engine -> {
            Task task = engine.getTaskService().createTaskQuery()
                    .processInstanceId(safeguardingCase.processInstanceId())
                    .taskDefinitionKey(taskKey)
                    .singleResult();
            if (task == null) {
                throw alreadyDone(safeguardingCase, taskKey, stepName);
            }
            try {
                // Claiming is its own engine command, so a concurrent completion is detected here, before
                // the process moves on and before anything else of the caller's step is written.
                engine.getTaskService().setAssignee(task.getId(), username);
            } catch (OptimisticLockingException | NullValueException e) {
                throw alreadyDone(safeguardingCase, taskKey, stepName);
            }
            engine.getTaskService().complete(task.getId(), variables);
            return null;
        });
    }

    /** Delivers a message the case's process waits for at {@code receiveTask}; refuses if it is not waiting. */
    public void deliver(SafeguardingCase safeguardingCase, String receiveTask, String message, String stepName,
            Map<String, Object> variables) {
        engineAccess.asCaller(engine -> {
            boolean waiting = engine.getRuntimeService().createExecutionQuery()
                    .processInstanceId(safeguardingCase.processInstanceId())
                    .activityId(receiveTask).count() > 0;
            if (!waiting) {
                throw new TaskAlreadyDoneException(stepName + " is not expected for case "
                        + safeguardingCase.reference() + " at this step.");
            }
            try {
                engine.getRuntimeService().createMessageCorrelation(message)
                        .processInstanceId(safeguardingCase.processInstanceId())
                        .setVariables(variables)
                        .correlate();
            } catch (OptimisticLockingException e) {
                throw new TaskAlreadyDoneException(stepName + " for case " + safeguardingCase.reference()
                        + " was recorded by someone else a moment ago.");
            }
            return null;
        });
    }

    private TaskAlreadyDoneException alreadyDone(SafeguardingCase safeguardingCase, String taskKey, String stepName) {
        String doneBy = context.getBusinessObject(CaseTasks.class)
                .whoCompleted(safeguardingCase.processInstanceId(), taskKey);
        if (doneBy == null) {
            return new TaskAlreadyDoneException(stepName + " is not open for case " + safeguardingCase.reference()
                    + " at this step.");
        }
        return new TaskAlreadyDoneException(stepName + " of " + safeguardingCase.reference() + " was already done by "
                + doneBy + ".");
    }

    /**
     * Who completed the task last, and when ("chscb.officer on 5 May 2026 at 10:04"), or null. In a
     * transaction of its own: the caller's has usually just been marked for rollback by the conflict.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String whoCompleted(String processInstanceId, String taskKey) {
        HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey)
                .finished().orderByHistoricTaskInstanceEndTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (done == null || done.getEndTime() == null) {
            return null;
        }
        return TaskAlreadyDoneException.byWhomAndWhen(done.getAssignee(), done.getEndTime().toInstant());
    }
}

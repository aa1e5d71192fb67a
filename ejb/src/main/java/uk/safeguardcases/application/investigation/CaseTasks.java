package uk.safeguardcases.application.investigation;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.infrastructure.engine.EngineAccess;

/**
 * The one place a step of a case's investigation is completed, assigned, or a message delivered to it, as the
 * current caller. A task someone else already completed is answered with who did it and when; a task assigned
 * to someone else is theirs to complete, and the answer says whose it is.
 */
@Stateless
public class CaseTasks {

    @Inject
    private EngineAccess engineAccess;

    @Inject
    private ProcessEngine engine;

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimelineService timeline;

    /**
     * Completes the case's open task {@code taskKey}, recording the caller as its assignee. Refused, before
     * anything is written, when it is assigned to someone else or someone else completed it.
     *
     * @param stepName the step as a refusal names it, in the caller's language (a {@code step.*} text)
     */
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
            if (task.getAssignee() != null && !task.getAssignee().equals(username)) {
                throw assignedElsewhere(safeguardingCase, stepName, task.getAssignee());
            }
            try {
                if (task.getAssignee() == null) {
                    // Claiming is its own engine command, so a concurrent completion is detected here, before
                    // the process moves on and before anything else of the caller's step is written.
                    engine.getTaskService().setAssignee(task.getId(), username);
                }
                // A task already assigned to the caller is guarded by completion's own revision check.
                engine.getTaskService().complete(task.getId(), variables);
            } catch (OptimisticLockingException | NullValueException e) {
                throw alreadyDone(safeguardingCase, taskKey, stepName);
            }
            return null;
        });
    }

    /** The case's open user tasks, oldest first, each with its role and whom it is assigned to. */
    public List<OpenTask> openTasks(SafeguardingCase safeguardingCase) {
        if (safeguardingCase.processInstanceId() == null) {
            return List.of();
        }
        List<OpenTask> open = engineAccess.asCaller(engine -> engine.getTaskService().createTaskQuery()
                .processInstanceId(safeguardingCase.processInstanceId()).orderByTaskCreateTime().asc().list()
                .stream().map(t -> new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                        roleOf(engine, t.getId()), t.getAssignee(), null, t.getCreateTime().toInstant()))
                .toList());
        Map<String, String> names = displayNames(open.stream().map(OpenTask::assignee).toList());
        return open.stream().map(t -> t.assignee() == null ? t : new OpenTask(t.taskId(), t.taskKey(), t.name(),
                t.role(), t.assignee(), names.getOrDefault(t.assignee(), t.assignee()), t.created())).toList();
    }

    /**
     * Assigns the case's open task {@code taskId} to {@code username}, if it is still assigned to
     * {@code expectedAssignee} (null: to nobody), so a form shown before someone else took the task changes
     * nothing. The person must be active on the board and have the task's role. Recorded on the case's timeline.
     */
    public OpenTask assign(SafeguardingCase safeguardingCase, String taskId, String expectedAssignee, String username) {
        OpenTask task = openTasks(safeguardingCase).stream().filter(t -> t.taskId().equals(taskId)).findFirst()
                .orElseThrow(() -> gone(safeguardingCase, taskId));
        if (!Objects.equals(task.assignee(), expectedAssignee)) {
            throw task.assignee() == null
                    ? new TaskAlreadyDoneException(Texts.text("task.noLongerAssigned", taskName(task.taskKey()),
                            safeguardingCase.reference()))
                    : assignedElsewhere(safeguardingCase, taskName(task.taskKey()), task.assignee());
        }
        Person person = username == null ? null : em.createQuery(
                        "select p from Person p where p.username = :username and p.active = true", Person.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        if (person == null) {
            throw new InvalidInputException(Map.of("assignee", Texts.text("task.assignee.missing")));
        }
        if (task.role() != null && !person.roles().contains(task.role())) {
            throw new InvalidInputException(Map.of("assignee", Texts.text("task.assignee.wrongRole",
                    person.displayName(), Texts.text("rolePlural." + task.role().name()))));
        }
        if (person.username().equals(task.assignee())) {
            return task;
        }
        try {
            engineAccess.asCaller(engine -> {
                engine.getTaskService().setAssignee(taskId, person.username());
                return null;
            });
        } catch (OptimisticLockingException | NullValueException e) {
            throw gone(safeguardingCase, taskId);
        }
        timeline.record(safeguardingCase.id(), "Task assigned", task.name() + ": assigned to "
                + person.displayName() + " (" + person.username() + ")"
                + (task.assignee() == null ? "" : "; it was assigned to " + task.assigneeName()
                + " (" + task.assignee() + ")"));
        return new OpenTask(task.taskId(), task.taskKey(), task.name(), task.role(), person.username(),
                person.displayName(), task.created());
    }

    /** The active people of the caller's board who have {@code role}, by name. */
    public List<Assignee> assignable(Role role) {
        return em.createQuery("select p from Person p where p.active = true order by p.displayName", Person.class)
                .getResultStream().filter(p -> p.roles().contains(role))
                .map(p -> new Assignee(p.username(), p.displayName())).toList();
    }

    /** The names of the caller's board's people with these user names (others are left out). */
    public Map<String, String> displayNames(Collection<String> usernames) {
        Set<String> wanted = usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p.username, p.displayName from Person p where p.username in :usernames",
                        Object[].class)
                .setParameter("usernames", wanted).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    private static Role roleOf(ProcessEngine engine, String taskId) {
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                try {
                    return Role.fromRoleName(link.getGroupId());
                } catch (IllegalArgumentException notARole) {
                    // A group the product does not know gives no role.
                }
            }
        }
        return null;
    }

    /**
     * The task changed under the caller: someone else was just given it (who), or it was completed (by whom and
     * when, if known).
     */
    private TaskAlreadyDoneException gone(SafeguardingCase safeguardingCase, String taskId) {
        HistoricTaskInstance done = context.getBusinessObject(CaseTasks.class).historicTask(taskId);
        if (done != null && done.getEndTime() == null && done.getAssignee() != null) {
            return assignedElsewhere(safeguardingCase, taskName(done.getTaskDefinitionKey()), done.getAssignee());
        }
        if (done == null || done.getEndTime() == null) {
            return new TaskAlreadyDoneException(Texts.text("task.noLongerOpen", safeguardingCase.reference()));
        }
        return TaskAlreadyDoneException.doneBy(taskName(done.getTaskDefinitionKey()), safeguardingCase.reference(),
                done.getAssignee(), done.getEndTime().toInstant());
    }

    private TaskAlreadyDoneException assignedElsewhere(SafeguardingCase safeguardingCase, String stepName,
            String assignee) {
        String name = displayNames(List.of(assignee)).getOrDefault(assignee, assignee);
        return new TaskAlreadyDoneException(Texts.text("task.assignedElsewhere", stepName,
                safeguardingCase.reference(), name, assignee));
    }

    /** A task of the process model by its id ("Triage the concern"), in the caller's language. */
    private static String taskName(String taskKey) {
        return Texts.text("task." + taskKey);
    }

    /**
     * The task as history has it (its assignee is kept up to date while it is open); in a transaction of its own,
     * as {@link #lastCompleted} is.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public HistoricTaskInstance historicTask(String taskId) {
        return engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    }

    /**
     * Delivers a message the case's process waits for at {@code receiveTask}; refuses if it is not waiting.
     *
     * @param stepName the step as a refusal names it, in the caller's language (a {@code step.*} text)
     */
    public void deliver(SafeguardingCase safeguardingCase, String receiveTask, String message, String stepName,
            Map<String, Object> variables) {
        engineAccess.asCaller(engine -> {
            boolean waiting = engine.getRuntimeService().createExecutionQuery()
                    .processInstanceId(safeguardingCase.processInstanceId())
                    .activityId(receiveTask).count() > 0;
            if (!waiting) {
                throw new TaskAlreadyDoneException(Texts.text("task.notExpected", stepName,
                        safeguardingCase.reference()));
            }
            try {
                engine.getRuntimeService().createMessageCorrelation(message)
                        .processInstanceId(safeguardingCase.processInstanceId())
                        .setVariables(variables)
                        .correlate();
            } catch (OptimisticLockingException e) {
                throw new TaskAlreadyDoneException(Texts.text("task.recordedByOthers", stepName,
                        safeguardingCase.reference()));
            }
            return null;
        });
    }

    private TaskAlreadyDoneException alreadyDone(SafeguardingCase safeguardingCase, String taskKey, String stepName) {
        HistoricTaskInstance done = context.getBusinessObject(CaseTasks.class)
                .lastCompleted(safeguardingCase.processInstanceId(), taskKey);
        if (done == null) {
            return new TaskAlreadyDoneException(Texts.text("task.notOpen", stepName, safeguardingCase.reference()));
        }
        return TaskAlreadyDoneException.doneBy(stepName, safeguardingCase.reference(), done.getAssignee(),
                done.getEndTime().toInstant());
    }

    /**
     * The last completion of the task (who and when), or null. In a transaction of its own: the caller's has
     * usually just been marked for rollback by the conflict.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public HistoricTaskInstance lastCompleted(String processInstanceId, String taskKey) {
        HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey)
                .finished().orderByHistoricTaskInstanceEndTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        return done == null || done.getEndTime() == null ? null : done;
    }
}

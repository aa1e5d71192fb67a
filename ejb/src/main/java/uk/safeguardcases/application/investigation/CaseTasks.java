package uk.safeguardcases.application.investigation;

import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.people.PeopleNames;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.process.ProcessTask;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.process.TaskRecord;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.Role;

/**
 * The one place a step of a case's investigation is completed, assigned, or a message delivered to it, as the
 * current caller. A task someone else already completed is answered with who did it and when; a task assigned
 * to someone else is theirs to complete, and the answer says whose it is.
 */
@Stateless
public class CaseTasks {

    @Inject
    private PersonRepository people;

    @Inject
    private PeopleNames peopleNames;

    @Inject
    private Processes processes;

    @Inject
    private AssigneeReadModel assignees;

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
        try {
            processes.complete(safeguardingCase.processInstanceId(), taskKey, CallerContext.current().username(),
                    variables);
        } catch (StepUnavailableException e) {
            throw switch (e.reason()) {
                case ASSIGNED_ELSEWHERE -> assignedElsewhere(safeguardingCase, stepName, e.assignee());
                case STILL_WAITING -> new TaskAlreadyDoneException(Texts.text("task.changedMeanwhile", stepName,
                        safeguardingCase.reference()));
                default -> alreadyDone(safeguardingCase, taskKey, stepName);
            };
        }
    }

    /** The case's open user tasks, oldest first, each with its role and whom it is assigned to. */
    public List<OpenTask> openTasks(SafeguardingCase safeguardingCase) {
        if (safeguardingCase.processInstanceId() == null) {
            return List.of();
        }
        List<ProcessTask> open = processes.openTasks(safeguardingCase.processInstanceId());
        Map<String, String> names = displayNames(open.stream().map(ProcessTask::assignee).toList());
        return open.stream().map(t -> new OpenTask(t.taskId(), t.taskKey(), t.name(), t.role(), t.assignee(),
                t.assignee() == null ? null : names.getOrDefault(t.assignee(), t.assignee()), t.created())).toList();
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
        Person person = username == null ? null : people.byUsername(username).filter(Person::active).orElse(null);
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
            processes.assign(taskId, person.username());
        } catch (StepUnavailableException e) {
            throw gone(safeguardingCase, taskId);
        }
        // The timeline names people as every page does, by name and role (the actor column keeps who did it).
        timeline.record(safeguardingCase.id(), AuditAction.TASK_ASSIGNED, task.name() + ": assigned to "
                + peopleNames.describe(person.username())
                + (task.assignee() == null ? "" : "; it was assigned to " + peopleNames.describe(task.assignee())));
        return new OpenTask(task.taskId(), task.taskKey(), task.name(), task.role(), person.username(),
                person.displayName(), task.created());
    }

    /** The active people of the caller's board who have {@code role}, by name. */
    public List<Assignee> assignable(Role role) {
        return assignees.withRole(role);
    }

    /** The names of the caller's board's people with these user names (others are left out). */
    public Map<String, String> displayNames(Collection<String> usernames) {
        return people.displayNames(usernames);
    }

    /**
     * The task changed under the caller: someone else was just given it (who), or it was completed (by whom and
     * when, if known).
     */
    private TaskAlreadyDoneException gone(SafeguardingCase safeguardingCase, String taskId) {
        TaskRecord done = processes.task(taskId).orElse(null);
        if (done != null && done.open() && done.assignee() != null) {
            return assignedElsewhere(safeguardingCase, taskName(done.taskKey()), done.assignee());
        }
        if (done == null || done.open()) {
            return new TaskAlreadyDoneException(Texts.text("task.noLongerOpen", safeguardingCase.reference()));
        }
        return TaskAlreadyDoneException.doneBy(taskName(done.taskKey()), safeguardingCase.reference(),
                PeopleNames.describedToCaller(done.assignee()), done.completedAt());
    }

    private TaskAlreadyDoneException assignedElsewhere(SafeguardingCase safeguardingCase, String stepName,
            String assignee) {
        return new TaskAlreadyDoneException(Texts.text("task.assignedElsewhere", stepName,
                safeguardingCase.reference(), peopleNames.describeToCallerForRefusal(assignee)));
    }

    /** A task of the process model by its id ("Triage the concern"), in the caller's language. */
    private static String taskName(String taskKey) {
        return Texts.text("task." + taskKey);
    }

    /**
     * Delivers a message the case's process waits for at {@code receiveTask}; refuses if it is not waiting.
     *
     * @param stepName the step as a refusal names it, in the caller's language (a {@code step.*} text)
     */
    public void deliver(SafeguardingCase safeguardingCase, String receiveTask, String message, String stepName,
            Map<String, Object> variables) {
        try {
            processes.deliver(safeguardingCase.processInstanceId(), receiveTask, message, variables);
        } catch (StepUnavailableException e) {
            String reference = safeguardingCase.reference();
            throw new TaskAlreadyDoneException(switch (e.reason()) {
                case NOT_WAITING -> Texts.text("task.notExpected", stepName, reference);
                case STILL_WAITING -> Texts.text("task.changedMeanwhile", stepName, reference);
                default -> Texts.text("task.recordedByOthers", stepName, reference);
            });
        }
    }

    private TaskAlreadyDoneException alreadyDone(SafeguardingCase safeguardingCase, String taskKey, String stepName) {
        return processes.lastCompleted(safeguardingCase.processInstanceId(), taskKey)
                .map(done -> TaskAlreadyDoneException.doneBy(stepName, safeguardingCase.reference(),
                        PeopleNames.describedToCaller(done.assignee()), done.completedAt()))
                .orElseGet(() -> new TaskAlreadyDoneException(Texts.text("task.notOpen", stepName,
                        safeguardingCase.reference())));
    }
}

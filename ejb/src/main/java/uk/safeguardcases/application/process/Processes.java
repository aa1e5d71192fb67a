package uk.safeguardcases.application.process;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.domain.people.Role;

/**
 * The process port: how the services start the product's processes (each a BPMN model deployed for every board) and
 * move them on. Everything happens as the current caller and for the caller's board only. The engine is behind it,
 * in {@code infrastructure/engine}; nothing else in the product names the engine, so moving to another engine (Operaton,
 * the maintained fork of Camunda 7) means writing this port again, not the services.
 */
public interface Processes {

    /** Starts the board's {@code processKey} for a subject whose reference is {@code businessKey}; returns its id. */
    String start(String processKey, String businessKey, Map<String, Object> variables);

    /**
     * Completes the instance's open user task {@code taskKey} as {@code username}, taking it first if nobody has.
     *
     * @throws StepUnavailableException when it is not open (done by someone else, or never reached), is assigned to
     *         someone else, or someone completed it at the same moment; or, with reason {@code STILL_WAITING}, when a
     *         job of the process (a reminder's timer) changed it at the same moment and the task is still open, not done
     */
    void complete(String instanceId, String taskKey, String username, Map<String, Object> variables);

    /** The instance's open user tasks, oldest first. */
    List<ProcessTask> openTasks(String instanceId);

    /**
     * Open tasks of the caller's board assigned to {@code username} or offered to one of {@code roles}, newest first,
     * each with its business key (its role is not read: the caller has it).
     */
    List<ProcessTask> tasksFor(String username, Collection<Role> roles, int max);

    /** Gives the open task to {@code username}; {@link StepUnavailableException} if it was completed meanwhile. */
    void assign(String taskId, String username);

    /** A task as history has it (open or done), read in a transaction of its own. */
    Optional<TaskRecord> task(String taskId);

    /** The last completion of the instance's task {@code taskKey}, read in a transaction of its own. */
    Optional<TaskRecord> lastCompleted(String instanceId, String taskKey);

    /**
     * Delivers {@code message} to the instance waiting at {@code waitingAt}.
     *
     * @throws StepUnavailableException when it is not waiting there, or another delivery won
     */
    void deliver(String instanceId, String waitingAt, String message, Map<String, Object> variables);

    /**
     * Who has each open user task of these instances, by instance id, in one query for a page of a list: the
     * assignee's user name, or null for a task nobody has taken yet. Instances without open tasks are left out.
     */
    Map<String, List<String>> assigneesOf(Collection<String> instanceIds);

    /** The steps (model element ids) the instance is at now; empty once it has ended. */
    List<String> activeSteps(String instanceId);

    /** The steps the instance has passed through, in order, the current ones included. */
    List<String> stepsTaken(String instanceId);

    /** The BPMN model the instance runs (or ran), as XML. */
    String model(String instanceId);

    /**
     * Removes what the engine keeps about the case with this business key on the caller's board: the history of
     * its finished instances (their variables, tasks and steps). Answers how many instances were removed.
     */
    int forget(String businessKey);

    /** The caller's board's steps that failed every try and wait for someone to try them again, oldest first. */
    List<StuckStep> stuckSteps();

    /**
     * The caller's board's steps that failed and are being tried again by themselves (not yet stuck), the next try
     * first; {@code since} is when the next try is due. At most 200.
     */
    List<StuckStep> retryingSteps();

    /**
     * Tries the caller's board's stuck step once more, now, on the job executor; answers it as it was.
     *
     * @throws uk.safeguardcases.application.tenancy.NotFoundException when it is not stuck (tried again already, or
     *         another board's)
     */
    StuckStep tryAgain(String stuckStepId);

    /** How many steps are stuck on each board that has any: counts only, for readiness and the figures. */
    Map<String, Long> stuckStepsByBoard();

    /**
     * How many jobs of no board failed every try (the engine's own, such as its nightly history cleanup): no board's
     * Stuck work page shows them, so readiness and a figure do, for the operator.
     */
    long stuckJobsOfNoBoard();

    /** Whether the engine runs its jobs, and how many boards have {@code processKey} deployed. */
    ProcessHealth health(String processKey);

    /**
     * Reads the latest version of every board's models into the engine's cache, at most {@code most} of them and for
     * no longer than {@code budget}; answers how many. A node that has just started otherwise reads a board's model
     * the first time anyone there starts or moves one of its processes (a warm-up, before the node says it is ready).
     * The models only: nothing of any board's cases.
     */
    int loadModels(int most, java.time.Duration budget);
}

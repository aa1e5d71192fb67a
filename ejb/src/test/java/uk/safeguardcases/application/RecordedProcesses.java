package uk.safeguardcases.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.safeguardcases.application.process.ProcessHealth;
import uk.safeguardcases.application.process.ProcessTask;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.process.StuckStep;
import uk.safeguardcases.application.process.TaskRecord;
import uk.safeguardcases.domain.people.Role;

/**
 * The process port of a unit test: what was started, completed and delivered, in order, and the business keys whose
 * history was forgotten. A task marked done elsewhere, or an instance no longer waiting, answers as the engine would:
 * the step is unavailable. An instance waits where the test says ({@link #waitingAt}), nowhere until it does.
 */
public class RecordedProcesses implements Processes {

    /** A process started: its key, business key and variables; its instance is "instance-" and its number. */
    public record Started(String key, String businessKey, Map<String, Object> variables) {
    }

    /** A step taken on an instance: a task completed (by whom, with what) or a message delivered. */
    public record Step(String instanceId, String step, String by, Map<String, Object> variables) {
    }

    public final List<Started> started = new ArrayList<>();
    public final List<Step> completed = new ArrayList<>();
    public final List<Step> delivered = new ArrayList<>();
    public final Set<String> doneElsewhere = new HashSet<>();
    /** Instances a job of theirs (a reminder's timer) changes at the moment a task of theirs is completed. */
    public final Set<String> changedByAJob = new HashSet<>();
    public final List<String> forgotten = new ArrayList<>();
    private final Map<String, List<String>> waiting = new HashMap<>();

    /** The instance waits at {@code steps} (none: it has ended), as the engine would answer. */
    public void waitingAt(String instanceId, String... steps) {
        waiting.put(instanceId, List.of(steps));
    }

    @Override
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        started.add(new Started(processKey, businessKey, variables));
        return "instance-" + started.size();
    }

    @Override
    public void complete(String instanceId, String taskKey, String username, Map<String, Object> variables) {
        if (doneElsewhere.contains(instanceId)) {
            throw new StepUnavailableException(StepUnavailableException.Reason.NOT_OPEN, null);
        }
        if (changedByAJob.contains(instanceId)) {
            throw new StepUnavailableException(StepUnavailableException.Reason.STILL_WAITING, null);
        }
        completed.add(new Step(instanceId, taskKey, username, variables));
    }

    @Override
    public void deliver(String instanceId, String waitingAt, String message, Map<String, Object> variables) {
        if (doneElsewhere.contains(instanceId)) {
            throw new StepUnavailableException(StepUnavailableException.Reason.NOT_WAITING, null);
        }
        delivered.add(new Step(instanceId, waitingAt, message, variables));
    }

    @Override
    public List<ProcessTask> openTasks(String instanceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ProcessTask> tasksFor(String username, Collection<Role> roles, int max) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void assign(String taskId, String username) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<TaskRecord> task(String taskId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<TaskRecord> lastCompleted(String instanceId, String taskKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, List<String>> assigneesOf(Collection<String> instanceIds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> activeSteps(String instanceId) {
        return waiting.getOrDefault(instanceId, List.of());
    }

    @Override
    public List<String> stepsTaken(String instanceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String model(String instanceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int forget(String businessKey) {
        forgotten.add(businessKey);
        return 1;
    }

    @Override
    public List<StuckStep> stuckSteps() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<StuckStep> retryingSteps() {
        throw new UnsupportedOperationException();
    }

    @Override
    public StuckStep tryAgain(String stuckStepId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Long> stuckStepsByBoard() {
        throw new UnsupportedOperationException();
    }

    @Override
    public long stuckJobsOfNoBoard() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProcessHealth health(String processKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int loadModels(int most, Duration budget) {
        throw new UnsupportedOperationException();
    }
}

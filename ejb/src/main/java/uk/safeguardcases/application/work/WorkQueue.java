package uk.safeguardcases.application.work;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Date;
import uk.safeguardcases.application.investigation.CaseTasks;
import uk.safeguardcases.application.process.ProcessTask;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * The tasks waiting for the caller: their board's tasks assigned to them, and those offered to one of their roles
 * that nobody has been assigned yet (a task offered to a role leaves that list once someone is assigned to it).
 */
@Stateless
public class WorkQueue {

    private static final int MAX_TASKS = 200;

    @Inject
    private Processes processes;

    @Inject
    private CaseTasks caseTasks;

    public List<WorkItem> myTasks() {
        Caller caller = CallerContext.current();
        List<ProcessTask> tasks = processes.tasksFor(caller.username(), caller.roles(), MAX_TASKS);
        Map<String, String> names = caseTasks.displayNames(tasks.stream().map(ProcessTask::assignee).toList());
        return tasks.stream()
                .map(t -> new WorkItem(t.taskId(), t.taskKey(), t.name(), t.businessKey(), date(t.created()),
                        date(t.due()), t.assignee(),
                        t.assignee() == null ? null : names.getOrDefault(t.assignee(), t.assignee())))
                .toList();
    }

    private static Date date(java.time.Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}

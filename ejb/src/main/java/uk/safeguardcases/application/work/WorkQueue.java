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

    @Inject
    private uk.safeguardcases.application.investigation.CaseRetention retention;

    /**
     * The process's tasks, and for a senior manager the false or malicious findings another senior proposed, which
     * wait for them to agree or refuse (not a step of the process: the case's process has ended), oldest first.
     */
    public List<WorkItem> myTasks() {
        Caller caller = CallerContext.current();
        List<ProcessTask> tasks = processes.tasksFor(caller.username(), caller.roles(), MAX_TASKS);
        Map<String, String> names = caseTasks.displayNames(tasks.stream().map(ProcessTask::assignee).toList());
        List<WorkItem> items = new java.util.ArrayList<>();
        if (caller.has(uk.safeguardcases.domain.people.Role.SENIOR)) {
            retention.awaitingSecondSenior().forEach(c -> items.add(new WorkItem("agree-finding-" + c.id(),
                    WorkItem.AGREE_FINDING, "Agree or refuse a false or malicious finding", c.reference(),
                    date(c.finding().proposedAt()), null, null, null)));
        }
        tasks.stream()
                .map(t -> new WorkItem(t.taskId(), t.taskKey(), t.name(), t.businessKey(), date(t.created()),
                        date(t.due()), t.assignee(),
                        t.assignee() == null ? null : names.getOrDefault(t.assignee(), t.assignee())))
                .forEach(items::add);
        return items;
    }

    private static Date date(java.time.Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}

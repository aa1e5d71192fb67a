package uk.safeguardcases.application.work;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import uk.safeguardcases.application.investigation.CaseTasks;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.infrastructure.engine.EngineAccess;

/**
 * The tasks waiting for the caller: their board's tasks assigned to them, and those offered to one of their roles
 * that nobody has been assigned yet (the engine leaves out a candidate task once someone is assigned to it).
 */
@Stateless
public class WorkQueue {

    private static final int MAX_TASKS = 200;

    @Inject
    private EngineAccess engineAccess;

    @Inject
    private CaseTasks caseTasks;

    public List<WorkItem> myTasks() {
        Caller caller = CallerContext.current();
        List<String> groups = caller.roles().stream().map(Role::roleName).toList();
        if (groups.isEmpty()) {
            return List.of();
        }
        return engineAccess.asCaller(engine -> {
            List<Task> tasks = engine.getTaskService().createTaskQuery()
                    .tenantIdIn(caller.tenantId())
                    .or().taskCandidateGroupIn(groups).taskAssignee(caller.username()).endOr()
                    .orderByTaskCreateTime().desc()
                    .listPage(0, MAX_TASKS);
            if (tasks.isEmpty()) {
                return List.of();
            }
            Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
            Map<String, String> caseReferences = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceIds(instanceIds).list().stream()
                    .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
            Map<String, String> names = caseTasks.displayNames(tasks.stream().map(Task::getAssignee).toList());
            return tasks.stream()
                    .map(t -> new WorkItem(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                            caseReferences.getOrDefault(t.getProcessInstanceId(), ""), t.getCreateTime(), t.getDueDate(),
                            t.getAssignee(), t.getAssignee() == null ? null
                                    : names.getOrDefault(t.getAssignee(), t.getAssignee())))
                    .toList();
        });
    }
}

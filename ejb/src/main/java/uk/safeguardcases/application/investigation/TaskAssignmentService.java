package uk.safeguardcases.application.investigation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Role;

/**
 * Who does a case's open task: an officer or senior manager takes it ("assign to me") or gives it to a colleague
 * who has the task's role on the same board. Once assigned, only that person can complete it (see
 * {@link CaseTasks}). Each change is on the case's timeline.
 */
@Stateless
public class TaskAssignmentService {

    @Inject
    private CaseLookup cases;

    @Inject
    private CaseTasks tasks;

    /** The caller takes the task, if it is still assigned to {@code expectedAssignee} (null: to nobody). */
    public OpenTask take(String reference, String taskId, String expectedAssignee) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        return tasks.assign(cases.byReference(reference), taskId, expectedAssignee, caller.username());
    }

    /** Gives the task to {@code username}, if it is still assigned to {@code expectedAssignee} (null: to nobody). */
    public OpenTask assign(String reference, String taskId, String expectedAssignee, String username) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return tasks.assign(cases.byReference(reference), taskId, expectedAssignee, username);
    }

    /** The people of the caller's board a task for {@code role} can be given to. */
    public List<Assignee> assignable(Role role) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return tasks.assignable(role);
    }
}

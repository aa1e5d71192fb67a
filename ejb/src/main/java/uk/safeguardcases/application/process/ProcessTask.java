package uk.safeguardcases.application.process;

import java.time.Instant;
import uk.safeguardcases.domain.people.Role;

/**
 * An open user task of a process.
 *
 * @param taskKey the task's id in the model, e.g. {@code triage}
 * @param name the task's name in the model (English)
 * @param role the role it is offered to, or null
 * @param assignee the user name of the person who has it, or null while anyone in the role may take it
 * @param due when it is due, if the model says
 * @param businessKey the reference of what the process is about (a case's reference)
 */
public record ProcessTask(String taskId, String taskKey, String name, Role role, String assignee, Instant created,
        Instant due, String businessKey) {
}

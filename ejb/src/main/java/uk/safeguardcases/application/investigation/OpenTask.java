package uk.safeguardcases.application.investigation;

import java.io.Serializable;
import java.time.Instant;
import uk.safeguardcases.domain.people.Role;

/**
 * An open task of a case's investigation and whom it is assigned to.
 *
 * @param taskKey the task's id in the process model, e.g. {@code triage}; pages word the task from it
 * @param name the task's name in the process model (English), for the timeline
 * @param role who may do it: compliance officers or senior managers
 * @param assignee the user name of the person it is assigned to, or null while anyone in the role may take it
 * @param assigneeName that person's name, or null
 */
public record OpenTask(String taskId, String taskKey, String name, Role role, String assignee, String assigneeName,
        Instant created) implements Serializable {

    public boolean isAssigned() {
        return assignee != null;
    }
}

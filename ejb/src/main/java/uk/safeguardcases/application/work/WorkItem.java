package uk.safeguardcases.application.work;

import java.io.Serializable;
import java.util.Date;

/**
 * A task of the investigation waiting for someone in the caller's role, or assigned to the caller.
 *
 * @param taskKey the task's id in the process model, e.g. {@code triage}; pages word the task from it, and the
 *     process that has it names the page it is done on (web {@code ProcessPages})
 * @param name the task's name in the process model (English)
 * @param assignee the user name of the person the task is assigned to, or null while anyone in the role may take it
 * @param assigneeName that person's name, or null
 */
public record WorkItem(String taskId, String taskKey, String name, String caseReference, Date created, Date due,
        String assignee, String assigneeName) implements Serializable {

    /** A second senior manager's agreement to a false or malicious finding, on the case's page. */
    public static final String AGREE_FINDING = "agree-finding";

    public boolean isAssigned() {
        return assignee != null;
    }
}

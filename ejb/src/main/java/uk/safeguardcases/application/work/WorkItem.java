package uk.safeguardcases.application.work;

import java.io.Serializable;
import java.util.Date;

/**
 * A task of the investigation waiting for someone in the caller's role, or assigned to the caller.
 *
 * @param taskKey the task's id in the process model, e.g. {@code triage}; pages word the task from it
 * @param name the task's name in the process model (English)
 * @param assignee the user name of the person the task is assigned to, or null while anyone in the role may take it
 * @param assigneeName that person's name, or null
 */
public record WorkItem(String taskId, String taskKey, String name, String caseReference, Date created, Date due,
        String assignee, String assigneeName) implements Serializable {

    /** A second senior manager's agreement to a false or malicious finding, on the case's page. */
    public static final String AGREE_FINDING = "agree-finding";

    /** The page the task is done on: a subject access request's or an official account request's own page, else the case's. */
    public String getPage() {
        if ("decide-official-account".equals(taskKey)) {
            return "/senior/official-account.xhtml";
        }
        if ("answer-official-account-consultation".equals(taskKey)) {
            return "/portal/official-account.xhtml";
        }
        if ("authorise-child-search".equals(taskKey) || "search-and-log".equals(taskKey)
                || "record-search-outcome".equals(taskKey)) {
            return "/officer/search.xhtml";
        }
        return "answer-subject-access-request".equals(taskKey) ? "/officer/subject-access-request.xhtml"
                : "/officer/case.xhtml";
    }

    public boolean isAssigned() {
        return assignee != null;
    }
}

package uk.safeguardcases.domain.access;

/** The names the subject access request's BPMN model ({@code subject-access-request.bpmn}) and the product share. */
public final class SubjectAccessProcess {

    public static final String KEY = "subject-access-request";
    /** The officer's task: gather, review with redaction, and export the answer. */
    public static final String ANSWER = "answer-subject-access-request";
    /** The message that moves the deadline (the task is entered again, its timers set for the new dates). */
    public static final String EXTENDED = "subject-access-extended";
    public static final String REQUEST_ID = "subjectAccessRequestId";
    public static final String REMINDER_AT = "reminderAt";
    public static final String DUE = "answerDue";

    private SubjectAccessProcess() {
    }
}

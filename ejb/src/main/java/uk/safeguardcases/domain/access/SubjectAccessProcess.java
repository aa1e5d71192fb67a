package uk.safeguardcases.domain.access;

/** The names the subject access request's BPMN model ({@code subject-access-request.bpmn}) and the product share. */
public final class SubjectAccessProcess {

    public static final String KEY = "subject-access-request";
    /** The officer's task: gather, review with redaction, and export the answer. */
    public static final String ANSWER = "answer-subject-access-request";
    /** The message that moves the deadline (the task is entered again, its timers set for the new dates). */
    public static final String EXTENDED = "subject-access-extended";
    /** The message that stops the clock (Article 12A): the task waits, its timers cancelled, at {@link #WAITING}. */
    public static final String PAUSED = "subject-access-paused";
    /** Where a paused request waits for the information it reasonably requires. */
    public static final String WAITING = "waiting-for-the-requester";
    /** The message that starts the clock again: the task is entered again, its timers set for the moved dates. */
    public static final String RESUMED = "subject-access-resumed";
    public static final String REQUEST_ID = "subjectAccessRequestId";
    public static final String REMINDER_AT = "reminderAt";
    public static final String DUE = "answerDue";

    private SubjectAccessProcess() {
    }
}

package uk.safeguardcases.application.process;

import jakarta.ejb.ApplicationException;

/**
 * A step could not be taken because the process is not where the caller thought: the task is no longer (or not yet)
 * open, someone else has it, or someone did it at the same moment. The services turn it into words for the person
 * (and those words roll the caller's step back); the port itself leaves the transaction alone, so they can still
 * read who has the task.
 */
@ApplicationException(rollback = false)
public class StepUnavailableException extends RuntimeException {

    /** Why the step could not be taken. */
    public enum Reason {
        /** Not open: completed already, or not reached. */
        NOT_OPEN,
        /** Open, and assigned to {@link #assignee()}. */
        ASSIGNED_ELSEWHERE,
        /** Someone else changed it at the same moment. */
        CONFLICT,
        /**
         * It changed at the same moment (a timer's job, such as a reminder), and still waits for this step: not done,
         * and may be tried again.
         */
        STILL_WAITING,
        /** The process is not waiting for this message. */
        NOT_WAITING
    }

    private final Reason reason;
    private final String assignee;

    public StepUnavailableException(Reason reason, String assignee) {
        super(reason + (assignee == null ? "" : " (" + assignee + ")"));
        this.reason = reason;
        this.assignee = assignee;
    }

    public Reason reason() {
        return reason;
    }

    public String assignee() {
        return assignee;
    }
}

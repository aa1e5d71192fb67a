package uk.safeguardcases.application.cases;

import jakarta.ejb.ApplicationException;

/** Someone else completed the task first; the message says who and when. */
@ApplicationException(rollback = true)
public class TaskAlreadyDoneException extends RuntimeException {
    public TaskAlreadyDoneException(String message) {
        super(message);
    }
}

package uk.safeguardcases.application.process;

/**
 * What a process declares about itself so the product follows it without knowing its model: its key, the variable
 * that holds the id of its subject (a case, a declaration…), and what happens when it enters a user or receive task
 * (the subject takes that step). One bean per process; the engine's step listener finds it by key.
 */
public interface ProcessSteps {

    String processKey();

    /** The process variable holding the subject's id. */
    String subjectVariable();

    /** The process entered the task {@code activityId}; runs as the board's system caller. */
    void stepEntered(long subjectId, String activityId);
}

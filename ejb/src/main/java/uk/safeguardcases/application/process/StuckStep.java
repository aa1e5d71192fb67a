package uk.safeguardcases.application.process;

import java.time.Instant;

/**
 * A step of one of the board's processes that failed every try (an incident of the engine): it waits until someone
 * tries it again. {@code subjectReference} is what the process is about (a case's reference, a request's), and
 * {@code error} is the last failure in plain words, never a stack trace. {@code jobId} is the failed job's: a job
 * tried again that fails again is a new stuck step of the same job.
 */
public record StuckStep(String id, String processKey, String processName, String subjectReference, String stepId,
        String stepName, Instant since, String error, String jobId) {
}

package uk.safeguardcases.application.process;

import java.time.Instant;

/** A task as history keeps it: who has (or had) it, and when it was completed (null while open). */
public record TaskRecord(String taskKey, String assignee, Instant completedAt) {

    public boolean open() {
        return completedAt == null;
    }
}

package uk.safeguardcases.application.investigation;

import java.io.Serializable;

/** Someone of the board a task can be assigned to. */
public record Assignee(String username, String displayName) implements Serializable {
}

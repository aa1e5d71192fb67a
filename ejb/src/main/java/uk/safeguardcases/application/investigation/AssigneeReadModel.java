package uk.safeguardcases.application.investigation;

import java.util.List;
import uk.safeguardcases.domain.people.Role;

/** Whom a task can be given to, read from the board's people (implemented beside the persistence). */
public interface AssigneeReadModel {

    /** The active people of the caller's board who have {@code role}, by name. */
    List<Assignee> withRole(Role role);
}

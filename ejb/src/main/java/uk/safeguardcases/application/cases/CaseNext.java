package uk.safeguardcases.application.cases;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.cases.DeadlineKind;

/**
 * What comes next for an open case, as a row of the case list shows it: its nearest deadline still running, and
 * who has its open tasks.
 *
 * @param deadlineKind what is due, or null when nothing with a deadline is running
 * @param deadline when it is due, or null
 * @param overdue whether that deadline has passed
 * @param holders the names of the people who have the case's open tasks (none when nobody has taken them)
 * @param untaken whether an open task of the case is waiting for someone to take it
 */
public record CaseNext(DeadlineKind deadlineKind, Instant deadline, boolean overdue, List<String> holders,
        boolean untaken) implements Serializable {

    /** The holders' names, comma-separated. */
    public String holderNames() {
        return String.join(", ", holders);
    }
}

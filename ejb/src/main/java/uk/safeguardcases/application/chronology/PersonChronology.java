package uk.safeguardcases.application.chronology;

import java.io.Serializable;
import java.util.List;

/** Everything the board holds about a person, in time order (oldest first). */
public record PersonChronology(long personId, String name, String username, String organisation,
        List<ChronologyLine> lines) implements Serializable {
}

package uk.safeguardcases.application.retention;

import java.time.LocalDate;
import java.util.List;

/** The closed cases coming up for removal, for the retention page (implemented beside the persistence). */
public interface DueRemovalReadModel {

    /** The closed cases not removed whose retention ends by {@code until}, soonest first, at most {@code most}. */
    List<DueRemoval> dueBy(LocalDate until, int most);
}

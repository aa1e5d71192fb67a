package uk.safeguardcases.application.lowlevel;

import java.util.List;

/** What the register holds for a person's chronology, as rows of plain values (implemented beside the persistence). */
public interface LowLevelChronologyRecords {

    /** The low-level concerns about the person: id, day, summary, case reference; at most {@code most}. */
    List<Object[]> concernsAbout(long personId, int most);
}

package uk.safeguardcases.application.chronology;

import java.util.List;
import uk.safeguardcases.domain.people.Person;

/**
 * A process's lines in a person's chronology: what it holds about them (low-level concerns, declarations, official
 * accounts, searches logged …), each record a {@link ChronologyLine} of a kind of its own, worded on the page as
 * {@code chronology.kind.<kind>} in the process's own bundle of the pages; a line whose link is worded by its kind
 * rather than by its title (a record with no reference of its own) has {@code chronology.open.<kind>} there too, a
 * pattern given the line's day or time as {0}. An {@code @ApplicationScoped} bean in the process's package; {@link Chronologies}
 * asks every one, in the caller's transaction, on the caller's board (Hibernate's tenant filter), and sorts every line
 * by time then kind, so the order the parts are asked in changes nothing.
 */
public interface ChronologyPart {

    /** The kinds of line it brings ({@code LOW_LEVEL_CONCERN}), none of them another's. */
    List<String> kinds();

    /** Its lines about the board's {@code person}: one query per kind of record, at most {@code most} records each. */
    List<ChronologyLine> linesAbout(Person person, int most);
}

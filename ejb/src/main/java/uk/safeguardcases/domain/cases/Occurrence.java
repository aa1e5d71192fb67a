package uk.safeguardcases.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When the conduct happened and where the content is, as the person raising the concern knows them; each may be
 * unknown (null). When only the day is known, {@code at} is that day's start, UK time, and {@code dayOnly} says so.
 * The case keeps these in its own columns, which the register of low-level concerns and the chronology query.
 */
public record Occurrence(Instant at, boolean dayOnly, String contentUrl) {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** Nothing said of when or where. */
    public static final Occurrence UNKNOWN = new Occurrence(null, false, null);

    public Occurrence {
        dayOnly = dayOnly && at != null;
    }

    /** At the moment {@code at}, with the content at {@code contentUrl} (either null). */
    public static Occurrence at(Instant at, String contentUrl) {
        return new Occurrence(at, false, contentUrl);
    }

    /** On the day {@code day}, when only the day is known, with the content at {@code contentUrl} (either null). */
    public static Occurrence on(LocalDate day, String contentUrl) {
        return new Occurrence(day == null ? null : day.atStartOfDay(UK).toInstant(), day != null, contentUrl);
    }

    /** The day the conduct happened when only the day is known, else null (see {@link #at()}). */
    public LocalDate day() {
        return dayOnly ? at.atZone(UK).toLocalDate() : null;
    }
}

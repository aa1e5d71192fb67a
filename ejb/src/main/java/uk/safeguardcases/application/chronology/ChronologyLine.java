package uk.safeguardcases.application.chronology;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * One line of a person's chronology: when, what kind of record ({@code kind}, worded by the page as
 * {@code chronology.kind.<kind>}), its reference or short title, a detail in the record's own words, or a value the page
 * words in its language ({@code value}: the case's source, why it closed, the request's kind …), and the page of its
 * record within the product (null where the reader has none to open). {@code day} is set for a record that knows only
 * its day (a low-level concern): the page shows the day, never the made-up time {@code at} holds to sort it.
 */
public record ChronologyLine(Instant at, String kind, String title, String detail, Enum<?> value, String link,
        LocalDate day) implements Serializable {

    static final ZoneId UK = ZoneId.of("Europe/London");

    public static ChronologyLine of(Instant at, String kind, String title, Object detail, String link) {
        return detail instanceof Enum<?> value ? new ChronologyLine(at, kind, title, null, value, link, null)
                : new ChronologyLine(at, kind, title, detail == null ? null : detail.toString(), null, link, null);
    }

    /** A record of a day only, sorted at midday of it among the records with a time. */
    public static ChronologyLine ofDay(LocalDate day, String kind, String title, String detail, String link) {
        return new ChronologyLine(day.atTime(LocalTime.NOON).atZone(UK).toInstant(), kind, title, detail, null, link,
                day);
    }
}

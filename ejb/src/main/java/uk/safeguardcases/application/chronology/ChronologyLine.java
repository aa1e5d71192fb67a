package uk.safeguardcases.application.chronology;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a person's chronology: when, what kind of record ({@code kind}, worded by the page as
 * {@code chronology.kind.<kind>}), its reference or short title, a detail in the record's own words, or a value the page
 * words in its language ({@code value}: the case's source, why it closed, the request's kind …), and the page of its
 * record within the product (null where the reader has none to open).
 */
public record ChronologyLine(Instant at, String kind, String title, String detail, Enum<?> value, String link)
        implements Serializable {

    static ChronologyLine of(Instant at, String kind, String title, Object detail, String link) {
        return detail instanceof Enum<?> value ? new ChronologyLine(at, kind, title, null, value, link)
                : new ChronologyLine(at, kind, title, detail == null ? null : detail.toString(), null, link);
    }
}

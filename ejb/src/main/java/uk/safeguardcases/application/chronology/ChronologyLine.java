package uk.safeguardcases.application.chronology;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a person's chronology: when, what kind of record ({@code kind}, worded by the page as
 * {@code chronology.kind.<kind>}), its reference or short title, a detail in the record's own words or values, and the
 * page of its record within the product (null where the reader has none to open).
 */
public record ChronologyLine(Instant at, String kind, String title, String detail, String link)
        implements Serializable {
}

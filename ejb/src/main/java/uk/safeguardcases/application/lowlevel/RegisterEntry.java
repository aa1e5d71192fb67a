package uk.safeguardcases.application.lowlevel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One member's entry in the register: their low-level concerns, and how many low-level concerns and cases together
 * fall in the board's window (the count the pattern alert is about), when the entry was last reviewed and whether an
 * alert about them waits for a review.
 */
public record RegisterEntry(long personId, String name, String organisation, int lowLevelInWindow, int casesInWindow,
        int together, int threshold, int lowLevelAll, LocalDate lastOccurred, Instant lastReviewed, boolean alerted)
        implements Serializable {

    public boolean reached() {
        return together >= threshold;
    }
}

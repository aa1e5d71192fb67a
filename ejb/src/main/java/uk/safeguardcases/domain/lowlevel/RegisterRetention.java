package uk.safeguardcases.domain.lowlevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * How long what the register says about its concerns is kept: as long as the concerns themselves
 * ({@link LowLevelPolicy#removable}). A pattern alert goes once nothing it counted is kept (no low-level concern or
 * case of the member in its window); a review goes once nothing it could have looked at is kept (no concern or alert
 * of the member, or of any member for a review of the whole register, from before it).
 */
public final class RegisterRetention {

    private RegisterRetention() {
    }

    /**
     * Whether an alert given on {@code alertDay}, counting what happened after {@code windowFrom} up to and including
     * that day, may go: none of {@code keptEvents} (the days of the member's concerns and cases still kept) is in it.
     */
    public static boolean alertRemovable(LocalDate windowFrom, LocalDate alertDay, Collection<LocalDate> keptEvents) {
        return keptEvents.stream().noneMatch(day -> day.isAfter(windowFrom) && !day.isAfter(alertDay));
    }

    /**
     * Whether a review made at {@code reviewedAt} may go: none of {@code keptSince} (when the concerns and alerts it
     * is about that are still kept were recorded) is from before it or at it.
     */
    public static boolean reviewRemovable(Instant reviewedAt, Collection<Instant> keptSince) {
        return keptSince.stream().noneMatch(at -> !at.isAfter(reviewedAt));
    }
}

package uk.safeguardcases.domain.requests;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A member asking the board for more time to remove content (CHSCB 5.3) names the day they need until: a day after
 * the current deadline, and at most six weeks after it. Six weeks is the product's own limit (no board's policy
 * sets one); the officer then decides, and may give less: one to thirty working days after the current deadline.
 * One rule for the portal, the officer's page, the services and any API.
 */
public final class MoreTime {

    /** The most a member may ask for, counted from the current deadline's day. */
    public static final Period AT_MOST = Period.ofWeeks(6);

    /** Why a day cannot be asked for. */
    public enum Refusal {
        /** No day was given. */
        NO_DAY,
        /** The day is the current deadline's or before it: that is no more time. */
        NOT_AFTER_DEADLINE,
        /** The day is more than {@link #AT_MOST} after the current deadline's. */
        TOO_LATE
    }

    /** The most working days an officer gives at once when granting more time. */
    public static final int MOST_WORKING_DAYS_GIVEN = 30;

    private MoreTime() {
    }

    /** Whether an officer may grant {@code workingDays} more working days: at least one, at most thirty. */
    public static boolean mayGive(int workingDays) {
        return workingDays >= 1 && workingDays <= MOST_WORKING_DAYS_GIVEN;
    }

    /** The last day a member may ask for when the current deadline falls on {@code deadlineDay}. */
    public static LocalDate latest(LocalDate deadlineDay) {
        return deadlineDay.plus(AT_MOST);
    }

    /** Why {@code until} cannot be asked for against a deadline on {@code deadlineDay}; empty when it can. */
    public static Optional<Refusal> refusalOf(LocalDate until, LocalDate deadlineDay) {
        if (until == null) {
            return Optional.of(Refusal.NO_DAY);
        }
        if (!until.isAfter(deadlineDay)) {
            return Optional.of(Refusal.NOT_AFTER_DEADLINE);
        }
        if (until.isAfter(latest(deadlineDay))) {
            return Optional.of(Refusal.TOO_LATE);
        }
        return Optional.empty();
    }
}

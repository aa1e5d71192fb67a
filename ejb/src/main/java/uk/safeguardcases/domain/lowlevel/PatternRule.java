package uk.safeguardcases.domain.lowlevel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;

/**
 * When a board's senior managers are told of a pattern (KCSIE Part 4: low-level concerns are reviewed so that a
 * pattern is spotted): a member with {@code threshold} or more low-level concerns and cases together, each dated in the
 * {@code windowMonths} months up to and including the day, has reached it. They are told once per crossing: not again
 * while the count stays at or above the threshold (the fourth concern says nothing new), and again only once it has
 * fallen below on some day since the last alert (a concern left the window, or was removed) and reached it again.
 */
public record PatternRule(int threshold, int windowMonths) {

    public static final int STANDARD_THRESHOLD = 3;
    public static final int STANDARD_WINDOW_MONTHS = 12;

    public PatternRule {
        if (threshold < 2 || threshold > 50) {
            throw new IllegalArgumentException("a threshold from 2 to 50");
        }
        if (windowMonths < 1 || windowMonths > 60) {
            throw new IllegalArgumentException("a window from 1 to 60 months");
        }
    }

    /** Three in twelve months. */
    public static PatternRule standard() {
        return new PatternRule(STANDARD_THRESHOLD, STANDARD_WINDOW_MONTHS);
    }

    /** How many of {@code events} count on {@code day}: dated after the day the window opens, and not after the day. */
    public int countOn(Collection<LocalDate> events, LocalDate day) {
        LocalDate opens = day.minusMonths(windowMonths);
        int count = 0;
        for (LocalDate event : events) {
            if (event.isAfter(opens) && !event.isAfter(day)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the member is at or above the threshold on {@code day}. */
    public boolean reached(Collection<LocalDate> events, LocalDate day) {
        return countOn(events, day) >= threshold;
    }

    /**
     * Whether the seniors are to be alerted on {@code today}: the threshold is reached today, and either they were
     * never alerted about this member ({@code lastAlert} null) or the count fell below the threshold on a day after the
     * last alert. The count only falls on a day an event leaves the window, so those days are the ones looked at.
     */
    public boolean alertDue(Collection<LocalDate> events, LocalDate lastAlert, LocalDate today) {
        if (!reached(events, today)) {
            return false;
        }
        if (lastAlert == null) {
            return true;
        }
        if (!reached(events, lastAlert)) {
            return true; // what was counted then has gone since (removed): the count fell below
        }
        TreeSet<LocalDate> leaving = new TreeSet<>();
        for (LocalDate event : events) {
            LocalDate gone = event.plusMonths(windowMonths);
            leaving.add(gone);
            leaving.add(gone.plusDays(1)); // 29 February: a year on is 28 February, on which it still counts
        }
        for (LocalDate day : leaving.subSet(lastAlert, false, today, true)) {
            if (!reached(events, day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an alert given on {@code alertDay}, counting what happened after {@code windowFrom}, still stands on
     * {@code events} as they are now: a concern it counted was moved to another member (recorded against the wrong
     * one), and without it the member may not have reached the threshold at all. Then the alert is withdrawn.
     */
    public boolean stillReached(Collection<LocalDate> events, LocalDate windowFrom, LocalDate alertDay) {
        long counted = events.stream().filter(day -> day.isAfter(windowFrom) && !day.isAfter(alertDay)).count();
        return counted >= threshold;
    }
}

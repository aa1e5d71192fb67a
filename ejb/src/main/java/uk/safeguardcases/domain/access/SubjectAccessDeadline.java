package uk.safeguardcases.domain.access;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * When a subject access request must be answered (UK GDPR Article 12(3); ICO, "Right of access: time limits"): one
 * calendar month from the day the request was received, to the same date of the next month, or that month's last
 * day when it has no such date (31 January → 28 or 29 February); when that day is not a working day, the next
 * working day. The board may extend it by up to two further months where a request is complex or one of several,
 * telling the requester why within the first month.
 */
public final class SubjectAccessDeadline {

    /** How many months beyond the first the deadline may be extended. */
    public static final int MAX_EXTENSION_MONTHS = 2;

    /**
     * Months an answer is kept after it was given (time for a complaint to the ICO about it): then the nightly purge
     * erases it and the request's personal details.
     */
    public static final int ANSWER_KEPT_MONTHS = 12;

    private SubjectAccessDeadline() {
    }

    /** The date the request must be answered by. */
    public static LocalDate dueOn(LocalDate receivedOn, Predicate<LocalDate> workingDay) {
        return onAWorkingDay(receivedOn.plusMonths(1), workingDay);
    }

    /** The latest date an extension may give: two further months from the first deadline's month. */
    public static LocalDate latestExtension(LocalDate receivedOn, Predicate<LocalDate> workingDay) {
        return onAWorkingDay(receivedOn.plusMonths(1 + MAX_EXTENSION_MONTHS), workingDay);
    }

    /** {@code day}, or the next working day when it is not one (a date moved by a pause lands on one too). */
    public static LocalDate onAWorkingDay(LocalDate day, Predicate<LocalDate> workingDay) {
        LocalDate due = day;
        while (!workingDay.test(due)) {
            due = due.plusDays(1);
        }
        return due;
    }
}

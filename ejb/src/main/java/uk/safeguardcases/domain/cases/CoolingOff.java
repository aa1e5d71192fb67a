package uk.safeguardcases.domain.cases;

import java.time.LocalDate;

/**
 * The board's cooling-off period: the days a decision that ends a record (a case closed, an allegation agreed false
 * or malicious) waits before the record may be removed, so a mistake can still be put right. Within it a senior
 * manager may reopen the closed case; from its last day on, the retention purge may remove the record and the case
 * can no longer be reopened. 30 days unless the board sets otherwise, at least a week (a mistake noticed at the next
 * weekly case review can still be put right) and at most a year.
 */
public record CoolingOff(int days) {

    public static final int DEFAULT_DAYS = 30;
    public static final int MIN_DAYS = 7;
    public static final int MAX_DAYS = 365;

    public CoolingOff {
        if (!allowed(days)) {
            throw new IllegalArgumentException("A cooling-off period is " + MIN_DAYS + " to " + MAX_DAYS + " days");
        }
    }

    /** Whether a board may set this many days. */
    public static boolean allowed(Integer days) {
        return days != null && days >= MIN_DAYS && days <= MAX_DAYS;
    }

    /** The first day on which a record decided on {@code decisionDay} may be removed. */
    public LocalDate removalFrom(LocalDate decisionDay) {
        return decisionDay.plusDays(days);
    }
}

package uk.safeguardcases.domain.deadline;

import java.time.Instant;

/**
 * How a deadline stands now. "Due soon" starts when the process sends its reminder, so the page and the
 * reminder agree.
 */
public enum DeadlineState {
    MET,
    ON_TIME,
    DUE_SOON,
    OVERDUE;

    /**
     * @param deadline when it is due
     * @param reminderAt when the reminder goes (from then on it is due soon)
     * @param metAt when it was met, or null
     */
    public static DeadlineState of(Instant deadline, Instant reminderAt, Instant metAt, Instant now) {
        if (metAt != null) {
            return MET;
        }
        if (now.isAfter(deadline)) {
            return OVERDUE;
        }
        return now.isBefore(reminderAt) ? ON_TIME : DUE_SOON;
    }
}

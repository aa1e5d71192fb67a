package uk.safeguardcases.application.investigation;

/**
 * How a deadline stands now. "Due soon" starts when the process sends its reminder, so the page and the
 * reminder agree.
 */
public enum DeadlineState {
    MET,
    ON_TIME,
    DUE_SOON,
    OVERDUE
}

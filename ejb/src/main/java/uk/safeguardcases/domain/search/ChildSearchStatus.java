package uk.safeguardcases.domain.search;

/** Where a search about a child stands. */
public enum ChildSearchStatus {
    AWAITING_AUTHORISATION,
    REFUSED,
    /** Authorised: the window is open for the platforms authorised, until its end. */
    AUTHORISED,
    /** The window has ended (expired, or the officer finished searching): the outcome is to be recorded. */
    AWAITING_OUTCOME,
    CLOSED
}

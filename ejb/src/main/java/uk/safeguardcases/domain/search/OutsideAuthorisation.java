package uk.safeguardcases.domain.search;

/**
 * Why a search may not be logged (LSCB §3: searched and logged only within its authorisation). The service says each
 * in the caller's words.
 */
public enum OutsideAuthorisation {
    /** Asked for, not yet authorised. */
    NOT_YET_AUTHORISED,
    REFUSED,
    /** The authorisation's time ran out. */
    EXPIRED,
    /** The officer finished searching before its time. */
    ENDED,
    /** A platform the senior did not authorise. */
    PLATFORM
}

package uk.safeguardcases.domain.official;

/** What the board decides on a business case (CHSCB authorised use 2.2). */
public enum OfficialAccountDecision {
    APPROVED,
    /** Further consultation with the relevant party is required: a round with the requester, then decided again. */
    FURTHER_CONSULTATION,
    REFUSED
}

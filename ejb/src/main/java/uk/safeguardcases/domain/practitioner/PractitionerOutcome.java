package uk.safeguardcases.domain.practitioner;

/**
 * What Section 5 of the Wales Safeguarding Procedures led to, as the board records it. The name is stored: it never
 * changes.
 */
public enum PractitionerOutcome {
    /** The threshold is met: a professional strategy meeting (or discussion) considers it. */
    STRATEGY_MEETING,
    /** The threshold is not met: the employer deals with it under its own procedures, with advice. */
    EMPLOYER_TO_MANAGE,
    /** Nothing further under Section 5. */
    NO_FURTHER_ACTION
}

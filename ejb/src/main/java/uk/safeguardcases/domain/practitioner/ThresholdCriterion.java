package uk.safeguardcases.domain.practitioner;

/**
 * Wales Safeguarding Procedures, Section 5: the criteria by which a concern about a practitioner or a person in a
 * position of trust meets the threshold of the procedure, for children and for adults at risk alike. The name is
 * stored (one column each): it never changes.
 */
public enum ThresholdCriterion {
    /** Has behaved in a way that has harmed, or may have harmed, a child or adult at risk. */
    HARMED,
    /** Has possibly committed a criminal offence against, or related to, a child or adult at risk. */
    OFFENCE,
    /** Has behaved towards a child or adult at risk in a way that indicates they may pose a risk of harm. */
    RISK_OF_HARM,
    /**
     * Has behaved in a way, in their personal life or another role, that indicates they may not be suitable to work
     * with children or adults at risk (the "transferable risk" the procedure asks about).
     */
    UNSUITABLE
}

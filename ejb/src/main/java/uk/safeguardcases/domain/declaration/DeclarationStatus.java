package uk.safeguardcases.domain.declaration;

/** Where a member's declaration of a policy version stands. */
public enum DeclarationStatus {
    /** Asked to declare (the version was published, or the member joined after it was). */
    ASKED,
    /** Signed by the member, waiting for their manager's countersignature. */
    DECLARED,
    /** Signed by the member and countersigned by their manager: the form is complete (Appendix 1). */
    COUNTERSIGNED,
    /** Not declared before a later version was published; that version asks again. */
    SUPERSEDED
}

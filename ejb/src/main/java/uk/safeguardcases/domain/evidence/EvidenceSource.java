package uk.safeguardcases.domain.evidence;

/**
 * Who supplied a piece of evidence to the board, kept with it (its provenance). Only what the board gathered itself
 * carries the declaration that it was gathered by open methods (LSCB §3): the board's staff may search only as any
 * member of the public could. What a reporter sends on the public page was not gathered by the board at all: nobody
 * declared how it was come by, so it is kept as supplied, and reaches the member and the HR partner only once an
 * officer has looked at it. Stored by name.
 */
public enum EvidenceSource {
    /** The board's officer, by open methods (declared). */
    OFFICER,
    /** The board's monitoring tool, which reads public posts (declared by the board for its tool). */
    MONITORING_TOOL,
    /** The member of the case: proof of their own compliance, given in the portal. */
    MEMBER,
    /** The person who raised the concern on the board's public page (a member of the public or a colleague). */
    REPORTER;

    /** Whether the board gathered it itself, and so declares how (open methods only). */
    public boolean gatheredByTheBoard() {
        return this == OFFICER || this == MONITORING_TOOL;
    }

    /** Whether an officer must look at it before it may reach the member or the HR partner. */
    public boolean needsReview() {
        return this == REPORTER;
    }
}

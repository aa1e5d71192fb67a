package uk.safeguardcases.domain.lowlevel;

import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.TriageDecision;

/**
 * Below the harm threshold (KCSIE Part 4, issue 41): triage keeps the concern in the board's register of low-level
 * concerns and closes the case without an investigation. The names are kept in the case's columns and sent by the API.
 */
public final class LowLevelOutcome {

    /** The officer's choice at triage. */
    public static final TriageDecision DECISION = TriageDecision.contributed("LOW_LEVEL_CONCERN", "Low-level concern");
    /** Why the case closed: kept in the register, never investigated, nothing found against the member. */
    public static final ClosureReason CLOSED_AS = ClosureReason.contributed("LOW_LEVEL_CONCERN",
            "Low-level concern at triage", false);

    private LowLevelOutcome() {
    }
}

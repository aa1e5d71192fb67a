package uk.safeguardcases.domain.publicconcern;

import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * What the reporter is told of their concern: received, being looked into, or closed. Never the step the case is at,
 * nor the outcome, unless an officer chooses to share the outcome for this report.
 */
public enum ReportStatus {
    RECEIVED, BEING_LOOKED_INTO, CLOSED;

    public static ReportStatus of(CaseStatus step) {
        if (step == CaseStatus.AWAITING_TRIAGE) {
            return RECEIVED;
        }
        return step == CaseStatus.CLOSED ? CLOSED : BEING_LOOKED_INTO;
    }
}

package uk.safeguardcases.domain.cases;

import java.time.LocalDate;

/**
 * Who may reopen a closed case, and until when. A case the board closed (at triage, by refusing the investigation, or
 * with its outcome) can be put right by a senior manager within the cooling-off period, while the record cannot yet be
 * removed. A case closed with the employer's disciplinary outcome is not the board's to reopen: that decision was the
 * employer's, and a new concern is raised as a new case. A removed case has nothing left to reopen.
 */
public final class Reopening {

    /** Why a case cannot be reopened (null: it can). */
    public enum Refusal {
        NOT_CLOSED, REMOVED, EMPLOYERS_OUTCOME, PERIOD_OVER
    }

    private Reopening() {
    }

    public static Refusal refusal(CaseStatus status, ClosureReason reason, java.time.Instant removedAt,
            LocalDate removalNotBefore, LocalDate today) {
        if (status != CaseStatus.CLOSED) {
            return Refusal.NOT_CLOSED;
        }
        if (removedAt != null) {
            return Refusal.REMOVED;
        }
        if (ClosureReason.REFERRAL_OUTCOME_RECORDED.equals(reason)) {
            return Refusal.EMPLOYERS_OUTCOME;
        }
        if (removalNotBefore == null || !today.isBefore(removalNotBefore)) {
            return Refusal.PERIOD_OVER;
        }
        return null;
    }
}

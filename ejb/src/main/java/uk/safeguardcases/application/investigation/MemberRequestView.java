package uk.safeguardcases.application.investigation;

import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.ClosureReason;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * A request to the member as the member sees it in the portal: what is asked, on which case, by when, and
 * what they answered. Pages turn the enums into words of their own language.
 *
 * @param workingDaysLeft working days after today up to the deadline's day (0 on the day itself)
 * @param overdue the deadline has passed
 * @param awaitingAnswer the case is waiting for the member's answer to this request now
 * @param open still in progress: awaiting the answer, or the board is deciding on it
 * @param decision the officer's decision on a contest or on more time (UPHELD, REJECTED, MORE_TIME_GIVEN,
 *        MORE_TIME_REFUSED), or null
 * @param clauses the clauses of the board's policy that the case's allegations cite
 * @param decisionReason the board's reason for its decision on a contest or on more time, as the officer wrote it
 *        (the timeline's entry of that decision), or null
 * @param decidedAt when the board decided, or null
 * @param caseOutcome the board's decision at the end of the investigation, once made, or null
 * @param closureReason why the case was closed, once it is, or null
 * @param closedAt when the case was closed, or null
 * @param organisationName the member's employer (the case's parent organisation), which a referral goes to
 */
public record MemberRequestView(long id, String caseReference, RequestKind kind, Instant sentAt, Instant deadline,
        int workingDaysLeft, boolean overdue, boolean awaitingAnswer, boolean open, MemberResponse response,
        String responseText, Instant respondedAt, String decision, Instant nonComplianceAt, CaseStatus caseStep,
        List<ClauseView> clauses, String decisionReason, Instant decidedAt, CaseOutcome caseOutcome,
        ClosureReason closureReason, Instant closedAt, String organisationName, Instant setAsideAt)
        implements Serializable {

    /** The case was reopened after this request (issue 38): it is kept as answered, and is no longer current. */
    public boolean isSetAside() {
        return setAsideAt != null;
    }

    public boolean isCaseClosed() {
        return closedAt != null;
    }

    /** The board decided to refer the case to the member's employer (the case may still be open). */
    public boolean isReferred() {
        return caseOutcome != null && caseOutcome.isReferral();
    }

    public boolean isRemoval() {
        return kind == RequestKind.REMOVAL;
    }

    public boolean isCooperation() {
        return kind == RequestKind.COOPERATION;
    }
}

package uk.safeguardcases.application.cases;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.safeguardcases.application.cases.DeadlineKind;
import uk.safeguardcases.application.investigation.AllegationView;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.investigation.OpenTask;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.referral.Agency;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.referral.ReferralKind;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * Everything an officer or senior sees on a case's page, read in one go: the header, what was found and
 * asked, what is due, and where the process stands. Values are the domain's own (pages word them from their
 * bundles, the case report PDF from their English labels).
 *
 * @param activeSteps the ids of the process activities the case is waiting in now (empty once closed),
 *        for highlighting in the diagram and choosing the task form
 * @param suggestedClause the clause a monitoring tool suggested when it reported the concern, or null
 * @param suggestedCategory the category of online conduct a monitoring tool suggested, or null
 * @param tasks the case's open tasks, each with whom it is assigned to
 * @param concernOccurredAt when the conduct happened, as the person raising the concern said, or null
 * @param concernOccurredOn the day the conduct happened when only the day was said (concernOccurredAt is then
 *        that day's start), else null
 * @param concernUrl the address of the content the concern is about, as given when raised, or null
 * @param triage the officer's triage, once recorded (what the senior authorises on), or null
 * @param decision the officer's decision and findings, once decided (what the senior approves), or null
 */
public record CaseFile(CaseSummary summary, String concern, TriageDecision triageDecision, CaseOutcome outcome,
        ClosureReason closureReason, Instant closedAt, LocalDate retentionUntil, List<AllegationView> allegations,
        List<EvidenceView> evidence, List<Request> requests, Referral referral,
        List<ExternalReferral> externalReferrals, List<Deadline> deadlines, List<String> activeSteps,
        SuggestedClause suggestedClause, List<OpenTask> tasks, Triage triage, Decision decision,
        Instant concernOccurredAt, String concernUrl, uk.safeguardcases.domain.cases.ConcernsWhom concernsWhom,
        LocalDate concernOccurredOn, uk.safeguardcases.domain.allegation.AllegationCategory suggestedCategory)
        implements Serializable {

    /** The officer's triage: who, and their note (null for a case triaged before notes were kept on the case). */
    public record Triage(String triagedBy, String note) implements Serializable {
    }

    /** The officer's decision on the outcome and the findings it rests on. */
    public record Decision(CaseOutcome outcome, String decidedBy, String findings) implements Serializable {
    }

    /** A clause of the board's policy as a monitoring tool suggested it, in the words it had then. */
    public record SuggestedClause(Long id, String reference, String text) implements Serializable {
    }

    /**
     * A removal or co-operation request to the member, with the member's answer and the officer's decision.
     *
     * @param decision the officer's decision on a contest or a request for more time: UPHELD, REJECTED,
     *        MORE_TIME_GIVEN or MORE_TIME_REFUSED, or null
     */
    public record Request(RequestKind kind, Instant sentAt, Instant deadline, Instant remindedAt,
            MemberResponse response, String responseText, Instant respondedAt, boolean supervisedAccess,
            String decision, Instant nonComplianceAt) implements Serializable {
    }

    /** The disciplinary referral to the HR partner of the member's parent organisation. */
    public record Referral(ReferralKind kind, String organisation, String approvedBy, Instant sentAt,
            Instant acknowledgementDue, Instant acknowledgedAt, String acknowledgedBy, HrOutcome hrOutcome,
            boolean appealed) implements Serializable {
    }

    /** A referral to the police, the IWF, CEOP or the LADO. */
    public record ExternalReferral(Agency agency, String reference, Instant referredAt, String referredBy)
            implements Serializable {
    }

    /** Something due on the case; {@code overdue} once its time has passed. */
    public record Deadline(DeadlineKind kind, Instant due, boolean overdue) implements Serializable {
    }

    public boolean waitingIn(String step) {
        return activeSteps.contains(step);
    }

    /**
     * The member's contest of the removal request, as the officer reviews it (while the case waits in the review,
     * the request's answer is the contest), or null.
     */
    public Request contest() {
        return requests.stream().filter(r -> r.kind() == RequestKind.REMOVAL
                && r.response() == MemberResponse.CONTESTED).reduce((a, b) -> b).orElse(null);
    }
}

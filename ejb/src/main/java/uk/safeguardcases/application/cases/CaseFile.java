package uk.safeguardcases.application.cases;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.safeguardcases.application.investigation.AllegationView;
import uk.safeguardcases.application.investigation.EvidenceView;

/**
 * Everything an officer or senior sees on a case's page, read in one go: the header, what was found and
 * asked, what is due, and where the process stands.
 *
 * @param activeSteps the ids of the process activities the case is waiting in now (empty once closed),
 *        for highlighting in the diagram and choosing the task form
 * @param suggestedClause the clause a monitoring tool suggested when it reported the concern, or null
 */
public record CaseFile(CaseSummary summary, String concern, String triageDecision, String outcome,
        String closureReason, Instant closedAt, LocalDate retentionUntil, List<AllegationView> allegations,
        List<EvidenceView> evidence, List<Request> requests, Referral referral,
        List<ExternalReferral> externalReferrals, List<Deadline> deadlines, List<String> activeSteps,
        SuggestedClause suggestedClause) implements Serializable {

    /** A clause of the board's policy as a monitoring tool suggested it, in the words it had then. */
    public record SuggestedClause(Long id, String reference, String text) implements Serializable {
    }

    /** A removal or co-operation request to the member, with the member's answer and the officer's decision. */
    public record Request(String kind, Instant sentAt, Instant deadline, Instant remindedAt, String response,
            String responseText, Instant respondedAt, boolean supervisedAccess, String decision,
            Instant nonComplianceAt) implements Serializable {
    }

    /** The disciplinary referral to the HR partner of the member's parent organisation. */
    public record Referral(String kind, String organisation, String approvedBy, Instant sentAt,
            Instant acknowledgementDue, Instant acknowledgedAt, String acknowledgedBy, String hrOutcome,
            boolean appealed) implements Serializable {
    }

    /** A referral to the police, the IWF, CEOP or the LADO. */
    public record ExternalReferral(String agency, String reference, Instant referredAt, String referredBy)
            implements Serializable {
    }

    /** Something due on the case; {@code overdue} once its time has passed. */
    public record Deadline(String what, Instant due, boolean overdue) implements Serializable {
    }

    public boolean waitingIn(String step) {
        return activeSteps.contains(step);
    }
}

package uk.safeguardcases.application.investigation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How long a case is kept and why, for the case page: the closure summary, the "keep until" date and the part
 * of the rule that set it ({@code basis}, a {@code RetentionBasis} name), and what it rests on: the member's
 * date of birth and the finding on the allegation (an {@code AllegationFinding} name); and any legal hold, which keeps
 * the case whatever its date ({@code heldAt} null for none); {@code removedAt} once the case was removed under it.
 * A false or malicious finding waiting for a second senior manager is {@code proposedFinding} (null for none), with who
 * proposed it, when and why, and whether the caller may agree or refuse it; {@code removalNotBefore} is the end of the
 * cooling-off period, and {@code reopenRefusal} why the case cannot be reopened today (a {@code Reopening.Refusal}
 * name; null when a senior manager may reopen it). {@code alleged}: whether an allegation was recorded on the case, without
 * which there is no finding to record.
 */
public record RetentionView(boolean closed, String closureSummary, LocalDate keepUntil, String basis,
        LocalDate dateOfBirth, String finding, String findingRecordedBy, Instant findingRecordedAt,
        Instant heldAt, String heldBy, String holdReason, Instant removedAt, String proposedFinding,
        String proposedBy, Instant proposedAt, String proposalReason, boolean mayDecideProposal,
        String findingAgreedBy, LocalDate removalNotBefore, String reopenRefusal, boolean alleged) implements Serializable {

    public boolean awaitsSecondSenior() {
        return proposedFinding != null;
    }

    public boolean reopenable() {
        return reopenRefusal == null;
    }
}

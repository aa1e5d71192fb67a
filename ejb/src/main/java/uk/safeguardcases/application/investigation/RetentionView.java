package uk.safeguardcases.application.investigation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How long a case is kept and why, for the case page: the closure summary, the "keep until" date and the part
 * of the rule that set it ({@code basis}, a {@code RetentionBasis} name), and what it rests on: the member's
 * date of birth and the finding on the allegation (an {@code AllegationFinding} name); and any legal hold, which keeps
 * the case whatever its date ({@code heldAt} null for none); {@code removedAt} once the case was removed under it.
 */
public record RetentionView(boolean closed, String closureSummary, LocalDate keepUntil, String basis,
        LocalDate dateOfBirth, String finding, String findingRecordedBy, Instant findingRecordedAt,
        Instant heldAt, String heldBy, String holdReason, Instant removedAt) implements Serializable {
}

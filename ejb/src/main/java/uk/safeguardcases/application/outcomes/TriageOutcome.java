package uk.safeguardcases.application.outcomes;

import java.util.Objects;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.TriageDecision;

/**
 * An outcome of triage a process brings: the officer's choice ({@code decision}), the reason the case is closed with
 * at once ({@code closesWith}, never investigated), and whether a member who knew of the case is told it closed, in
 * the process's words ({@code mail.<REASON>.body}).
 */
public record TriageOutcome(TriageDecision decision, ClosureReason closesWith, boolean memberTold) {

    public TriageOutcome {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(closesWith, "closesWith");
        if (decision.isCore() || closesWith.isCore()) {
            throw new IllegalArgumentException("A process brings outcomes of its own, not the core's " + decision
                    + " or " + closesWith);
        }
    }
}

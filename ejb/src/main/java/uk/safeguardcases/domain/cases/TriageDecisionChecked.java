package uk.safeguardcases.domain.cases;

/**
 * An officer's triage decision is being checked, before anything of it is recorded (fired by the check step, and
 * again in the transaction that records it). What keeps a decision's consequences (the register of low-level concerns
 * keeps its own) refuses one it cannot take by throwing an {@code InvalidInputException}: nothing is recorded.
 */
public record TriageDecisionChecked(SafeguardingCase safeguardingCase, TriageDecision decision,
        boolean harmThresholdMet) {
}

package uk.safeguardcases.domain.cases;

/**
 * Triage was recorded on a case: its decision, the screen's external referrals and their timeline entries are written,
 * the step not yet completed (fired in the recording transaction, so what an observer records stands or falls with
 * the triage, and comes before the entries of the process moving on). {@code note} is the officer's note.
 */
public record TriageRecorded(SafeguardingCase safeguardingCase, TriageDecision decision, String note) {
}

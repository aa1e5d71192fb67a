package uk.safeguardcases.application.investigation;

import uk.safeguardcases.domain.cases.TriageDecision;

/**
 * What the officer records at triage: the safeguarding screen first (DESIGN.md step 2), then the decision.
 * References are those the agency gave (999 incident number, IWF or CEOP report reference).
 */
public record TriageInput(boolean childAtImmediateRisk, String policeReference, boolean indecentImages,
        String iwfReference, boolean grooming, String ceopReference, boolean harmThresholdMet,
        TriageDecision decision, String note, boolean adultAtRisk,
        uk.safeguardcases.domain.cases.ConcernsWhom concerns) {

    /** A concern about children only, with no adult at risk. */
    public TriageInput(boolean childAtImmediateRisk, String policeReference, boolean indecentImages,
            String iwfReference, boolean grooming, String ceopReference, boolean harmThresholdMet,
            TriageDecision decision, String note) {
        this(childAtImmediateRisk, policeReference, indecentImages, iwfReference, grooming, ceopReference,
                harmThresholdMet, decision, note, false, null);
    }
}

package uk.safeguardcases.domain.cases;

import uk.safeguardcases.domain.audit.AuditAction;

/**
 * What the investigation found about the allegation, in the terms of Keeping Children Safe in Education
 * (Part 4) and Working Together, which also say how long each is kept.
 */
public enum AllegationFinding {
    SUBSTANTIATED("Substantiated", "There is sufficient evidence to prove the allegation."),
    UNSUBSTANTIATED("Unsubstantiated", "There is insufficient evidence either to prove or disprove the allegation."),
    UNFOUNDED("Unfounded", "There is no evidence or proper basis which supports the allegation being made."),
    FALSE("False", "There is sufficient evidence to disprove the allegation."),
    MALICIOUS("Malicious", "There is sufficient evidence to disprove the allegation and there has been a"
            + " deliberate act to deceive.");

    private final String label;
    private final String meaning;

    AllegationFinding(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** Allegations found false or malicious are removed from the records; every other finding is kept. */
    public boolean removedFromRecords() {
        return this == FALSE || this == MALICIOUS;
    }

    /** What the timeline records when a closed case's allegation is given this finding. */
    public AuditAction findingAction() {
        return AuditAction.valueOf("ALLEGATION_FOUND_" + name());
    }
}

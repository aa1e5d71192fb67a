package uk.safeguardcases.domain.cases;

/** What triage decides, after the safeguarding screen (DESIGN.md step 2). */
public enum TriageDecision {
    NO_FURTHER_ACTION("No further action"),
    ADVICE_ONLY("Advice only"),
    INVESTIGATE("Investigate"),
    /** Below the harm threshold: kept in the register of low-level concerns (KCSIE Part 4), the case closed. */
    LOW_LEVEL_CONCERN("Low-level concern");

    private final String label;

    TriageDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

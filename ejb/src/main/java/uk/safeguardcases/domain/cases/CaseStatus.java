package uk.safeguardcases.domain.cases;

/** The step a case is at, in the boards' words; it follows the investigation process. */
public enum CaseStatus {
    AWAITING_TRIAGE("Awaiting triage"),
    TRIAGED("Triaged"),
    REFERRED_TO_HR("Referred to HR"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.safeguardcases.domain.cases;

/** Where a concern came from (DESIGN.md, "The case"). */
public enum CaseSource {
    MONITORING("Monitoring"),
    PUBLIC_COMPLAINT("Public complaint"),
    COLLEAGUE_REPORT("Colleague report"),
    SELF_REPORT("Self-report"),
    PRESS_ENQUIRY("Press enquiry"),
    MANUAL("Raised by an officer");

    private final String label;

    CaseSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

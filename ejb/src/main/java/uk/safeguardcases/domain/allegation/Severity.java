package uk.safeguardcases.domain.allegation;

/** How serious the alleged breach is, as the triaging officer judges it. */
public enum Severity {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.safeguardcases.domain.referral;

/** What the parent organisation decided (CHSCB 6.2: "up to and including dismissal"). */
public enum HrOutcome {
    NO_ACTION("No action"),
    INFORMAL_ACTION("Informal action"),
    WRITTEN_WARNING("Written warning"),
    FINAL_WRITTEN_WARNING("Final written warning"),
    DISMISSAL("Dismissal"),
    SUMMARY_DISMISSAL("Summary dismissal");

    private final String label;

    HrOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

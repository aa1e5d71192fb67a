package uk.safeguardcases.domain.referral;

/** How the parent organisation's appeal against a disciplinary outcome ended. */
public enum AppealOutcome {
    DISMISSED("Appeal dismissed: the outcome stands"),
    VARIED("Appeal partly upheld: the outcome was changed"),
    UPHELD("Appeal upheld: the outcome was overturned");

    private final String label;

    AppealOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.safeguardcases.domain.referral;

/** Where a referral stands on the HR partner's side. Open until the outcome (and any appeal) is recorded. */
public enum ReferralStatus {
    AWAITING_ACKNOWLEDGEMENT("Awaiting acknowledgement", true),
    AWAITING_OUTCOME("Awaiting the outcome", true),
    UNDER_APPEAL("Under appeal", true),
    OUTCOME_RECORDED("Outcome recorded", false);

    private final String label;
    private final boolean open;

    ReferralStatus(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return open;
    }
}

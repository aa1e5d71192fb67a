package uk.safeguardcases.domain.referral;

/** The outcome that leads to a referral (Cwm Taf Outcomes: gross misconduct → summary dismissal possible). */
public enum ReferralKind {
    DISCIPLINARY_REFERRAL("Disciplinary referral"),
    GROSS_MISCONDUCT_REFERRAL("Gross misconduct referral");

    private final String label;

    ReferralKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.safeguardcases.domain.cases;

/** The officer's decision at the end of an investigation (Cwm Taf Outcomes; CHSCB 6.2). */
public enum CaseOutcome {
    NO_BREACH("No breach"),
    ADVICE_AND_GUIDANCE("Advice and guidance"),
    DISCIPLINARY_REFERRAL("Disciplinary referral"),
    GROSS_MISCONDUCT_REFERRAL("Gross misconduct referral");

    private final String label;

    CaseOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isReferral() {
        return this == DISCIPLINARY_REFERRAL || this == GROSS_MISCONDUCT_REFERRAL;
    }
}

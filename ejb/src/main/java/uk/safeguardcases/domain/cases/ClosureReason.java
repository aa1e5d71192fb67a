package uk.safeguardcases.domain.cases;

/** Why a case was closed; set by the path the investigation took to "Close the case". */
public enum ClosureReason {
    NO_FURTHER_ACTION("No further action at triage", false),
    ADVICE_ONLY("Advice only at triage", false),
    AUTHORISATION_REFUSED("Investigation not authorised", false),
    NO_BREACH("No breach found", false),
    ADVICE_AND_GUIDANCE("Advice and guidance given", true),
    REFERRAL_OUTCOME_RECORDED("Disciplinary outcome recorded", true),
    /** Recorded at triage as a low-level concern (issue 41): kept in the board's register, no investigation. */
    LOW_LEVEL_CONCERN("Low-level concern at triage", false);

    private final String label;
    private final boolean substantiated;

    ClosureReason(String label, boolean substantiated) {
        this.label = label;
        this.substantiated = substantiated;
    }

    public String label() {
        return label;
    }

    /** Whether a breach was found, which decides how long the record is kept. */
    public boolean substantiated() {
        return substantiated;
    }
}

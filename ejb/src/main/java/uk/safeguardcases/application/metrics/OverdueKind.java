package uk.safeguardcases.application.metrics;

/**
 * The deadlines an operator watches across boards, each by the name its figure carries: the LADO referral (one
 * working day), the member's removal of the content (CHSCB 5.3), the report about an adult at risk, the answer to a
 * subject access request (one month, UK GDPR article 12), and the member's policy declaration (21 days unsigned).
 */
public enum OverdueKind {
    LADO("lado"),
    REMOVAL("removal"),
    ADULTS_AT_RISK("adults_at_risk"),
    SUBJECT_ACCESS("subject_access"),
    DECLARATION("declaration");

    private final String label;

    OverdueKind(String label) {
        this.label = label;
    }

    /** The figure's {@code kind} label. */
    public String label() {
        return label;
    }
}

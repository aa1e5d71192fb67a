package uk.safeguardcases.domain.allegation;

/**
 * The kinds of breach the boards' policies describe (CHSCB 3.3–3.6, NSCB model policy 6.2, Cwm Taf personal use), and
 * the online content risks Keeping Children Safe in Education adds (2025: misinformation, disinformation and conspiracy
 * theories; 2026: self-generated intimate images, including AI-made ones). The name is stored: it never changes.
 */
public enum AllegationCategory {
    CONFIDENTIALITY("Confidential or personal information disclosed"),
    REPUTATION("Damage to the reputation of the board or the employer"),
    OFFENSIVE_CONTENT("Offensive, discriminatory or unlawful content"),
    HARASSMENT("Bullying, harassment or threats"),
    IMAGES_WITHOUT_CONSENT("Images or recordings posted without consent"),
    CONTACT_WITH_SERVICE_USERS("Inappropriate contact with children, families or service users"),
    SPEAKING_WITHOUT_AUTHORITY("Speaking for the board or the employer without authority"),
    /** KCSIE 2025, content risks online. */
    MISINFORMATION("Misinformation, disinformation or conspiracy theories"),
    /** KCSIE 2026: self-generated intimate images, including ones made or altered with AI. */
    SELF_GENERATED_INTIMATE_IMAGES("Self-generated intimate images, including AI-made ones"),
    OTHER("Other conduct against the policy");

    private final String label;

    AllegationCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.safeguardcases.domain.disclosure;

import java.util.Optional;

/**
 * The disclosures the product makes, each known by the timeline entry that records it: the referral pack to the HR
 * partner (CHSCB 6.2), a subject access answer (UK GDPR Article 15), the LADO referral (Working Together 2023), the
 * report to the adults' safeguarding team, and the outcome shared with a member of the public who raised the concern.
 * The labels are the timeline's, which never change once used.
 */
public enum DisclosureKind {
    REFERRAL_PACK("Referral pack sent", StandardBasis.DPA_SCHEDULE_1_PARA_18),
    SUBJECT_ACCESS_ANSWER("Subject access request answered", StandardBasis.UK_GDPR_ARTICLE_15),
    LADO_REFERRAL("Referred to LADO", StandardBasis.CWSA_2026_DUTY_TO_SHARE),
    ADULTS_REFERRAL("Reported to the adult safeguarding team", StandardBasis.ADULTS_AT_RISK_DUTY),
    OUTCOME_TO_REPORTER("Outcome shared with the reporter", StandardBasis.UK_GDPR_ARTICLE_6_1_E);

    private final String action;
    private final StandardBasis usualBasis;

    DisclosureKind(String action, StandardBasis usualBasis) {
        this.action = action;
        this.usualBasis = usualBasis;
    }

    /** The disclosure a timeline entry records, if it records one: known by the entry's action alone. */
    public static Optional<DisclosureKind> recordedBy(String action) {
        for (DisclosureKind kind : values()) {
            if (kind.action.equals(action)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The basis a board has until its administrator chooses another for this kind. */
    public StandardBasis usualBasis() {
        return usualBasis;
    }
}

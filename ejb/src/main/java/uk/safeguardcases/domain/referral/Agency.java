package uk.safeguardcases.domain.referral;

import uk.safeguardcases.domain.audit.AuditAction;

/** Agencies outside the board that a concern may have to go to at once (NSCB "What to do if you have concerns"). */
public enum Agency {
    POLICE("Police / 999: child at immediate risk"),
    IWF("Internet Watch Foundation: indecent images of children"),
    CEOP("CEOP: suspected grooming"),
    LADO("LADO: harm threshold for people who work with children"),
    /**
     * The local authority's adult safeguarding team: an adult at risk who may be harmed (Wales: the duty to report an
     * adult at risk, Social Services and Well-being (Wales) Act 2014, s.128; England: the Care Act 2014 and the
     * Person in a Position of Trust arrangements).
     */
    ADULT_SAFEGUARDING("Adult safeguarding team: an adult at risk who may be harmed");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the timeline records of the referral to this agency made at triage (its reference recorded). */
    public AuditAction referralAction() {
        return AuditAction.valueOf("REFERRED_TO_" + name());
    }
}

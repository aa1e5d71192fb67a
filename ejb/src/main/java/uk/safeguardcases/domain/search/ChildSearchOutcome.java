package uk.safeguardcases.domain.search;

/** What came of a search about a child (LSCB §3: "the process and its outcomes logged"). */
public enum ChildSearchOutcome {
    NO_CONCERN(false),
    CHILDRENS_SOCIAL_CARE(true),
    POLICE(true),
    CEOP(true),
    LADO(true);

    private final boolean referral;

    ChildSearchOutcome(boolean referral) {
        this.referral = referral;
    }

    /** Whether it is a referral to another agency, whose reference is recorded. */
    public boolean referral() {
        return referral;
    }
}

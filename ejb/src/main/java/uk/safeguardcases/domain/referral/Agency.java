package uk.safeguardcases.domain.referral;

/** Agencies outside the board that a concern may have to go to at once (NSCB "What to do if you have concerns"). */
public enum Agency {
    POLICE("Police / 999: child at immediate risk"),
    IWF("Internet Watch Foundation: indecent images of children"),
    CEOP("CEOP: suspected grooming"),
    LADO("LADO: harm threshold for people who work with children");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

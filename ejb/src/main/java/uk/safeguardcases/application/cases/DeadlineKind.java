package uk.safeguardcases.application.cases;

/** The deadlines the board keeps watch on (DESIGN.md steps 2, 5, 6 and 9). The label is for documents. */
public enum DeadlineKind {
    /** Refer to the LADO within one working day of triage. */
    LADO_REFERRAL("LADO referral"),
    /** Report an adult at risk to the local authority's adult safeguarding team within the board's timescale. */
    ADULT_SAFEGUARDING_REPORT("Report to the adult safeguarding team"),
    /** The member removes the content (CHSCB 5.3, NSCB 8.1). */
    REMOVAL("Content removal request"),
    /** The member co-operates with the investigation (CHSCB 6.3). */
    COOPERATION("Co-operation request"),
    /** The HR partner acknowledges the disciplinary referral (CHSCB 6.2). */
    HR_ACKNOWLEDGEMENT("HR acknowledgement");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

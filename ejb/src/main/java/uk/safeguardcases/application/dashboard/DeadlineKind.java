package uk.safeguardcases.application.dashboard;

/** The deadlines the board keeps watch on (DESIGN.md steps 2, 5, 6 and 9). */
public enum DeadlineKind {
    /** Refer to the LADO within one working day of triage. */
    LADO_REFERRAL,
    /** The member removes the content (CHSCB 5.3, NSCB 8.1). */
    REMOVAL,
    /** The member co-operates with the investigation (CHSCB 6.3). */
    COOPERATION,
    /** The HR partner acknowledges the disciplinary referral (CHSCB 6.2). */
    HR_ACKNOWLEDGEMENT
}

package uk.safeguardcases.domain.notification;

/** What an e-mail tells its recipient, and who receives it (DESIGN.md, steps 2, 5, 6 and 9). */
public enum Notice {
    /** To the member: CHSCB 5.3. */
    REMOVAL_REQUESTED(Audience.MEMBER),
    /** To the member: CHSCB 6.3. */
    COOPERATION_REQUESTED(Audience.MEMBER),
    REMOVAL_REMINDER(Audience.MEMBER),
    MORE_TIME_GIVEN(Audience.MEMBER),
    MORE_TIME_REFUSED(Audience.MEMBER),
    CONTEST_UPHELD(Audience.MEMBER),
    CONTEST_REJECTED(Audience.MEMBER),
    /** To the HR partner of the member's parent organisation: CHSCB 6.2. */
    REFERRAL_SENT(Audience.HR),
    HR_ACKNOWLEDGEMENT_REMINDER(Audience.HR),
    /** To the board's senior managers. */
    LADO_TIMESCALE_MISSED(Audience.SENIOR),
    HR_ACKNOWLEDGEMENT_OVERDUE(Audience.SENIOR),
    NON_COMPLIANCE(Audience.SENIOR),
    NON_COOPERATION(Audience.SENIOR);

    /** Who a notice goes to. */
    public enum Audience {
        MEMBER, HR, SENIOR
    }

    private final Audience audience;

    Notice(Audience audience) {
        this.audience = audience;
    }

    public Audience audience() {
        return audience;
    }
}

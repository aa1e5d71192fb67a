package uk.safeguardcases.domain.notification;

/**
 * What an e-mail tells its recipient, and who receives it (DESIGN.md, steps 2, 5, 6, 8, 9 and 10). A process's own
 * e-mails are an enum of its own ({@link NoticeKind}).
 */
public enum Notice implements NoticeKind {
    /** To the member: CHSCB 5.3. */
    REMOVAL_REQUESTED(Audience.MEMBER),
    /** To the member: CHSCB 6.3. */
    COOPERATION_REQUESTED(Audience.MEMBER),
    REMOVAL_REMINDER(Audience.MEMBER),
    MORE_TIME_GIVEN(Audience.MEMBER),
    MORE_TIME_REFUSED(Audience.MEMBER),
    CONTEST_UPHELD(Audience.MEMBER),
    CONTEST_REJECTED(Audience.MEMBER),
    /** To the member: the board's decision at the end of the investigation (no breach, advice and guidance, referral). */
    OUTCOME_DECIDED(Audience.MEMBER),
    /** To the member who knew of the case: it is closed. */
    CASE_CLOSED(Audience.MEMBER),
    /** To the member who knew of the case: a senior manager reopened it within the cooling-off period (issue 38). */
    CASE_REOPENED(Audience.MEMBER),
    /** To the HR partner of the member's parent organisation: CHSCB 6.2. */
    REFERRAL_SENT(Audience.HR),
    HR_ACKNOWLEDGEMENT_REMINDER(Audience.HR),
    /** To the board's senior managers. */
    LADO_TIMESCALE_MISSED(Audience.SENIOR),
    /** To the board's senior managers: an adult at risk was not reported to the adult safeguarding team in time. */
    ADULT_REPORT_TIMESCALE_MISSED(Audience.SENIOR),
    HR_ACKNOWLEDGEMENT_OVERDUE(Audience.SENIOR),
    NON_COMPLIANCE(Audience.SENIOR),
    NON_COOPERATION(Audience.SENIOR),
    /** To the board's senior managers and administrators: an e-mail about a case could not be delivered. */
    MAIL_UNDELIVERABLE(Audience.SENIOR_AND_ADMIN),
    /** To the board's senior managers and administrators: a step of a process failed every try and waits for them. */
    STEP_STUCK(Audience.SENIOR_AND_ADMIN),
    /** To the board's senior managers and administrators: a check found the audit chain broken. */
    AUDIT_CHAIN_BROKEN(Audience.SENIOR_AND_ADMIN),
    /** To the member's manager: the member made a self-report (Cwm Taf: "employees should notify their manager"). */
    SELF_REPORT_TO_MANAGER(Audience.MANAGER),
    /**
     * To the board's senior managers and administrators, from an operator's rehearsal of stuck work on a rehearsal
     * node: given up at its first failure, so the drill shows an e-mail given up on without a day of tries.
     */
    REHEARSAL_EMAIL(Audience.SENIOR_AND_ADMIN),
    /** To a person: a link to choose a password (they asked, their administrator required it, or they are new). */
    PASSWORD_RESET(Audience.PERSON);

    /** The warnings about failed work, tried until they go (see {@link NoticeKind#warnsOfFailure()}). */
    @Override
    public boolean warnsOfFailure() {
        return this == MAIL_UNDELIVERABLE || this == STEP_STUCK || this == AUDIT_CHAIN_BROKEN;
    }

    /** Who a notice goes to; {@code SENIOR} is the board's own managers. */
    public enum Audience {
        MEMBER("the member"), HR("the HR partner"), SENIOR("a senior manager"), OFFICER("the board's officers"),
        /** The warnings about failed work: each of the board's senior managers and administrators. */
        SENIOR_AND_ADMIN("the board's senior managers and administrators"),
        PERSON("the account holder"), MANAGER("the member's manager"),
        /** Someone who raised a concern on the board's public page (issue 41): told only that a message waits. */
        REPORTER("the person who raised the concern");

        private final String inWords;

        Audience(String inWords) {
            this.inWords = inWords;
        }

        /** As a message to the board's staff names the recipient, without their address. */
        public String inWords() {
            return inWords;
        }
    }

    private final Audience audience;

    Notice(Audience audience) {
        this.audience = audience;
    }

    @Override
    public Audience audience() {
        return audience;
    }
}

package uk.safeguardcases.domain.official;

/**
 * The names the official account models ({@code official-account-request.bpmn},
 * {@code official-account-accreditation.bpmn}) and the product share.
 */
public final class OfficialAccountProcess {

    /** A partner's business case for a new official account, decided by the board (CHSCB authorised use 2.1-2.2). */
    public static final String REQUEST = "official-account-request";
    /** The senior's task: approve (and register), ask for further consultation, or refuse. */
    public static final String DECIDE = "decide-official-account";
    /** The requester's task: answer the board's consultation. */
    public static final String ANSWER_CONSULTATION = "answer-official-account-consultation";
    public static final String REQUEST_ID = "officialAccountRequestId";
    public static final String REQUESTED_BY = "requestedBy";
    /** The decision variable: a {@link OfficialAccountDecision} name. */
    public static final String DECISION = "decision";

    /** A person's certification as an authorised user, renewed every three years (3.1). */
    public static final String ACCREDITATION = "official-account-accreditation";
    public static final String ACCREDITATION_ID = "accreditationId";
    public static final String FIRST_REMINDER_AT = "firstReminderAt";
    public static final String SECOND_REMINDER_AT = "secondReminderAt";
    public static final String EXPIRES_AT = "expiresAt";
    /** The cycle's expiry date (ISO), so a step of a cycle a renewal replaced does nothing. */
    public static final String EXPIRES_ON = "expiresOn";
    /** The message that restarts the cycle with the renewed certification's dates. */
    public static final String RENEWED = "accreditation-renewed";

    private OfficialAccountProcess() {
    }
}

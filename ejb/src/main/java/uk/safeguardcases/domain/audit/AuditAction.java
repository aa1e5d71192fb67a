package uk.safeguardcases.domain.audit;

import static uk.safeguardcases.domain.audit.Visibility.BOARD_ONLY;
import static uk.safeguardcases.domain.audit.Visibility.SHARED_WITH_HR;

/**
 * Every kind of entry the audit timeline records, in the boards' words (the label is what the timeline stores and
 * shows), and who may read it besides the board: the one record of what reaches the HR partner of the member's
 * parent organisation (the referral pack, its PDF and the HR API). CHSCB 6.2 sends the employer what it needs to
 * decide discipline; the safeguarding screen and the board's own deliberation stay with the board, because telling
 * an employer could prejudice a criminal investigation or a LADO enquiry. A new kind of entry is board-only unless it
 * says otherwise here. A process's own kinds are an enum of its own ({@link TimelineAction}).
 */
public enum AuditAction implements TimelineAction {

    // What the member is alleged to have done: shared.
    CONCERN_RAISED("Concern raised", SHARED_WITH_HR),
    ALLEGATION_RECORDED("Allegation recorded", SHARED_WITH_HR),

    // The safeguarding screen and other agencies' business: the board's.
    TRIAGE_RECORDED("Triage recorded", BOARD_ONLY),
    REFERRED_TO_POLICE("Referred to POLICE", BOARD_ONLY),
    REFERRED_TO_IWF("Referred to IWF", BOARD_ONLY),
    REFERRED_TO_CEOP("Referred to CEOP", BOARD_ONLY),
    REFERRED_TO_LADO("Referred to LADO", BOARD_ONLY),
    LADO_TIMESCALE_MISSED("LADO timescale missed", BOARD_ONLY),
    REFERRED_TO_ADULT_SAFEGUARDING("Reported to the adult safeguarding team", BOARD_ONLY),
    ADULT_REPORT_TIMESCALE_MISSED("Adult safeguarding report timescale missed", BOARD_ONLY),
    /** A machine's guesses, not findings. */
    CLAUSE_SUGGESTED("Clause suggested by monitoring tool", BOARD_ONLY),
    CATEGORY_SUGGESTED("Category suggested by monitoring tool", BOARD_ONLY),
    MEMBER_NOT_MATCHED("Member not matched", BOARD_ONLY),
    /** LSCB §3: the authorisation and its justification are the board's record. */
    INVESTIGATION_AUTHORISED("Investigation authorised", BOARD_ONLY),
    INVESTIGATION_NOT_AUTHORISED("Investigation not authorised", BOARD_ONLY),

    // Evidence: listed for HR, except illegal imagery reported to the IWF / CEOP, whose details stay with the board.
    EVIDENCE_CAPTURED("Evidence captured", SHARED_WITH_HR),
    ILLEGAL_IMAGERY_REPORTED("Evidence captured", BOARD_ONLY),
    EVIDENCE_SHOWN_TO_MEMBER("Evidence shown to the member", BOARD_ONLY),
    EVIDENCE_NO_LONGER_SHOWN("Evidence no longer shown to the member", BOARD_ONLY),
    /** A note that may hold either: the officer marks it internal or not. */
    EVIDENCE_GATHERED("Evidence gathered", null),
    REMOVAL_VERIFIED("Removal verified", null),

    // The member's dealings with the board (CHSCB 5.3, 5.4, 6.3): shared.
    REMOVAL_REQUEST_SENT("Content removal request sent", SHARED_WITH_HR),
    COOPERATION_REQUEST_SENT("Co-operation request sent", SHARED_WITH_HR),
    REMOVAL_REMINDER_SENT("Removal reminder sent", SHARED_WITH_HR),
    REMOVAL_REQUEST_ANSWERED("Removal request answered", SHARED_WITH_HR),
    CONTEST_UPHELD("Contest upheld", SHARED_WITH_HR),
    CONTEST_REJECTED("Contest rejected", SHARED_WITH_HR),
    MORE_TIME_GIVEN("More time given", SHARED_WITH_HR),
    MORE_TIME_REFUSED("More time refused", SHARED_WITH_HR),
    COOPERATION_RECORDED("Co-operation recorded", SHARED_WITH_HR),
    NON_COMPLIANCE_RECORDED("Non-compliance recorded", SHARED_WITH_HR),
    NON_COOPERATION_RECORDED("Non-co-operation recorded", SHARED_WITH_HR),

    // The findings and approval the pack carries: shared; sending a referral back is internal deliberation.
    OUTCOME_DECIDED("Outcome decided", SHARED_WITH_HR),
    REFERRAL_APPROVED("Referral approved", SHARED_WITH_HR),
    REFERRAL_SENT_BACK("Referral sent back", BOARD_ONLY),
    REFERRED_TO_PARENT_ORGANISATION("Referred to the parent organisation", SHARED_WITH_HR),
    REFERRAL_PACK_SENT("Referral pack sent", SHARED_WITH_HR),

    // The HR partner's own part: shared; the board's escalation: not.
    HR_REMINDER_SENT("HR reminder sent", SHARED_WITH_HR),
    REFERRAL_ACKNOWLEDGED("Referral acknowledged", SHARED_WITH_HR),
    HR_ACKNOWLEDGEMENT_OVERDUE("HR acknowledgement overdue", BOARD_ONLY),
    DISCIPLINARY_OUTCOME_RECORDED("Disciplinary outcome recorded", SHARED_WITH_HR),
    APPEAL_LODGED("Appeal lodged", SHARED_WITH_HR),
    APPEAL_RESULT_RECORDED("Appeal result recorded", SHARED_WITH_HR),

    // The board's own administration of the case.
    TASK_ASSIGNED("Task assigned", BOARD_ONLY),
    CASE_CLOSED("Case closed", BOARD_ONLY),
    /** A senior's legal hold on a case (tribunal, police investigation, complaint) and its lifting. */
    LEGAL_HOLD_PLACED("Legal hold placed", BOARD_ONLY),
    /** Third parties' details marked to be kept from the HR partner (how many, never which). */
    REDACTIONS_MARKED("Redactions for HR marked", BOARD_ONLY),
    LEGAL_HOLD_LIFTED("Legal hold lifted", BOARD_ONLY),
    /** The case's retention date passed: its personal details were removed, this record stays. */
    CASE_REMOVED("Case removed under the retention rule", BOARD_ONLY),
    /** UK GDPR Article 15: a person's request for what the board holds about them, recorded on the board's timeline. */
    SUBJECT_ACCESS_RECORDED("Subject access request recorded", BOARD_ONLY),
    SUBJECT_ACCESS_EXTENDED("Subject access deadline extended", BOARD_ONLY),
    SUBJECT_ACCESS_REDACTIONS_MARKED("Subject access redactions marked", BOARD_ONLY),
    SUBJECT_ACCESS_REMINDER_SENT("Subject access reminder sent", BOARD_ONLY),
    SUBJECT_ACCESS_OVERDUE("Subject access request overdue", BOARD_ONLY),
    SUBJECT_ACCESS_ANSWERED("Subject access request answered", BOARD_ONLY),
    SUBJECT_ACCESS_ERASED("Subject access answer erased", BOARD_ONLY),
    SUBJECT_ACCESS_CASES_LEFT_OUT("Cases left out of a subject access answer", BOARD_ONLY),
    SUBJECT_ACCESS_DRAFT_DOWNLOADED("Subject access draft downloaded", BOARD_ONLY),
    SUBJECT_ACCESS_DOWNLOADED("Subject access answer downloaded", BOARD_ONLY),
    DATE_OF_BIRTH_RECORDED("Date of birth recorded", BOARD_ONLY),
    ALLEGATION_FOUND_SUBSTANTIATED("Allegation found substantiated", BOARD_ONLY),
    ALLEGATION_FOUND_UNSUBSTANTIATED("Allegation found unsubstantiated", BOARD_ONLY),
    ALLEGATION_FOUND_UNFOUNDED("Allegation found unfounded", BOARD_ONLY),
    ALLEGATION_FOUND_FALSE("Allegation found false", BOARD_ONLY),
    ALLEGATION_FOUND_MALICIOUS("Allegation found malicious", BOARD_ONLY),
    /** Issue 38: a false or malicious finding takes two senior managers; a closed case can be put right. */
    FINDING_PROPOSED("False or malicious finding proposed", BOARD_ONLY),
    FINDING_AGREED("Finding agreed by a second senior manager", BOARD_ONLY),
    FINDING_REFUSED("Finding refused by a second senior manager", BOARD_ONLY),
    CASE_REOPENED("Case reopened", BOARD_ONLY),
    EMAIL_UNDELIVERABLE("E-mail undeliverable", BOARD_ONLY),
    // Stuck work: a step that failed every try, and e-mails given up on, put right by the board's staff.
    STEP_STUCK("Step stopped after every try", BOARD_ONLY),
    STUCK_STEP_TRIED_AGAIN("Stopped step tried again", BOARD_ONLY),
    STUCK_STEP_FAILED_AGAIN("Stopped step failed again when tried again", BOARD_ONLY),
    EMAIL_TRIED_AGAIN("Undelivered e-mail tried again", BOARD_ONLY),
    EMAIL_DEALT_WITH("Undelivered e-mail dealt with another way", BOARD_ONLY),

    // The board's set-up: no case.
    CLAUSE_ADDED("Clause added", BOARD_ONLY),
    CLAUSE_CHANGED("Clause changed", BOARD_ONLY),
    CLAUSE_CHANGED_NEW_VERSION("Clause changed (new version)", BOARD_ONLY),
    CLAUSE_RETIRED("Clause retired", BOARD_ONLY),
    DEADLINES_CHANGED("Deadlines changed", BOARD_ONLY),
    WELSH_NAMES_CHANGED("Welsh names changed", BOARD_ONLY),
    PRIVACY_NOTICE_CHANGED("Privacy notice changed", BOARD_ONLY),
    CLOSURE_DAY_ADDED("Closure day added", BOARD_ONLY),
    CLOSURE_DAY_REMOVED("Closure day removed", BOARD_ONLY),
    ORGANISATION_ADDED("Organisation added", BOARD_ONLY),
    ORGANISATION_CHANGED("Organisation changed", BOARD_ONLY),
    ORGANISATION_DEACTIVATED("Organisation deactivated", BOARD_ONLY),
    ORGANISATION_DELETED("Organisation deleted", BOARD_ONLY),
    ORGANISATION_REACTIVATED("Organisation reactivated", BOARD_ONLY),
    PERSON_ADDED("Person added", BOARD_ONLY),
    PERSON_CHANGED("Person changed", BOARD_ONLY),
    PERSON_DEACTIVATED("Person deactivated", BOARD_ONLY),
    PERSON_REACTIVATED("Person reactivated", BOARD_ONLY),
    API_KEY_CREATED("API key created", BOARD_ONLY),
    API_KEY_REVOKED("API key revoked", BOARD_ONLY),
    API_KEY_ROTATED("API key rotated", BOARD_ONLY),
    /** A restore took the database back: the references given out after its moment are never given again. */
    REFERENCES_LOST_WITH_RESTORE("References lost with a restore", BOARD_ONLY),

    // Policy declarations (NSCB model policy 4.2, 5.1, 11 and Appendix 1): the board's record, no case.
    POLICY_VERSION_PUBLISHED("Policy version published", BOARD_ONLY),
    DECLARATIONS_ASKED("Members asked to declare", BOARD_ONLY),
    DECLARATION_SIGNED("Policy declaration signed", BOARD_ONLY),
    DECLARATION_COUNTERSIGNED("Policy declaration countersigned", BOARD_ONLY),
    DECLARATION_REMINDER_SENT("Policy declaration reminder sent", BOARD_ONLY),
    DECLARATION_ESCALATED("Policy declaration escalated", BOARD_ONLY),
    POLICY_REVIEW_REMINDER_SENT("Policy review reminder sent", BOARD_ONLY),
    DECLARATIONS_EXPORTED("Declarations exported", BOARD_ONLY),
    /** Cwm Taf: "employees should notify their manager"; the product tells the manager a self-report was made. */
    MANAGER_TOLD_OF_SELF_REPORT("Manager told of self-report", BOARD_ONLY),

    // People's accounts: the board's own record of its doors.
    ACCOUNT_LOCKED("Account locked", BOARD_ONLY),
    ACCOUNT_UNLOCKED("Account unlocked", BOARD_ONLY),
    PASSWORD_CHANGED("Password changed", BOARD_ONLY),
    PASSWORD_RESET_SENT("Password reset sent", BOARD_ONLY),
    PASSWORD_RESET("Password reset", BOARD_ONLY),
    PASSWORD_CHANGE_REQUIRED("Password change required", BOARD_ONLY),
    SECOND_FACTOR_SET_UP("Second factor set up", BOARD_ONLY),
    SECOND_FACTOR_REMOVED("Second factor removed", BOARD_ONLY),
    RECOVERY_CODE_USED("Recovery code used", BOARD_ONLY),
    REMEMBERED_DEVICES_FORGOTTEN("Remembered browsers forgotten", BOARD_ONLY),
    SECOND_FACTOR_ROLES_CHANGED("Second factor roles changed", BOARD_ONLY),
    SINGLE_SIGN_ON_CHANGED("Single sign-on changed", BOARD_ONLY),
    PEOPLE_IMPORTED("People imported", BOARD_ONLY),

    // Official accounts and accredited users (CHSCB authorised use 2-3): the board's own record.
    OFFICIAL_ACCOUNT_REQUESTED("Official account requested", BOARD_ONLY),
    OFFICIAL_ACCOUNT_CONSULTATION("Further consultation on an official account", BOARD_ONLY),
    OFFICIAL_ACCOUNT_CONSULTATION_ANSWERED("Official account consultation answered", BOARD_ONLY),
    OFFICIAL_ACCOUNT_APPROVED("Official account approved", BOARD_ONLY),
    OFFICIAL_ACCOUNT_REFUSED("Official account refused", BOARD_ONLY),
    OFFICIAL_ACCOUNT_REGISTERED("Official account registered", BOARD_ONLY),
    ACCREDITATION_PASSED("Accreditation test passed", BOARD_ONLY),
    ACCREDITED_USER_LISTED("Accredited user listed", BOARD_ONLY),
    ACCREDITATION_REMINDER_SENT("Accreditation renewal reminder sent", BOARD_ONLY),
    ACCREDITED_USER_SUSPENDED("Accredited user suspended", BOARD_ONLY),
    ACCREDITATION_RENEWED("Accreditation renewed", BOARD_ONLY),
    CASE_OFFICIAL_ACCOUNT_NAMED("Official account named on the case", BOARD_ONLY),
    PERSONAL_TOKEN_ISSUED("Personal access token issued", BOARD_ONLY),
    PERSONAL_TOKEN_REVOKED("Personal access token revoked", BOARD_ONLY),
    SERVICE_ACCOUNT_CREATED("Service account created for an HR system", BOARD_ONLY);

    private final String label;
    private final Visibility visibility;

    AuditAction(String label, Visibility visibility) {
        this.label = label;
        this.visibility = visibility;
    }

    /** What passes between the member and the board about its requests (CHSCB 5.3, 5.4, 6.3), in the timeline's words. */
    private static final java.util.Set<String> MEMBER_REQUEST_EXCHANGE = java.util.stream.Stream.of(
                    REMOVAL_REQUEST_SENT, COOPERATION_REQUEST_SENT, REMOVAL_REMINDER_SENT, REMOVAL_REQUEST_ANSWERED,
                    CONTEST_UPHELD, CONTEST_REJECTED, MORE_TIME_GIVEN, MORE_TIME_REFUSED, COOPERATION_RECORDED,
                    NON_COMPLIANCE_RECORDED, NON_COOPERATION_RECORDED)
            .map(AuditAction::label).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether a timeline entry's action (its label, as entries keep it) is one of the member's dealings with the
     * board about a request: sent, reminded, answered, decided on, not complied with.
     */
    public static boolean isMemberRequestExchange(String action) {
        return MEMBER_REQUEST_EXCHANGE.contains(action);
    }

    private static final java.util.Map<String, AuditAction> BY_LABEL = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(AuditAction::label, a -> a, (first, same) -> first));

    /** The kind of entry a timeline entry's action (its label, as entries keep it) is; empty for none known. */
    public static java.util.Optional<AuditAction> byLabel(String label) {
        return java.util.Optional.ofNullable(label == null ? null : BY_LABEL.get(label));
    }

    /** What the timeline says happened. */
    public String label() {
        return label;
    }

    /** Who may read it; null when the officer decides for each note ({@link #visibilityOfNote(boolean)}). */
    public Visibility visibility() {
        return visibility;
    }

    /** Whether the officer decides, note by note, if the HR partner may read it. */
    public boolean officersChoice() {
        return visibility == null;
    }

    /** A note the officer may mark internal: shared with HR unless they do. */
    public Visibility visibilityOfNote(boolean internal) {
        if (!officersChoice()) {
            throw new IllegalStateException(this + " is not the officer's to share or keep");
        }
        return internal ? BOARD_ONLY : SHARED_WITH_HR;
    }
}

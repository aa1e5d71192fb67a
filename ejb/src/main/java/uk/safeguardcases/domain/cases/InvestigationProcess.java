package uk.safeguardcases.domain.cases;

import java.util.Map;
import java.util.Optional;

/**
 * The names shared by the breach investigation BPMN model (workflows module) and the services and
 * delegates that drive it: one place, so a renamed task or variable cannot silently disconnect them.
 */
public final class InvestigationProcess {

    public static final String KEY = "breach-investigation";

    // User tasks (candidate group in brackets).
    /** Triage the concern (officer): safeguarding screen, clauses, decision. */
    public static final String TRIAGE_TASK = "triage";
    /** Refer to the LADO (officer), when the harm threshold is met; due in one working day. */
    public static final String LADO_REFERRAL_TASK = "lado-referral";
    /** Report to the adult safeguarding team (officer), when an adult at risk may be harmed; due in the board's days. */
    public static final String ADULT_SAFEGUARDING_REPORT_TASK = "adult-safeguarding-report";
    /** Authorise the investigation (senior, never the triaging officer). */
    public static final String AUTHORISE_TASK = "authorise-investigation";
    /** Gather evidence (officer). */
    public static final String GATHER_EVIDENCE_TASK = "gather-evidence";
    /** Review the member's contest of the removal request (officer). */
    public static final String REVIEW_CONTEST_TASK = "review-contest";
    /** Decide on the member's request for more time (officer). */
    public static final String DECIDE_EXTENSION_TASK = "decide-extension";
    /** Verify that the content has been removed (officer). */
    public static final String VERIFY_REMOVAL_TASK = "verify-removal";
    /** Decide the outcome (officer). */
    public static final String DECIDE_OUTCOME_TASK = "decide-outcome";
    /** Approve the disciplinary referral (senior, never the deciding officer). */
    public static final String APPROVE_REFERRAL_TASK = "approve-referral";

    // Receive tasks (message correlation).
    public static final String AWAIT_REMOVAL_RESPONSE = "await-removal-response";
    public static final String AWAIT_COOPERATION = "await-cooperation";
    public static final String AWAIT_HR_ACKNOWLEDGEMENT = "await-hr-acknowledgement";
    public static final String AWAIT_HR_OUTCOME = "await-hr-outcome";

    // Messages.
    public static final String REMOVAL_RESPONSE_MESSAGE = "removal-response";
    public static final String COOPERATION_RESPONSE_MESSAGE = "cooperation-response";
    public static final String HR_ACKNOWLEDGEMENT_MESSAGE = "hr-acknowledgement";
    public static final String HR_OUTCOME_MESSAGE = "hr-outcome";

    // Process variables.
    /** The case's id (its reference is the instance's business key). */
    public static final String CASE_ID = "caseId";
    /** Boolean, set at triage: meets the harm threshold for people who work with children. */
    public static final String HARM_THRESHOLD_MET = "harmThresholdMet";
    /** ISO date-time: when the LADO referral is due (one working day after triage). */
    public static final String LADO_DUE = "ladoDue";
    /** Whether an adult at risk may be harmed (the adults' route). */
    public static final String ADULT_AT_RISK = "adultAtRisk";
    /** When the report to the adult safeguarding team is due. */
    public static final String ADULT_REPORT_DUE = "adultReportDue";
    /** String, set at triage: the decision's name (NO_FURTHER_ACTION, ADVICE_ONLY, INVESTIGATE or a process's). */
    public static final String TRIAGE_DECISION = "triageDecision";
    /**
     * String or null, set by triage: the closure reason's name when the decision is a process's outcome that closes the
     * case at triage ({@code TriageOutcomes}); the model's one branch for every such outcome closes the case with it.
     */
    public static final String TRIAGE_CLOSURE_REASON = "triageClosureReason";
    /** Boolean, set by the senior. */
    public static final String AUTHORISED = "authorised";
    /** ISO date-times for the removal request. */
    public static final String REMOVAL_REMINDER_AT = "removalReminderAt";
    public static final String REMOVAL_DEADLINE = "removalDeadline";
    /** String, set by the member's response: REMOVED, CONTESTED or MORE_TIME. */
    public static final String REMOVAL_RESPONSE = "removalResponse";
    /** Boolean, set by the officer reviewing a contest: true when the content may stay. */
    public static final String CONTEST_UPHELD = "contestUpheld";
    /** ISO date-time: the co-operation deadline. */
    public static final String COOPERATION_DEADLINE = "cooperationDeadline";
    /** String, set by the officer: NO_BREACH, ADVICE_AND_GUIDANCE, DISCIPLINARY_REFERRAL, GROSS_MISCONDUCT_REFERRAL. */
    public static final String OUTCOME = "outcome";
    /** Boolean, set by the senior approving a referral. */
    public static final String REFERRAL_APPROVED = "referralApproved";
    /** String: the senior who approved the referral (goes on the referral). */
    public static final String REFERRAL_APPROVED_BY = "referralApprovedBy";
    /** String, set by the path into "Close the case": a {@code ClosureReason} name. */
    public static final String CLOSURE_REASON = "closureReason";
    /** String, set by the HR partner's outcome message: a {@code HrOutcome} name. */
    public static final String HR_OUTCOME = "hrOutcome";
    /** ISO date-times for the HR partner's acknowledgement. */
    public static final String HR_ACK_REMINDER_AT = "hrAcknowledgementReminderAt";
    public static final String HR_ACK_DUE = "hrAcknowledgementDue";

    private static final Map<String, CaseStatus> STEPS = Map.ofEntries(
            Map.entry(TRIAGE_TASK, CaseStatus.AWAITING_TRIAGE),
            Map.entry(LADO_REFERRAL_TASK, CaseStatus.AWAITING_LADO_REFERRAL),
            Map.entry(ADULT_SAFEGUARDING_REPORT_TASK, CaseStatus.AWAITING_ADULT_SAFEGUARDING_REPORT),
            Map.entry(AUTHORISE_TASK, CaseStatus.AWAITING_AUTHORISATION),
            Map.entry(GATHER_EVIDENCE_TASK, CaseStatus.GATHERING_EVIDENCE),
            Map.entry(AWAIT_REMOVAL_RESPONSE, CaseStatus.AWAITING_REMOVAL),
            Map.entry(REVIEW_CONTEST_TASK, CaseStatus.REVIEWING_CONTEST),
            Map.entry(DECIDE_EXTENSION_TASK, CaseStatus.DECIDING_EXTENSION),
            Map.entry(AWAIT_COOPERATION, CaseStatus.AWAITING_COOPERATION),
            Map.entry(VERIFY_REMOVAL_TASK, CaseStatus.VERIFYING_REMOVAL),
            Map.entry(DECIDE_OUTCOME_TASK, CaseStatus.DECIDING_OUTCOME),
            Map.entry(APPROVE_REFERRAL_TASK, CaseStatus.AWAITING_REFERRAL_APPROVAL),
            Map.entry(AWAIT_HR_ACKNOWLEDGEMENT, CaseStatus.REFERRED_TO_HR),
            Map.entry(AWAIT_HR_OUTCOME, CaseStatus.AWAITING_HR_OUTCOME));

    private InvestigationProcess() {
    }

    /** The case's step while the process waits at this activity; empty for activities that are no step. */
    public static Optional<CaseStatus> stepAt(String activityId) {
        return Optional.ofNullable(STEPS.get(activityId));
    }

    /** The activity (model element id) where the process waits while a case is at {@code step}; empty for closed. */
    public static Optional<String> activityOf(CaseStatus step) {
        return STEPS.entrySet().stream().filter(e -> e.getValue() == step).map(Map.Entry::getKey).findFirst();
    }
}

package uk.safeguardcases.domain.cases;

/**
 * The step a case is at, in the boards' words. It follows the investigation process: when the process
 * enters a task, the case takes that task's step (see {@code CaseStepListener}).
 */
public enum CaseStatus {
    AWAITING_TRIAGE("Awaiting triage"),
    AWAITING_LADO_REFERRAL("LADO referral due"),
    AWAITING_ADULT_SAFEGUARDING_REPORT("Adult safeguarding report due"),
    AWAITING_AUTHORISATION("Awaiting authorisation"),
    GATHERING_EVIDENCE("Gathering evidence"),
    AWAITING_REMOVAL("Awaiting content removal"),
    REVIEWING_CONTEST("Reviewing the member's reasons"),
    DECIDING_EXTENSION("Deciding on more time"),
    AWAITING_COOPERATION("Awaiting co-operation"),
    VERIFYING_REMOVAL("Verifying removal"),
    DECIDING_OUTCOME("Deciding the outcome"),
    AWAITING_REFERRAL_APPROVAL("Referral awaiting approval"),
    REFERRED_TO_HR("Referred to HR"),
    AWAITING_HR_OUTCOME("Awaiting the disciplinary outcome"),
    CLOSED("Closed");

    /**
     * Every step but the last. Queries for open cases ask for these steps rather than "not closed": the board's
     * (board, step) index then reads only its open cases, a few hundred, where "not closed" reads all of them (a
     * large board's 100,000, nearly all closed).
     */
    public static final java.util.Set<CaseStatus> OPEN = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.complementOf(java.util.EnumSet.of(CLOSED)));

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

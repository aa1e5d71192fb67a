package uk.safeguardcases.domain.transfer;

/** The names the two transfer models and the product share: their keys, variables, steps and messages. */
public final class TransferProcess {

    /** The sending board's process: the check (when the board's rule asks), the sending, the answer. */
    public static final String KEY = "case-transfer";
    /** The transfer's id on the sending board (the sending process's subject). */
    public static final String TRANSFER_ID = "caseTransferId";
    /** Whether a second senior manager checks it first (the board's rule when it was proposed). */
    public static final String SECOND_SENIOR = "secondSenior";
    /** Waits for the second senior manager's check. */
    public static final String CHECK = "await-transfer-check";
    public static final String CHECKED = "transfer-checked";
    /** The check's answer: true, it goes. */
    public static final String AGREED = "transferAgreed";
    /** Delivers it to the receiving board (a job: tried again if it fails, then stuck work the seniors see). */
    public static final String SEND = "send-transfer";
    /** Waits for the receiving board's answer. */
    public static final String ANSWER = "await-receiving-board";
    public static final String ANSWERED = "transfer-answered";
    /** Records the answer on the sending board's case (a job of the sending board). */
    public static final String RECORD_ANSWER = "record-transfer-answer";
    /** The answer: accepted (true) or declined. */
    public static final String ACCEPTED = "transferAccepted";
    /** Why the receiving board declined (empty when it accepted). */
    public static final String DECISION_REASON = "transferDecisionReason";
    /** The receiving board's own case reference, when it accepted (empty when it declined). */
    public static final String THEIR_REFERENCE = "receivingReference";

    /** The receiving board's process: its senior manager's decision, and the answer back. */
    public static final String RECEIVED_KEY = "received-transfer";
    /** The received transfer's id on the receiving board (the receiving process's subject). */
    public static final String RECEIVED_ID = "receivedTransferId";
    /** What was sent (bytes: JSON), until its first step keeps it as the board's record and removes it. */
    public static final String PACKAGE = "transferPackage";
    /** The sending board's id, and its process's instance, which the answer goes back to. */
    public static final String FROM_BOARD = "sendingBoard";
    public static final String FROM_INSTANCE = "sendingInstanceId";
    /** Keeps what came as the receiving board's record (a job of the receiving board). */
    public static final String RECEIVE = "receive-transfer";
    /** Waits for the receiving board's senior manager to accept or decline. */
    public static final String DECIDE = "await-transfer-decision";
    public static final String DECIDED = "received-transfer-decided";
    /** Reminds the board's senior managers of an undecided one: weekly, four times at most (a job of the board). */
    public static final String REMIND = "remind-transfer-decision";
    /** Tells the sending board (a job, as the sending). */
    public static final String TELL_SENDER = "tell-sending-board";

    /**
     * The sending board's process for a change of a case it sent (reopened, a finding, removed): told to the receiving
     * board, and its answer recorded on the case (one job, as each board in turn).
     */
    public static final String FOLLOW_UP_KEY = "transfer-follow-up";
    /** Tells the receiving board, and records what it did (a job of the sending board). */
    public static final String TELL_CHANGE = "tell-change";
    /** The board the case was sent to, the sending board's case id, the change, its finding and when it happened. */
    public static final String TO_BOARD = "receivingBoard";
    public static final String CASE_ID = "caseId";
    public static final String CHANGE = "senderChange";
    public static final String FINDING = "senderFinding";
    public static final String CHANGED_AT = "changedAt";

    /**
     * The receiving board's process once retention erased a copy its legal hold kept after the sending board removed
     * its record: the sending board is told (one job, as each board in turn).
     */
    public static final String COPY_ERASED_KEY = "transfer-copy-erased";
    /** Tells the sending board (a job of the receiving board). */
    public static final String TELL_COPY_ERASED = "tell-copy-erased";
    /** The sending board's reference of the case the copy was of. */
    public static final String FROM_REFERENCE = "sendingReference";

    private TransferProcess() {
    }
}

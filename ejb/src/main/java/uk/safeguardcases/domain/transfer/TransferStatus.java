package uk.safeguardcases.domain.transfer;

/** Where a case the board sends to another board stands, on the sending board's side. */
public enum TransferStatus {
    /** Proposed by a senior manager; a second senior manager is to check it before anything goes. */
    AWAITING_CHECK,
    /** The second senior manager refused it: nothing went. */
    REFUSED_AT_CHECK,
    /** Agreed (or needing no check): the transfer's process is delivering it to the receiving board. */
    SENDING,
    /** Sent: the receiving board holds its copy and decides. */
    SENT,
    /** The receiving board accepted it as a case of its own. */
    ACCEPTED,
    /** The receiving board declined it, saying why; it kept nothing readable of it. */
    DECLINED;

    /** Nothing more happens to it. */
    public boolean settled() {
        return this == REFUSED_AT_CHECK || this == ACCEPTED || this == DECLINED;
    }
}

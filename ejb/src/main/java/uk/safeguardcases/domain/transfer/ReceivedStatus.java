package uk.safeguardcases.domain.transfer;

/** Where a case another board sent stands, on the receiving board's side. */
public enum ReceivedStatus {
    /** Received: a senior manager of the board is to accept or decline it. */
    AWAITING_DECISION,
    /** Accepted: a case of the board's own, linked to what was received. */
    ACCEPTED,
    /** Declined, with a reason: what was received is erased, the fact and the reason kept. */
    DECLINED,
    /** The sending board removed its record, and what was received is erased with it; the fact is kept. */
    REMOVED
}

package uk.safeguardcases.domain.transfer;

/** What the receiving board did when told of a change at the sending board, told back to the sending board. */
public enum FollowUpResult {
    /** What it received is marked with the change. */
    MARKED,
    /** The sending board removed its record: the copy is removed too. */
    COPY_REMOVED,
    /** The sending board removed its record; the receiving board's own legal hold on its case keeps the copy. */
    COPY_KEPT_UNDER_HOLD,
    /** It holds nothing of it any more (it declined it, or removed it already). */
    NOTHING_HELD
}

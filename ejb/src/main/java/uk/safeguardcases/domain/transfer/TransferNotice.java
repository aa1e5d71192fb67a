package uk.safeguardcases.domain.transfer;

import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.notification.NoticeKind;

/** The e-mails of transfers between boards: each to a board's senior managers, naming references, never the person. */
public enum TransferNotice implements NoticeKind {
    /** To the sending board's other senior managers: a transfer waits for their check. */
    TRANSFER_TO_CHECK(Notice.Audience.SENIOR),
    /** To the receiving board's senior managers: a case came from another board, to accept or decline. */
    TRANSFER_RECEIVED(Notice.Audience.SENIOR),
    /** To the receiving board's senior managers: a case sent to them still waits for a decision (weekly, 4 at most). */
    TRANSFER_DECISION_REMINDER(Notice.Audience.SENIOR),
    /** To the sending board's senior managers: the receiving board accepted or declined. */
    TRANSFER_DECIDED(Notice.Audience.SENIOR),
    /** To the member: the case about them went to another board, which one, on what legal basis. */
    TRANSFER_MEMBER_TOLD(Notice.Audience.MEMBER),
    /** To the receiving board's senior managers: the sending board changed or removed a case it sent them. */
    TRANSFER_CHANGED(Notice.Audience.SENIOR);

    private final Notice.Audience audience;

    TransferNotice(Notice.Audience audience) {
        this.audience = audience;
    }

    @Override
    public Notice.Audience audience() {
        return audience;
    }
}

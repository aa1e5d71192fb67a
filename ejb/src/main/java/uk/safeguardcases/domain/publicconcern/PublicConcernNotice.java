package uk.safeguardcases.domain.publicconcern;

import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.notification.NoticeKind;

/**
 * The e-mails a reporter may get: once, a link to confirm the address they gave is theirs; then, only once they have,
 * that there is a message for them, which they read with their code. Nothing else.
 */
public enum PublicConcernNotice implements NoticeKind {
    REPORTER_MESSAGE_WAITING,
    REPORTER_ADDRESS_CONFIRMATION;

    @Override
    public Notice.Audience audience() {
        return Notice.Audience.REPORTER;
    }
}

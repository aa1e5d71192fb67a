package uk.safeguardcases.domain.publicconcern;

import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.notification.NoticeKind;

/** The one e-mail a reporter may get: there is a message for them; they read it with their code. Nothing else. */
public enum PublicConcernNotice implements NoticeKind {
    REPORTER_MESSAGE_WAITING;

    @Override
    public Notice.Audience audience() {
        return Notice.Audience.REPORTER;
    }
}

package uk.safeguardcases.domain.hosting;

import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.notification.NoticeKind;

/** The e-mails the hosting operator's work sends through the board's outbox. */
public enum HostingNotice implements NoticeKind {
    /** To a board's first administrator: a one-time link, good for seven days, to choose a password. */
    ADMINISTRATOR_INVITATION;

    @Override
    public Notice.Audience audience() {
        return Notice.Audience.PERSON;
    }
}

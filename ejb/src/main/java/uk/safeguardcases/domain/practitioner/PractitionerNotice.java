package uk.safeguardcases.domain.practitioner;

import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.notification.NoticeKind;

/** The e-mails of the practitioner concerns (Wales Safeguarding Procedures, Section 5). */
public enum PractitionerNotice implements NoticeKind {
    /** To the board's senior managers: the designated person was not told within their deadline. */
    DESIGNATED_PERSON_DEADLINE_MISSED(Notice.Audience.SENIOR);

    private final Notice.Audience audience;

    PractitionerNotice(Notice.Audience audience) {
        this.audience = audience;
    }

    @Override
    public Notice.Audience audience() {
        return audience;
    }
}

package uk.safeguardcases.domain.official;

import uk.safeguardcases.domain.notification.Notice.Audience;
import uk.safeguardcases.domain.notification.NoticeKind;

/** The e-mails of an accreditation (CHSCB authorised use 3.1). */
public enum AccreditationNotice implements NoticeKind {
    /** To an accredited user and the board's senior managers: the certification expires in 60 or 30 days (CHSCB authorised use 3.1). */
    ACCREDITATION_EXPIRING,
    /** To the user and each account's owner: the certification expired; suspended from the board's official accounts. */
    ACCREDITATION_EXPIRED;

    @Override
    public Audience audience() {
        return Audience.PERSON;
    }
}

package uk.safeguardcases.domain.access;

import uk.safeguardcases.domain.notification.Notice.Audience;
import uk.safeguardcases.domain.notification.NoticeKind;

/** The e-mails of a subject access request (UK GDPR Article 12(3)): to the board's staff, and the notice of an extension to the requester. */
public enum SubjectAccessNotice implements NoticeKind {
    /** To the board's officers: a subject access request is due within a working week. */
    SUBJECT_ACCESS_DUE_SOON(Audience.OFFICER),
    /** To the board's senior managers: a subject access request was not answered in time. */
    SUBJECT_ACCESS_OVERDUE(Audience.SENIOR),
    /** To the person the request is about (or who made it): the deadline is extended, and why (Article 12(3)). */
    SUBJECT_ACCESS_EXTENSION_NOTICE(Audience.PERSON);

    private final Audience audience;

    SubjectAccessNotice(Audience audience) {
        this.audience = audience;
    }

    @Override
    public Audience audience() {
        return audience;
    }
}

package uk.safeguardcases.domain.dpcomplaint;

import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.notification.NoticeKind;

/** The complaint's e-mails, in the board's languages. */
public enum DpComplaintNotice implements NoticeKind {
    /** The data protection officer named on the privacy notice is told a complaint was registered with them. */
    DP_COMPLAINT_REGISTERED(Notice.Audience.SENIOR),
    /** The complainant: their complaint was received and will be looked into (s.164A(2)). */
    DP_COMPLAINT_ACKNOWLEDGEMENT(Notice.Audience.REPORTER),
    /** The board's officers: a complaint waits to be acknowledged and its 30 days are running out. */
    DP_COMPLAINT_ACKNOWLEDGEMENT_DUE(Notice.Audience.OFFICER),
    /** The senior managers and the data protection officer: the last day to acknowledge has come. */
    DP_COMPLAINT_ACKNOWLEDGEMENT_ESCALATED(Notice.Audience.SENIOR),
    /** The complainant: the outcome, with their right to complain to the Information Commissioner. */
    DP_COMPLAINT_OUTCOME(Notice.Audience.REPORTER);

    private final Notice.Audience audience;

    DpComplaintNotice(Notice.Audience audience) {
        this.audience = audience;
    }

    @Override
    public Notice.Audience audience() {
        return audience;
    }
}

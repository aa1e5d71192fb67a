package uk.safeguardcases.application.investigation;

import uk.safeguardcases.domain.deadline.DeadlineState;
import java.io.Serializable;
import java.time.Instant;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.referral.ReferralKind;
import uk.safeguardcases.domain.referral.ReferralStatus;

/** A referral as the HR partner's inbox lists it. */
public record ReferralSummary(String reference, String subjectName, ReferralKind kind, Instant sentAt,
        Instant acknowledgementDue, DeadlineState acknowledgement, Instant acknowledgedAt, ReferralStatus status,
        HrOutcome outcome) implements Serializable {

    public boolean isOpen() {
        return status.isOpen();
    }
}

package uk.safeguardcases.domain.cases;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;
import uk.safeguardcases.domain.deadline.Deadline;

/**
 * What the board owes agencies outside it, by when: the referral to the LADO when the harm threshold is met (one
 * working day), and the report to the adult safeguarding team when an adult at risk may be harmed (a board setting).
 * Each is missed at most once, however often its timer's job runs; a case with neither has none.
 */
@Embeddable
public class ExternalDeadlines {

    @Embedded
    @AttributeOverride(name = "due", column = @Column(name = "lado_due"))
    @AttributeOverride(name = "reminderAt", column = @Column(name = "lado_reminder_at"))
    @AttributeOverride(name = "remindedAt", column = @Column(name = "lado_reminded_at"))
    @AttributeOverride(name = "missedAt", column = @Column(name = "lado_escalated_at"))
    private Deadline ladoReferralBy;

    @Embedded
    @AttributeOverride(name = "due", column = @Column(name = "adult_report_due"))
    @AttributeOverride(name = "reminderAt", column = @Column(name = "adult_report_reminder_at"))
    @AttributeOverride(name = "remindedAt", column = @Column(name = "adult_report_reminded_at"))
    @AttributeOverride(name = "missedAt", column = @Column(name = "adult_report_escalated_at"))
    private Deadline adultReportBy;

    protected ExternalDeadlines() {
    }

    /** The harm threshold is met: the LADO referral is due by {@code deadline}. */
    public void ladoReferralDue(Deadline deadline) {
        this.ladoReferralBy = deadline;
    }

    /** The LADO referral was not made in time: true the first time only. */
    public boolean ladoTimescaleMissed(Instant at) {
        if (ladoReferralBy == null) {
            ladoReferralBy = Deadline.due(at, null); // a case from before the due date was kept on the case
        }
        return ladoReferralBy.miss(at, false);
    }

    /** The LADO referral's deadline, or null when none is due. */
    public Deadline ladoReferralBy() {
        return ladoReferralBy;
    }

    /** An adult at risk may be harmed: the report to the adult safeguarding team is due by {@code deadline}. */
    public void adultReportDue(Deadline deadline) {
        this.adultReportBy = deadline;
    }

    /** The report to the adult safeguarding team was not made in time: true the first time only. */
    public boolean adultReportTimescaleMissed(Instant at) {
        if (adultReportBy == null) {
            adultReportBy = Deadline.due(at, null);
        }
        return adultReportBy.miss(at, false);
    }

    /** The adult safeguarding report's deadline, or null when none is due. */
    public Deadline adultReportBy() {
        return adultReportBy;
    }
}

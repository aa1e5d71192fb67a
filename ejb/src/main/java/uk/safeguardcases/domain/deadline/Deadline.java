package uk.safeguardcases.domain.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A deadline someone must meet (the member's removal or co-operation, the HR partner's acknowledgement, the LADO
 * referral): when it is due, when the reminder goes, and the two things that happen to it at most once, stamped
 * when they happen: the reminder, and the deadline being missed. The jobs that remind and record a miss may run
 * more than once (a retry, a second server); the second time changes nothing. Each owner maps the columns.
 */
@Embeddable
public class Deadline {

    @Column(name = "due")
    private Instant due;

    @Column(name = "reminder_at")
    private Instant reminderAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "missed_at")
    private Instant missedAt;

    protected Deadline() {
    }

    private Deadline(Instant due, Instant reminderAt) {
        if (due == null) {
            throw new IllegalArgumentException("A deadline is due at some time");
        }
        this.due = due;
        this.reminderAt = reminderAt;
    }

    /** Due at {@code due}, with a reminder at {@code reminderAt} (null: no reminder). */
    public static Deadline due(Instant due, Instant reminderAt) {
        return new Deadline(due, reminderAt);
    }

    /** The reminder, once per deadline and only while it is not met: true the first time. */
    public boolean remind(Instant at, boolean met) {
        if (remindedAt != null || met) {
            return false;
        }
        remindedAt = at;
        return true;
    }

    /** The deadline passed without being met: recorded once; true the first time. */
    public boolean miss(Instant at, boolean met) {
        if (missedAt != null || met) {
            return false;
        }
        missedAt = at;
        return true;
    }

    /** More time: a new due date and reminder, and the reminder armed again for it. */
    public void moveTo(Deadline later) {
        this.due = later.due;
        this.reminderAt = later.reminderAt;
        this.remindedAt = null;
    }

    /** How it stands at {@code now}; "due soon" from the reminder on. */
    public DeadlineState stateAt(Instant now, Instant metAt) {
        return DeadlineState.of(due, reminderAt == null ? due : reminderAt, metAt, now);
    }

    public Instant due() {
        return due;
    }

    public Instant reminderAt() {
        return reminderAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant missedAt() {
        return missedAt;
    }
}

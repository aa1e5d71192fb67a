package uk.safeguardcases.domain.deadline;

import java.time.Instant;
import uk.safeguardcases.domain.calendar.WorkingDays;

/**
 * The one place a board's deadlines are worked out: its settings (in working days) on its working calendar (weekends,
 * bank holidays and its own closure days left out). Every deadline in the product comes from here.
 */
public final class DeadlinePolicy {

    private final BoardDeadlines board;
    private final WorkingDays days;

    public DeadlinePolicy(BoardDeadlines board, WorkingDays days) {
        this.board = board;
        this.days = days;
    }

    /** DESIGN step 2: the LADO referral, within the board's working days (one, by default). No reminder. */
    public Deadline ladoReferral(Instant from) {
        return Deadline.due(days.deadline(from, board.ladoDays()), null);
    }

    /**
     * Cwm Taf (a children's and an adults' board): an adult at risk who may be harmed is reported to the local
     * authority's adult safeguarding team within the board's working days. No reminder, like the LADO referral.
     */
    public Deadline adultSafeguardingReport(Instant from) {
        return Deadline.due(days.deadline(from, board.adultReportDays()), null);
    }

    /** CHSCB 5.3 / NSCB 8.1: the content-removal request, with a reminder before it falls due. */
    public Deadline removal(Instant from) {
        return withRemovalReminder(days.deadline(from, board.removalDays()));
    }

    /** More time to remove: {@code extraWorkingDays} after the current due date, with the reminder again. */
    public Deadline removalExtended(Deadline current, int extraWorkingDays) {
        return withRemovalReminder(days.deadline(current.due(), extraWorkingDays));
    }

    /** CHSCB 6.3: the co-operation request. No reminder. */
    public Deadline cooperation(Instant from) {
        return Deadline.due(days.deadline(from, board.cooperationDays()), null);
    }

    /** CHSCB 6.2: the HR partner's acknowledgement of a referral, with a reminder before it falls due. */
    public Deadline hrAcknowledgement(Instant from) {
        Instant due = days.deadline(from, board.hrAcknowledgementDays());
        return Deadline.due(due, days.reminderBefore(due, board.hrReminderDays()));
    }

    private Deadline withRemovalReminder(Instant due) {
        return Deadline.due(due, days.reminderBefore(due, board.removalReminderDays()));
    }
}

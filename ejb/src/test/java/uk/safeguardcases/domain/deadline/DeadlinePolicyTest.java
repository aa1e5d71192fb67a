package uk.safeguardcases.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.calendar.WorkingDays;

/** Every deadline from one policy: the board's settings on its working calendar; each happens once. */
class DeadlinePolicyTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Wednesday 13 May 2026, 10:00 in London. */
    private static final Instant WEDNESDAY = Instant.parse("2026-05-13T09:00:00Z");
    /** LADO 1, removal 5 (reminder 2 before), co-operation 10, HR acknowledgement 5 (reminder 2 before). */
    private static final BoardDeadlines SETTINGS = new BoardDeadlines(1, 5, 2, 10, 5, 2);
    /** The board closes on Friday 15 May; the late May bank holiday is Monday 25 May. */
    private static final WorkingDays DAYS = new WorkingDays(
            List.of(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 25)), LONDON);
    private final DeadlinePolicy policy = new DeadlinePolicy(SETTINGS, DAYS);

    @Test
    void theLadoReferralIsDueByFiveOnTheNextWorkingDayWithNoReminder() {
        Deadline lado = policy.ladoReferral(WEDNESDAY);
        assertThat(lado.due()).isEqualTo(london(2026, 5, 14, 17));
        assertThat(lado.reminderAt()).isNull();
    }

    @Test
    void theRemovalRequestSkipsTheBoardsClosureDayAndRemindsTwoWorkingDaysBefore() {
        Deadline removal = policy.removal(WEDNESDAY);
        // Thu 14, (Fri 15 closed), Mon 18, Tue 19, Wed 20, Thu 21.
        assertThat(removal.due()).isEqualTo(london(2026, 5, 21, 17));
        assertThat(removal.reminderAt()).isEqualTo(london(2026, 5, 19, 17));
    }

    @Test
    void moreTimeIsCountedFromTheCurrentDeadlineAndArmsTheReminderAgain() {
        Deadline removal = policy.removal(WEDNESDAY);
        assertThat(removal.remind(london(2026, 5, 19, 17), false)).isTrue();
        removal.moveTo(policy.removalExtended(removal, 3));
        // From Thu 21: Fri 22, (Mon 25 bank holiday), Tue 26, Wed 27.
        assertThat(removal.due()).isEqualTo(london(2026, 5, 27, 17));
        assertThat(removal.remindedAt()).as("the reminder goes again before the new deadline").isNull();
        assertThat(removal.remind(london(2026, 5, 26, 17), false)).isTrue();
    }

    @Test
    void coOperationAndTheHrAcknowledgementFollowTheirOwnSettings() {
        assertThat(policy.cooperation(WEDNESDAY).due()).isEqualTo(london(2026, 5, 29, 17));
        Deadline hr = policy.hrAcknowledgement(WEDNESDAY);
        assertThat(hr.due()).isEqualTo(london(2026, 5, 21, 17));
        assertThat(hr.reminderAt()).isEqualTo(london(2026, 5, 19, 17));
    }

    @Test
    void theReminderAndTheMissHappenOnceAndNotOnceTheDeadlineIsMet() {
        Deadline deadline = policy.removal(WEDNESDAY);
        Instant reminded = london(2026, 5, 19, 17);
        assertThat(deadline.remind(reminded, false)).isTrue();
        assertThat(deadline.remind(reminded.plusSeconds(60), false)).as("a second run of the job").isFalse();
        assertThat(deadline.remindedAt()).isEqualTo(reminded);

        Deadline met = policy.removal(WEDNESDAY);
        assertThat(met.remind(reminded, true)).isFalse();
        assertThat(met.miss(deadline.due(), true)).isFalse();
        assertThat(met.missedAt()).isNull();

        assertThat(deadline.miss(deadline.due(), false)).isTrue();
        assertThat(deadline.miss(deadline.due().plusSeconds(60), false)).isFalse();
        assertThat(deadline.missedAt()).isEqualTo(deadline.due());
    }

    @Test
    void howADeadlineStandsFollowsItsReminder() {
        Deadline removal = policy.removal(WEDNESDAY);
        assertThat(removal.stateAt(WEDNESDAY, null)).isEqualTo(DeadlineState.ON_TIME);
        assertThat(removal.stateAt(removal.reminderAt(), null)).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(removal.stateAt(removal.due().plusSeconds(1), null)).isEqualTo(DeadlineState.OVERDUE);
        assertThat(removal.stateAt(removal.due().plusSeconds(1), WEDNESDAY)).isEqualTo(DeadlineState.MET);
        Deadline lado = policy.ladoReferral(WEDNESDAY);
        assertThat(lado.stateAt(WEDNESDAY, null)).as("no reminder: on time until due").isEqualTo(DeadlineState.ON_TIME);
    }

    @Test
    void aDeadlineIsDueAtSomeTime() {
        assertThatThrownBy(() -> Deadline.due(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant london(int year, int month, int day, int hour) {
        return LocalDate.of(year, month, day).atTime(hour, 0).atZone(LONDON).toInstant();
    }
}

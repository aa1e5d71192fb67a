package uk.safeguardcases.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineStateTest {

    private static final Instant REMINDER = Instant.parse("2026-05-04T17:00:00Z");
    private static final Instant DUE = Instant.parse("2026-05-06T16:00:00Z");

    @Test
    void beforeTheReminderADeadlineIsOnTime() {
        assertThat(DeadlineState.of(DUE, REMINDER, null, REMINDER.minusSeconds(1))).isEqualTo(DeadlineState.ON_TIME);
    }

    @Test
    void fromTheReminderToTheDeadlineItIsDueSoon() {
        assertThat(DeadlineState.of(DUE, REMINDER, null, REMINDER)).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(DeadlineState.of(DUE, REMINDER, null, DUE)).isEqualTo(DeadlineState.DUE_SOON);
    }

    @Test
    void afterTheDeadlineItIsOverdue() {
        assertThat(DeadlineState.of(DUE, REMINDER, null, DUE.plusSeconds(1))).isEqualTo(DeadlineState.OVERDUE);
    }

    @Test
    void oneMetIsMetWhenever() {
        assertThat(DeadlineState.of(DUE, REMINDER, DUE.plusSeconds(60), DUE.plusSeconds(3600)))
                .isEqualTo(DeadlineState.MET);
    }
}

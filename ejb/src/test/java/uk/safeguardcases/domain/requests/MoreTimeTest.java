package uk.safeguardcases.domain.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day a member may ask for more time until: after the current deadline, at most six weeks after it. */
class MoreTimeTest {

    /** A Friday deadline. */
    private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 15);

    @Test
    void theMemberMayAskForAnyDayFromTheDayAfterTheDeadlineToSixWeeksAfterIt() {
        assertThat(MoreTime.refusalOf(DEADLINE.plusDays(1), DEADLINE)).isEmpty();
        assertThat(MoreTime.refusalOf(DEADLINE.plusWeeks(2), DEADLINE)).isEmpty();
        assertThat(MoreTime.refusalOf(LocalDate.of(2026, 6, 26), DEADLINE)).as("six weeks to the day").isEmpty();
        assertThat(MoreTime.latest(DEADLINE)).isEqualTo(LocalDate.of(2026, 6, 26));
    }

    @Test
    void moreThanSixWeeksAfterTheDeadlineIsTooLate() {
        assertThat(MoreTime.refusalOf(LocalDate.of(2026, 6, 27), DEADLINE)).contains(MoreTime.Refusal.TOO_LATE);
        assertThat(MoreTime.refusalOf(DEADLINE.plusYears(1), DEADLINE)).contains(MoreTime.Refusal.TOO_LATE);
    }

    @Test
    void theDeadlineItselfOrAnEarlierDayIsNoMoreTime() {
        assertThat(MoreTime.refusalOf(DEADLINE, DEADLINE)).contains(MoreTime.Refusal.NOT_AFTER_DEADLINE);
        assertThat(MoreTime.refusalOf(DEADLINE.minusDays(20), DEADLINE))
                .contains(MoreTime.Refusal.NOT_AFTER_DEADLINE);
    }

    @Test
    void aRequestForMoreTimeNamesADay() {
        assertThat(MoreTime.refusalOf(null, DEADLINE)).contains(MoreTime.Refusal.NO_DAY);
    }

    @Test
    void theOfficerGivesFromOneToThirtyMoreWorkingDays() {
        assertThat(MoreTime.mayGive(1)).isTrue();
        assertThat(MoreTime.mayGive(30)).isTrue();
        assertThat(MoreTime.mayGive(0)).as("no more time is a refusal, not a grant").isFalse();
        assertThat(MoreTime.mayGive(-5)).isFalse();
        assertThat(MoreTime.mayGive(31)).isFalse();
    }
}

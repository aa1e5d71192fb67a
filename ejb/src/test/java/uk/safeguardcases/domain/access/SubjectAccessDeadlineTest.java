package uk.safeguardcases.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** One calendar month from receipt, as the ICO counts it, moved to the next working day. */
class SubjectAccessDeadlineTest {

    /** Weekdays, except Christmas 2026 and its substitute Boxing Day, and New Year's Day 2027. */
    private static final Predicate<LocalDate> WORKING = day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY
            && !Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)).contains(day);

    @Test
    void theSameDateOfTheNextMonth() {
        assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2026, 11, 2), WORKING)).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void aMonthWithoutThatDateEndsOnItsLastDay() {
        // 31 January 2027 → 28 February 2027, a Sunday → Monday 1 March.
        assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2027, 1, 31), WORKING)).isEqualTo(LocalDate.of(2027, 3, 1));
        // 31 January 2028 → 29 February 2028 (a leap year), a Tuesday.
        assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2028, 1, 31), WORKING)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aDeadlineOnAWeekendOrBankHolidayMovesToTheNextWorkingDay() {
        // 25 November 2026 → Friday 25 December (Christmas) → Monday 28th (substitute) → Tuesday 29 December.
        assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2026, 11, 25), WORKING))
                .isEqualTo(LocalDate.of(2026, 12, 29));
        // 1 December 2026 → Friday 1 January 2027 (New Year's Day) → Monday 4 January.
        assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2026, 12, 1), WORKING)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void anExtensionGivesAtMostTwoFurtherMonths() {
        assertThat(SubjectAccessDeadline.latestExtension(LocalDate.of(2026, 11, 2), WORKING))
                .isEqualTo(LocalDate.of(2027, 2, 2));
        // 30 November 2026 + 3 months → 28 February 2027, a Sunday → Monday 1 March.
        assertThat(SubjectAccessDeadline.latestExtension(LocalDate.of(2026, 11, 30), WORKING))
                .isEqualTo(LocalDate.of(2027, 3, 1));
    }
}

package uk.safeguardcases.domain.practitioner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.calendar.WorkingDays;
import uk.safeguardcases.domain.deadline.Deadline;

class DesignatedPersonDeadlineTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** England and Wales bank holidays of 2026 that these cases cross. */
    private static final List<LocalDate> HOLIDAYS = List.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28));

    private static final WorkingDays DAYS = new WorkingDays(HOLIDAYS, UK);

    private static Instant uk(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(UK).toInstant();
    }

    @Test
    void aConcernArisingOnAFridayEveningBeforeABankHolidayIsDueAtTheEndOfTuesday() {
        Deadline due = DesignatedPersonDeadline.from(uk(2026, 5, 1, 18, 30), DAYS);

        assertEquals(uk(2026, 5, 5, 17, 0), due.due()); // Monday 4 May is the Early May bank holiday
        assertNull(due.reminderAt());
    }

    @Test
    void aConcernArisingInOfficeHoursIsDueTwentyFourHoursLater() {
        assertEquals(uk(2026, 11, 25, 10, 15), DesignatedPersonDeadline.from(uk(2026, 11, 24, 10, 15), DAYS).due());
    }

    @Test
    void aConcernArisingOnChristmasEveAfterHoursIsDueOnTheNextWorkingDayAfterChristmasAndBoxingDay() {
        assertEquals(uk(2026, 12, 29, 17, 0), DesignatedPersonDeadline.from(uk(2026, 12, 24, 17, 0), DAYS).due());
    }

    @Test
    void aConcernArisingOnABankHolidayIsOutOfHours() {
        Instant christmasMorning = uk(2026, 12, 25, 11, 0);

        assertFalse(DesignatedPersonDeadline.inOfficeHours(christmasMorning, DAYS));
        assertEquals(uk(2026, 12, 29, 17, 0), DesignatedPersonDeadline.from(christmasMorning, DAYS).due());
    }

    @Test
    void aConcernArisingAtTheWeekendIsDueAtTheEndOfMonday() {
        assertEquals(uk(2026, 11, 30, 17, 0), DesignatedPersonDeadline.from(uk(2026, 11, 28, 9, 30), DAYS).due());
    }

    @Test
    void aConcernArisingBeforeNineOnAWorkingDayIsDueAtTheEndOfThatDay() {
        Instant early = uk(2026, 11, 24, 7, 45);

        assertFalse(DesignatedPersonDeadline.inOfficeHours(early, DAYS));
        assertEquals(uk(2026, 11, 24, 17, 0), DesignatedPersonDeadline.from(early, DAYS).due());
    }

    @Test
    void theBoardsOwnClosureDayIsNotAWorkingDay() {
        WorkingDays closedOnMonday = new WorkingDays(List.of(LocalDate.of(2026, 11, 30)), UK);

        assertEquals(uk(2026, 12, 1, 17, 0),
                DesignatedPersonDeadline.from(uk(2026, 11, 27, 17, 5), closedOnMonday).due());
    }

    @Test
    void officeHoursRunFromNineUntilTheEndOfTheWorkingDay() {
        assertTrue(DesignatedPersonDeadline.inOfficeHours(uk(2026, 11, 24, 9, 0), DAYS));
        assertTrue(DesignatedPersonDeadline.inOfficeHours(uk(2026, 11, 24, 16, 59), DAYS));
        assertFalse(DesignatedPersonDeadline.inOfficeHours(uk(2026, 11, 24, 17, 0), DAYS));
    }
}

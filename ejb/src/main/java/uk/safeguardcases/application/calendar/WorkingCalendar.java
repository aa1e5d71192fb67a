package uk.safeguardcases.application.calendar;

import jakarta.inject.Inject;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.deadline.DeadlinePolicy;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.domain.calendar.CalendarRepository;
import uk.safeguardcases.domain.calendar.WorkingDays;

/**
 * Working days for the caller's board: Monday to Friday except the England and Wales bank holidays (shared data,
 * table bank_holiday) and the board's own closure days (table board_closure_day, tenant-filtered, so another
 * board's closures never move this board's deadlines). The one place deadlines get their calendar from.
 */
@Stateless
public class WorkingCalendar {

    @Inject
    private BoardRepository boards;

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm");

    @Inject
    private CalendarRepository calendar;

    public WorkingDays workingDays() {
        List<LocalDate> days = new ArrayList<>(calendar.bankHolidays());
        days.addAll(calendar.closureDays());
        return new WorkingDays(days, UK);
    }

    /** The caller's board's deadlines, worked out on its working days. */
    public DeadlinePolicy deadlines() {
        return new DeadlinePolicy(boards.current().deadlineSettings(), workingDays());
    }

    /** A deadline as people read it: "Tuesday 5 May 2026, 17:00". */
    public static String describe(Instant instant) {
        return WHEN.format(instant.atZone(UK));
    }
}

package uk.safeguardcases.domain.calendar;

import java.time.LocalDate;
import java.util.List;

/** The days on which no deadline runs: the England and Wales bank holidays (shared) and the caller's board's closures. */
public interface CalendarRepository {

    List<LocalDate> bankHolidays();

    /** The caller's board's own closure days; another board's are never found. */
    List<LocalDate> closureDays();
}

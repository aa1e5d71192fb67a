package uk.safeguardcases.domain.calendar;

import java.time.LocalDate;
import java.util.List;

/** The days on which no deadline runs: the England and Wales bank holidays (shared) and the caller's board's closures. */
public interface CalendarRepository {

    List<LocalDate> bankHolidays();

    /** The caller's board's own closure days; another board's are never found. */
    List<LocalDate> closureDays();

    /** The bank holidays on or after {@code from}, in date order. */
    List<BankHoliday> bankHolidaysFrom(LocalDate from);

    /** The bank holiday on {@code date}, if it is one. */
    java.util.Optional<BankHoliday> bankHoliday(LocalDate date);

    /** The board's closure days on or after {@code from}, in date order. */
    List<BoardClosureDay> closureDaysFrom(LocalDate from);

    /** Whether the board's office is closed on {@code date}. */
    boolean closedOn(LocalDate date);

    /** One of the board's closure days, by id (the caller checks the board). */
    java.util.Optional<BoardClosureDay> closureDay(long id);

    void add(BoardClosureDay day);

    void remove(BoardClosureDay day);
}

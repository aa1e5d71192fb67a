package uk.safeguardcases.domain.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Working-day arithmetic for the investigation's deadlines. The boards' policies give deadlines in
 * working days (e.g. the referral to the LADO within one working day, removal of content within a few
 * working days), so Saturdays, Sundays and bank holidays do not count. A deadline falls at the end of
 * the working day, 17:00 UK time (GMT in winter, BST in summer).
 *
 * <p>The holidays are data (table {@code bank_holiday}, see {@link BankHoliday}, and the board's own
 * {@link BoardClosureDay closure days}), passed in here;
 * the zone is always Europe/London in production. Immutable and thread-safe.
 */
public final class WorkingDays {

    /** When a working day ends, in local time: a deadline on a day is met until then. */
    public static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

    /** Only holidays that fall on a weekday matter: a weekend day is not a working day anyway. */
    private final NavigableSet<LocalDate> weekdayHolidays;
    private final ZoneId zone;

    public WorkingDays(Collection<LocalDate> holidays, ZoneId zone) {
        Objects.requireNonNull(holidays, "holidays");
        this.zone = Objects.requireNonNull(zone, "zone");
        TreeSet<LocalDate> weekdays = new TreeSet<>();
        for (LocalDate holiday : holidays) {
            if (!isWeekend(Objects.requireNonNull(holiday, "holiday"))) {
                weekdays.add(holiday);
            }
        }
        this.weekdayHolidays = Collections.unmodifiableNavigableSet(weekdays);
    }

    /** The zone whose calendar the working days follow (Europe/London). */
    public ZoneId zone() {
        return zone;
    }

    /** Whether the date is a working day: Monday to Friday and not a bank holiday. */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !isWeekend(date) && !weekdayHolidays.contains(date);
    }

    /**
     * The date {@code days} working days after {@code start} (start itself does not count): 1 working
     * day after Friday 1 May 2026 is Tuesday 5 May 2026 (Monday 4 May is the Early May bank holiday).
     * With 0, {@code start} if it is a working day, else the next working day.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(days);
        LocalDate date = start;
        if (days == 0) {
            while (!isWorkingDay(date)) {
                date = date.plusDays(1);
            }
            return date;
        }
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * The date {@code days} working days before {@code start} (start itself does not count). With 0,
     * {@code start} if it is a working day, else the previous working day.
     */
    public LocalDate subtractWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(days);
        LocalDate date = start;
        if (days == 0) {
            while (!isWorkingDay(date)) {
                date = date.minusDays(1);
            }
            return date;
        }
        int left = days;
        while (left > 0) {
            date = date.minusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * The deadline {@code workingDays} working days after the moment {@code from}: the end of the working
     * day (17:00 UK time) of the date {@link #addWorkingDays that many working days after} the UK date of
     * {@code from}. A concern triaged on Thursday 24 December 2026 at 16:00 with one working day is due on
     * Tuesday 29 December 2026 at 17:00 GMT (Christmas Day, the weekend and the substitute Boxing Day
     * do not count).
     */
    public Instant deadline(Instant from, int workingDays) {
        Objects.requireNonNull(from, "from");
        LocalDate day = addWorkingDays(from.atZone(zone).toLocalDate(), workingDays);
        return ZonedDateTime.of(day, END_OF_WORKING_DAY, zone).toInstant();
    }

    /**
     * When to remind someone of a deadline: the same UK time of day, {@code workingDays} working days
     * before the {@code deadline}'s UK date (with 0, the deadline itself when it falls on a working day).
     * Across a GMT/BST change the wall-clock time stays the same, so the gap is not a whole number of
     * 24 hours.
     */
    public Instant reminderBefore(Instant deadline, int workingDays) {
        Objects.requireNonNull(deadline, "deadline");
        ZonedDateTime due = deadline.atZone(zone);
        LocalDate day = subtractWorkingDays(due.toLocalDate(), workingDays);
        return ZonedDateTime.of(day, due.toLocalTime(), zone).toInstant();
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to}; 0 if {@code to} is
     * not after {@code from}. From Friday 24 December 2026 to Tuesday 29 December 2026 is 1.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return 0;
        }
        long weekdays = weekdaysUpTo(to) - weekdaysUpTo(from);
        long holidays = weekdayHolidays.subSet(from, false, to, true).size();
        return Math.toIntExact(weekdays - holidays);
    }

    /** The number of Mondays to Fridays from a fixed Monday (1970-01-05) up to and including the date. */
    private static long weekdaysUpTo(LocalDate date) {
        long days = ChronoUnit.DAYS.between(LocalDate.of(1970, 1, 5), date); // 0 on that Monday
        long weeks = Math.floorDiv(days, 7);
        long dayOfWeek = Math.floorMod(days, 7); // 0 = Monday ... 6 = Sunday
        return weeks * 5 + Math.min(dayOfWeek + 1, 5);
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static void requireNotNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof WorkingDays that
                && zone.equals(that.zone) && weekdayHolidays.equals(that.weekdayHolidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(weekdayHolidays, zone);
    }

    @Override
    public String toString() {
        return "WorkingDays[" + zone + ", " + weekdayHolidays.size() + " weekday holidays]";
    }
}

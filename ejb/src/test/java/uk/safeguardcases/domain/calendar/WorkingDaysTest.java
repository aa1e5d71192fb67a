package uk.safeguardcases.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String V4 = "db/migration/V4__bank_holidays.sql";
    private static final Pattern INSERT = Pattern.compile(
            "insert\\s+into\\s+bank_holiday\\s*\\(\\s*holiday_date\\s*,\\s*name\\s*\\)\\s*values\\s*"
                    + "\\(\\s*date\\s+'(\\d{4}-\\d{2}-\\d{2})'\\s*,\\s*'((?:[^']|'')*)'\\s*\\)\\s*;",
            Pattern.CASE_INSENSITIVE);

    /** The holidays exactly as production gets them: from the V4 migration's data. */
    private static final Map<LocalDate, String> HOLIDAYS = holidaysInMigration();
    private final WorkingDays workingDays = new WorkingDays(HOLIDAYS.keySet(), LONDON);

    // --- The examples in the brief ---------------------------------------------------------------

    @Test
    void oneWorkingDayFromTheFridayBeforeTheEarlyMayBankHolidayIsTuesdayAtFiveInBritishSummerTime() {
        Instant triaged = london(2026, 5, 1, 10, 0);

        assertThat(workingDays.deadline(triaged, 1))
                .isEqualTo(london(2026, 5, 5, 17, 0))
                .isEqualTo(Instant.parse("2026-05-05T16:00:00Z"));
    }

    @Test
    void oneWorkingDayFromChristmasEve2026SkipsChristmasTheWeekendAndTheSubstituteBoxingDay() {
        Instant triaged = london(2026, 12, 24, 16, 0);

        assertThat(workingDays.deadline(triaged, 1))
                .isEqualTo(london(2026, 12, 29, 17, 0))
                .isEqualTo(Instant.parse("2026-12-29T17:00:00Z"));
    }

    // --- Weekends and bank holidays --------------------------------------------------------------

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 14))).as("Saturday").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 15))).as("Sunday").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 13))).as("Friday").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 16))).as("Monday").isTrue();
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 3, 13), 1)).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 3, 14), 1)).as("from a Saturday")
                .isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 3, 11), 5)).isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
            "2026-12-25", "2026-12-28"})
    void eachEnglandAndWalesBankHolidayOf2026IsNotAWorkingDay(String date) {
        LocalDate holiday = LocalDate.parse(date);

        assertThat(holiday.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(workingDays.isWorkingDay(holiday)).isFalse();
        assertThat(workingDays.addWorkingDays(holiday.minusDays(1), 1)).isNotEqualTo(holiday);
    }

    @Test
    void withoutTheBankHolidaysTheSameDaysWouldBeWorkingDays() {
        WorkingDays weekendsOnly = new WorkingDays(List.of(), LONDON);

        assertThat(weekendsOnly.isWorkingDay(LocalDate.of(2026, 5, 4))).isTrue();
        assertThat(weekendsOnly.deadline(london(2026, 5, 1, 10, 0), 1)).isEqualTo(london(2026, 5, 4, 17, 0));
    }

    @Test
    void theHolidayListIsCopiedSoTheValueCannotChangeAfterwards() {
        List<LocalDate> holidays = new ArrayList<>(List.of(LocalDate.of(2026, 5, 4)));
        WorkingDays days = new WorkingDays(holidays, LONDON);
        holidays.clear();

        assertThat(days.isWorkingDay(LocalDate.of(2026, 5, 4))).isFalse();
    }

    // --- GMT and BST -----------------------------------------------------------------------------

    @Test
    void aDeadlineAcrossTheSpringClockChangeIsAtFiveInBritishSummerTime() {
        // Clocks go forward on Sunday 29 March 2026.
        Instant deadline = workingDays.deadline(london(2026, 3, 27, 10, 0), 1);

        assertThat(deadline).isEqualTo(Instant.parse("2026-03-30T16:00:00Z"));
        assertThat(deadline.atZone(LONDON).toLocalTime()).hasToString("17:00");
    }

    @Test
    void aDeadlineAcrossTheAutumnClockChangeIsAtFiveInGreenwichMeanTime() {
        // Clocks go back on Sunday 25 October 2026.
        Instant deadline = workingDays.deadline(london(2026, 10, 23, 10, 0), 1);

        assertThat(deadline).isEqualTo(Instant.parse("2026-10-26T17:00:00Z"));
        assertThat(deadline.atZone(LONDON).toLocalTime()).hasToString("17:00");
    }

    @Test
    void theStartingDayIsTheUkDateNotTheUtcDate() {
        // 23:30 UTC on Tuesday 30 June 2026 is already 00:30 on Wednesday 1 July in London.
        Instant lateEvening = Instant.parse("2026-06-30T23:30:00Z");

        assertThat(workingDays.deadline(lateEvening, 1)).isEqualTo(london(2026, 7, 2, 17, 0));
    }

    @Test
    void aReminderKeepsTheWallClockTimeAcrossTheClockChange() {
        Instant deadline = london(2026, 3, 30, 17, 0); // Monday, BST

        Instant reminder = workingDays.reminderBefore(deadline, 1);

        assertThat(reminder).isEqualTo(london(2026, 3, 27, 17, 0)).isEqualTo(Instant.parse("2026-03-27T17:00:00Z"));
        assertThat(Duration.between(reminder, deadline)).isEqualTo(Duration.ofHours(71));
    }

    // --- Reminders -------------------------------------------------------------------------------

    @Test
    void aReminderBeforeADeadlineCountsWorkingDaysBackwards() {
        Instant deadline = london(2026, 12, 29, 17, 0);

        assertThat(workingDays.reminderBefore(deadline, 1)).isEqualTo(london(2026, 12, 24, 17, 0));
        assertThat(workingDays.reminderBefore(deadline, 2)).isEqualTo(london(2026, 12, 23, 17, 0));
        assertThat(workingDays.reminderBefore(london(2026, 5, 5, 17, 0), 1)).as("over the Early May bank holiday")
                .isEqualTo(london(2026, 5, 1, 17, 0));
        assertThat(workingDays.reminderBefore(london(2026, 5, 7, 9, 30), 2)).as("same time of day")
                .isEqualTo(london(2026, 5, 5, 9, 30));
        assertThat(workingDays.reminderBefore(deadline, 0)).isEqualTo(deadline);
    }

    @Test
    void aReminderThenTheDeadlineRoundTrip() {
        Instant triaged = london(2026, 12, 18, 11, 0);
        Instant deadline = workingDays.deadline(triaged, 5);

        // 21, 22, 23, 24 Dec, then (25 and 28 Dec are bank holidays) 29 Dec.
        assertThat(deadline).isEqualTo(london(2026, 12, 29, 17, 0));
        assertThat(workingDays.reminderBefore(deadline, 2)).isEqualTo(london(2026, 12, 23, 17, 0));
        assertThat(workingDays.reminderBefore(deadline, 5)).isEqualTo(london(2026, 12, 18, 17, 0));
    }

    // --- Zero days -------------------------------------------------------------------------------

    @Test
    void zeroWorkingDaysIsTheSameDayWhenItIsAWorkingDayElseTheNextOne() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 3, 11), 0)).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 3, 14), 0)).as("Saturday")
                .isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 5, 2), 0)).as("Saturday before a bank holiday")
                .isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 12, 25), 0)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(workingDays.deadline(london(2026, 3, 11, 9, 0), 0)).isEqualTo(london(2026, 3, 11, 17, 0));
        assertThat(workingDays.deadline(london(2026, 3, 11, 18, 0), 0)).as("after hours: still that day's 17:00")
                .isEqualTo(london(2026, 3, 11, 17, 0));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> workingDays.addWorkingDays(LocalDate.of(2026, 3, 11), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workingDays.deadline(london(2026, 3, 11, 9, 0), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workingDays.reminderBefore(london(2026, 3, 11, 9, 0), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- Long spans and counting -----------------------------------------------------------------

    @Test
    void tenWorkingDaysAcrossChristmasAndNewYear() {
        // Fri 18 Dec 2026: 21, 22, 23, 24 Dec; (25, 28 Dec holidays); 29, 30, 31 Dec; (1 Jan 2027); 4, 5, 6 Jan.
        LocalDate due = workingDays.addWorkingDays(LocalDate.of(2026, 12, 18), 10);

        assertThat(due).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 12, 18), due)).isEqualTo(10);
        assertThat(workingDays.deadline(london(2026, 12, 18, 14, 0), 10)).isEqualTo(london(2027, 1, 6, 17, 0));
    }

    @Test
    void tenWorkingDaysAcrossChristmas2027WithBothSubstituteDays() {
        // Thu 23 Dec 2027: 24 Dec; (25, 26 weekend; 27, 28 substitutes); 29, 30, 31 Dec; 4..7, 10, 11 Jan.
        assertThat(workingDays.addWorkingDays(LocalDate.of(2027, 12, 23), 10)).isEqualTo(LocalDate.of(2028, 1, 11));
    }

    @Test
    void workingDaysBetweenExcludesTheStartAndIncludesTheEnd() {
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 29))).isEqualTo(1);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5))).isEqualTo(1);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 16))).isEqualTo(1);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 16))).isZero();
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 16))).isZero();
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)))
                .as("2026: 261 weekdays less 8 bank holidays").isEqualTo(253);
    }

    @Test
    void countingAndAddingAgreeWithADayByDayCountOverTheWholeList() {
        LocalDate first = LocalDate.of(2024, 12, 1);
        LocalDate last = LocalDate.of(2029, 1, 31);
        for (LocalDate start = first; start.isBefore(last); start = start.plusDays(1)) {
            int naive = 0;
            for (int offset = 1; offset <= 40; offset++) {
                LocalDate end = start.plusDays(offset);
                if (end.getDayOfWeek().getValue() <= 5 && !HOLIDAYS.containsKey(end)) {
                    naive++;
                }
                assertThat(workingDays.workingDaysBetween(start, end)).as("%s to %s", start, end).isEqualTo(naive);
            }
            for (int n = 1; n <= 25; n++) {
                LocalDate due = workingDays.addWorkingDays(start, n);
                assertThat(workingDays.isWorkingDay(due)).isTrue();
                assertThat(workingDays.workingDaysBetween(start, due)).as("%s + %d", start, n).isEqualTo(n);
                assertThat(workingDays.workingDaysBetween(start, due.minusDays(1))).isEqualTo(n - 1);
                assertThat(workingDays.subtractWorkingDays(due, n)).isBeforeOrEqualTo(start);
            }
        }
    }

    // --- The data in V4 --------------------------------------------------------------------------

    @Test
    void theMigrationListsExactlyTheEnglandAndWalesBankHolidaysOf2026() {
        assertThat(HOLIDAYS.keySet().stream().filter(date -> date.getYear() == 2026)).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 28));
        assertThat(HOLIDAYS.get(LocalDate.of(2026, 12, 28))).isEqualTo("Boxing Day (substitute day)");
        assertThat(HOLIDAYS.get(LocalDate.of(2026, 1, 1))).isEqualTo("New Year's Day");
    }

    @Test
    void theMigrationListsTheBankHolidaysOf2025To2028ByTheRules() {
        Map<LocalDate, String> expected = new LinkedHashMap<>();
        IntStream.rangeClosed(2025, 2028).forEach(year -> expected.putAll(englandAndWalesByTheRules(year)));

        assertThat(HOLIDAYS).containsExactlyEntriesOf(expected);
        assertThat(HOLIDAYS).hasSize(32);
    }

    @Test
    void easterFallsOnTheKnownSundays() {
        assertThat(easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
    }

    // --- Helpers ---------------------------------------------------------------------------------

    private static Instant london(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), LONDON).toInstant();
    }

    /** Reads the holidays the V4 migration inserts, in file order, from the classpath. */
    private static Map<LocalDate, String> holidaysInMigration() {
        String sql;
        try (InputStream in = WorkingDaysTest.class.getClassLoader().getResourceAsStream(V4)) {
            assertThat(in).as(V4 + " on the classpath").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        Matcher matcher = INSERT.matcher(sql);
        while (matcher.find()) {
            String previous = holidays.put(LocalDate.parse(matcher.group(1)), matcher.group(2).replace("''", "'"));
            assertThat(previous).as("listed twice: %s", matcher.group(1)).isNull();
        }
        assertThat(sql.toLowerCase().split("insert into", -1)).as("every insert is understood")
                .hasSize(holidays.size() + 1);
        return holidays;
    }

    /** The England and Wales bank holidays of a year, from the standing rules (no special one-off days). */
    private static Map<LocalDate, String> englandAndWalesByTheRules(int year) {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        if (isWeekend(newYear)) {
            days.put(newYear.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), "New Year's Day (substitute day)");
        } else {
            days.put(newYear, "New Year's Day");
        }
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter.plusDays(1), "Easter Monday");
        days.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                "Early May bank holiday");
        days.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Spring bank holiday");
        days.put(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday");
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate boxingDay = LocalDate.of(year, 12, 26);
        LocalDate next = christmas;
        if (isWeekend(christmas)) {
            next = nextWeekday(next);
            days.put(next, "Christmas Day (substitute day)");
        } else {
            days.put(christmas, "Christmas Day");
        }
        if (isWeekend(boxingDay)) {
            days.put(nextWeekday(next), "Boxing Day (substitute day)");
        } else {
            days.put(boxingDay, "Boxing Day");
        }
        return days;
    }

    private static LocalDate nextWeekday(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (isWeekend(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}

package uk.safeguardcases.domain.practitioner;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import uk.safeguardcases.domain.calendar.WorkingDays;
import uk.safeguardcases.domain.deadline.Deadline;

/**
 * Wales Safeguarding Procedures, Section 5 (concerns about practitioners and those in positions of trust): the
 * designated person is told "within no more than 24 hours after the allegation/concern has arisen (next working day –
 * if out of office hours)". A concern that arises in office hours (a working day of the board's calendar, 09:00 to
 * the end of the working day) is due 24 hours later; one that arises out of hours (an evening, a weekend, a bank
 * holiday or a day the board is closed) is due at the end of the next working day. The board's working days and the
 * end of the day are {@link WorkingDays}', as the LADO's one working day; no reminder, as the LADO's.
 */
public final class DesignatedPersonDeadline {

    /** When office hours begin on a working day; they end with {@link WorkingDays#END_OF_WORKING_DAY}. */
    public static final LocalTime START_OF_OFFICE_HOURS = LocalTime.of(9, 0);

    static final Duration WITHIN = Duration.ofHours(24);

    private DesignatedPersonDeadline() {
    }

    /** The deadline for a concern that arose at {@code arisen}, on the board's working days. */
    public static Deadline from(Instant arisen, WorkingDays days) {
        Objects.requireNonNull(arisen, "arisen");
        if (inOfficeHours(arisen, days)) {
            return Deadline.due(arisen.plus(WITHIN), null);
        }
        ZonedDateTime local = arisen.atZone(days.zone());
        boolean beforeTheDay = days.isWorkingDay(local.toLocalDate())
                && local.toLocalTime().isBefore(START_OF_OFFICE_HOURS);
        // Before 09:00 on a working day, that day is the next working day; otherwise the next one after it.
        return Deadline.due(days.deadline(arisen, beforeTheDay ? 0 : 1), null);
    }

    /** Whether {@code at} falls in office hours on one of the board's working days. */
    public static boolean inOfficeHours(Instant at, WorkingDays days) {
        ZonedDateTime local = at.atZone(days.zone());
        LocalTime time = local.toLocalTime();
        return days.isWorkingDay(local.toLocalDate()) && !time.isBefore(START_OF_OFFICE_HOURS)
                && time.isBefore(WorkingDays.END_OF_WORKING_DAY);
    }
}

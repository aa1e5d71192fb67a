package uk.safeguardcases.domain.official;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * CHSCB authorised use 3.1: "All Authorised Users must be trained and certified. Certification must be renewed every
 * three years." A certification passed on a day expires three years later, at the start of that day (UK time); the
 * person and the board are reminded 60 and 30 days before. The dates are absolute instants worked out here once, so
 * the process's timers (persisted jobs) keep them across restarts and engine upgrades.
 */
public final class Certification {

    public static final int VALID_YEARS = 3;
    public static final int FIRST_REMINDER_DAYS = 60;
    public static final int SECOND_REMINDER_DAYS = 30;
    /** Reminders go at the start of the working day. */
    private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private Certification() {
    }

    public static LocalDate expiresOn(LocalDate passedOn) {
        return passedOn.plusYears(VALID_YEARS);
    }

    /** When the certification stops being valid: the start of its expiry day. */
    public static Instant expiresAt(LocalDate expiresOn) {
        return expiresOn.atStartOfDay(UK).toInstant();
    }

    public static Instant firstReminderAt(LocalDate expiresOn) {
        return expiresOn.minusDays(FIRST_REMINDER_DAYS).atTime(REMINDER_TIME).atZone(UK).toInstant();
    }

    public static Instant secondReminderAt(LocalDate expiresOn) {
        return expiresOn.minusDays(SECOND_REMINDER_DAYS).atTime(REMINDER_TIME).atZone(UK).toInstant();
    }
}

package uk.safeguardcases.application.calendar;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uk.safeguardcases.domain.calendar.BankHoliday;
import uk.safeguardcases.domain.calendar.WorkingDays;

/** Working days in England and Wales, from the bank holidays held as data (table bank_holiday). */
@Stateless
public class WorkingCalendar {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm");

    @PersistenceContext
    private EntityManager em;

    public WorkingDays workingDays() {
        return new WorkingDays(em.createQuery("select h from BankHoliday h", BankHoliday.class)
                .getResultStream().map(BankHoliday::date).toList(), UK);
    }

    /** A deadline as people read it: "Tuesday 5 May 2026, 17:00". */
    public static String describe(Instant instant) {
        return WHEN.format(instant.atZone(UK));
    }
}

package uk.safeguardcases.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Dates as pages show them, in UK time: {@code #{formats.when(c.raisedAt)}}. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    public String when(Object value) {
        if (value instanceof Instant instant) {
            return Pages.when(instant);
        }
        if (value instanceof Date date) {
            return Pages.when(date);
        }
        return "";
    }

    /** A calendar day (a {@link LocalDate}), e.g. "22 Nov 2036", the month in the page's language. */
    public String day(Object value) {
        return value instanceof LocalDate day ? DAY.withLocale(Pages.locale()).format(day) : "";
    }
}

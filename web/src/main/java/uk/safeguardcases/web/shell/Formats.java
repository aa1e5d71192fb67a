package uk.safeguardcases.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;

/** Dates as pages show them, in UK time: {@code #{formats.when(c.raisedAt)}}. */
@Named
@ApplicationScoped
public class Formats {

    public String when(Object value) {
        if (value instanceof Instant instant) {
            return Pages.when(instant);
        }
        if (value instanceof Date date) {
            return Pages.when(date);
        }
        return "";
    }
}

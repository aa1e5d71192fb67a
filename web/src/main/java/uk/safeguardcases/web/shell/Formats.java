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

    /**
     * A long text cut to at most {@code max} characters at a word, with "…" when cut: a clause's words in a list
     * where the whole clause would not fit (the case page quotes it whole).
     */
    public String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        int end = cut > max / 2 ? cut : max - 1;
        if (Character.isHighSurrogate(flat.charAt(end - 1))) {
            end--;
        }
        return flat.substring(0, end).replaceAll("[,;:.–-]+$", "") + "…";
    }

    /**
     * A calendar day (a {@link LocalDate}, or the UK day of an {@link Instant}), e.g. "22 Nov 2036", the month in the
     * page's language.
     */
    public String day(Object value) {
        if (value instanceof Instant instant) {
            return DAY.withLocale(Pages.locale()).format(instant.atZone(java.time.ZoneId.of("Europe/London")));
        }
        return value instanceof LocalDate day ? DAY.withLocale(Pages.locale()).format(day) : "";
    }
}

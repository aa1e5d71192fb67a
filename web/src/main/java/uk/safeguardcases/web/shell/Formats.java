package uk.safeguardcases.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.ResourceBundle;
import uk.safeguardcases.application.PlainFormat;

/** Dates and counts as pages show them, in UK time, from {@link PlainFormat}: {@code #{formats.when(c.raisedAt)}}. */
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
            return PlainFormat.day(Pages.locale(), instant);
        }
        return value instanceof LocalDate day ? PlainFormat.day(Pages.locale(), day) : "";
    }

    /**
     * A count in the page's language from a text with plural forms in an interface bundle ({@code key.one},
     * {@code key.other}, and in Welsh {@code key.zero}, {@code key.two}, {@code key.few}, {@code key.many}):
     * {@code #{formats.count(n, 'officer', 'dashboard.clauses')}}.
     */
    public String count(Number n, String bundle, String key) {
        long value = n == null ? 0 : n.longValue();
        ResourceBundle texts = ResourceBundle.getBundle("uk.safeguardcases.web.i18n." + bundle, Pages.locale());
        return PlainFormat.count(Pages.locale(), value, key, texts::getString);
    }
}

package uk.safeguardcases.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.function.UnaryOperator;

/**
 * The one home of how counts and dates read, for pages, e-mails, PDFs and CSV files alike, in English or Welsh:
 * "1 term", "3 terms" (never "term(s)"); "26 Nov 2026" for a day (never 2026-11-26); "26 Nov 2026, 14:05" for a
 * moment, in UK time. Welsh counts follow the CLDR plural rules for Welsh (zero, one, two, few, many, other), since a
 * Welsh noun after a number changes with it.
 */
public final class PlainFormat {

    /** Where the board's people are: every time shown is UK local time. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    // Language only ("en", "cy"): English months read "Sep", not en-GB's "Sept".
    private static final Locale ENGLISH_DATES = Locale.ENGLISH;
    private static final Locale WELSH_DATES = Locale.forLanguageTag("cy");
    private static final String DAY = "d MMM yyyy";
    private static final String WHEN = "d MMM yyyy, HH:mm";
    private static final String DAY_IN_FULL = "d MMMM yyyy";
    private static final String DEADLINE = "EEEE d MMMM yyyy, HH:mm";
    private static final String WEEKDAY = "EEEE d MMMM yyyy";

    /** The CLDR plural categories; English uses ONE and OTHER only. */
    public enum Plural {
        ZERO, ONE, TWO, FEW, MANY, OTHER;

        /** The suffix of a text's key for this form: {@code .zero}, {@code .one} … {@code .other}. */
        public String suffix() {
            return "." + name().toLowerCase(Locale.ROOT);
        }
    }

    private PlainFormat() {
    }

    /** "26 Nov 2026" (Welsh "26 Tach 2026"); empty for none. */
    public static String day(Locale language, LocalDate day) {
        return format(language, DAY, day);
    }

    /** The UK day of a moment, "26 Nov 2026"; empty for none. */
    public static String day(Locale language, Instant instant) {
        return instant == null ? "" : format(language, DAY, instant.atZone(UK));
    }

    /** "26 Nov 2026, 14:05", UK time; empty for none. */
    public static String when(Locale language, Instant instant) {
        return instant == null ? "" : format(language, WHEN, instant.atZone(UK));
    }

    /** "26 November 2026", for a day in running prose (a letter, an e-mail); empty for none. */
    public static String dayInFull(Locale language, LocalDate day) {
        return format(language, DAY_IN_FULL, day);
    }

    /** "Tuesday 5 May 2026" (Welsh "Dydd Mawrth 5 Mai 2026"); empty for none. */
    public static String dayWithWeekday(Locale language, LocalDate day) {
        return format(language, WEEKDAY, day);
    }

    /** "Tuesday 5 May 2026, 17:00", UK time: a deadline as people read it; empty for none. */
    public static String deadline(Locale language, Instant instant) {
        return instant == null ? "" : format(language, DEADLINE, instant.atZone(UK));
    }

    /** "10:04", UK time. */
    public static String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(UK));
    }

    /** The plural category of {@code n} in {@code language} (CLDR cardinal rules for integers). */
    public static Plural plural(Locale language, long n) {
        long count = Math.abs(n);
        if (Texts.isWelsh(language)) {
            return switch ((int) Math.min(count, 7)) {
                case 0 -> Plural.ZERO;
                case 1 -> Plural.ONE;
                case 2 -> Plural.TWO;
                case 3 -> Plural.FEW;
                case 6 -> Plural.MANY;
                default -> Plural.OTHER;
            };
        }
        return count == 1 ? Plural.ONE : Plural.OTHER;
    }

    /** An English count for wording that stays English (the timeline): "1 term", "3 terms", "0 terms". */
    public static String count(long n, String one, String other) {
        return n + " " + (n == 1 ? one : other);
    }

    /**
     * A count as a text of a bundle says it: the text under {@code key} plus the category's suffix
     * ({@code passages.one}, {@code passages.two} …), falling back to {@code key.other}, with every {@code {0}} in it
     * replaced by the number as the language groups its digits ("1,204"). Nothing at all may have words of its own in
     * any language, {@code key.none} ("No cases match"; ICU's explicit {@code =0}), used before the category when the
     * text has it. {@code lookup} answers a key's text, or throws {@link MissingResourceException} (or answers null).
     */
    public static String count(Locale language, long n, String key, UnaryOperator<String> lookup) {
        String pattern = n == 0 ? optional(lookup, key + ".none") : null;
        if (pattern == null) {
            pattern = optional(lookup, key + plural(language, n).suffix());
        }
        if (pattern == null) {
            pattern = lookup.apply(key + Plural.OTHER.suffix());
        }
        return pattern.replace("{0}", java.text.NumberFormat.getIntegerInstance(
                Texts.isWelsh(language) ? WELSH_DATES : ENGLISH_DATES).format(n));
    }

    private static String optional(UnaryOperator<String> lookup, String key) {
        try {
            return lookup.apply(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String format(Locale language, String pattern, TemporalAccessor value) {
        return value == null ? "" : DateTimeFormatter.ofPattern(pattern,
                Texts.isWelsh(language) ? WELSH_DATES : ENGLISH_DATES).format(value);
    }
}

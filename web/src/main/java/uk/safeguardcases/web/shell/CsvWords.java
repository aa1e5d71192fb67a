package uk.safeguardcases.web.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * The words of a CSV export, as the person who downloads it reads the page it came from: the interface bundles' texts
 * in their language (never a code such as {@code CHILDRENS_SOCIAL_CARE}), days and moments from {@link PlainFormat}
 * in UK local time, with a moment's column header saying so ("Raised (UK time)").
 */
public final class CsvWords {

    private final Locale language;

    private CsvWords(Locale language) {
        this.language = language;
    }

    /** The words for the signed-in caller (a servlet has no page, so no view's locale). */
    public static CsvWords forCaller() {
        return new CsvWords(CallerContext.language());
    }

    public Locale language() {
        return language;
    }

    /**
     * A text of an interface bundle ({@code uk.safeguardcases.web.i18n.<bundle>}, or a process's own by its full base
     * name); the key when there is none.
     */
    public String text(String bundle, String key) {
        try {
            return ResourceBundle.getBundle(Language.baseName(bundle), language).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The header of a column of moments: "Raised (UK time)". */
    public String timeHeader(String bundle, String key) {
        return text(bundle, key) + " (" + text(Labels.BUNDLE, "csv.ukTime") + ")";
    }

    /** A domain value as pages word it (the shell bundle's {@code <EnumType>.<NAME>}); empty for none. */
    public String of(Enum<?> value) {
        return value == null ? "" : text(Labels.BUNDLE, Labels.key(value));
    }

    /** "26 Nov 2026, 14:05", UK local time; empty for none. */
    public String when(Instant instant) {
        return PlainFormat.when(language, instant);
    }

    /** "26 Nov 2026"; empty for none. */
    public String day(LocalDate day) {
        return PlainFormat.day(language, day);
    }
}

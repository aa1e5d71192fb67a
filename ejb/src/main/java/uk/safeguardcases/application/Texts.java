package uk.safeguardcases.application;

import uk.safeguardcases.application.tenancy.Caller;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * The one home of the words the services say to people (field messages, refusals, "already done by"), in the
 * caller's language: {@code texts.properties} and its Welsh twin {@code texts_cy.properties} beside this class.
 * A pattern with arguments ({@code {0}}…) is a {@link MessageFormat} (an apostrophe in it is written {@code ''});
 * one without is used as it is, whatever is passed. Timeline entries, e-mails, PDFs and the API's own wording are not here: they stay English.
 */
public final class Texts {

    public static final Locale ENGLISH = Caller.ENGLISH;
    public static final Locale WELSH = Locale.forLanguageTag("cy-GB");

    static final String BUNDLE = "uk.safeguardcases.application.texts";
    static final Pattern ARGUMENT = Pattern.compile("\\{\\d");


    private Texts() {
    }

    /** The text under {@code key} in the current caller's language (English when nobody is calling). */
    public static String text(String key, Object... arguments) {
        return in(CallerContext.language(), key, arguments);
    }

    /** The text under {@code key} in {@code language}: Welsh for Welsh, English for anything else. */
    public static String in(Locale language, String key, Object... arguments) {
        return in(BUNDLE, language, key, arguments);
    }

    /**
     * The text under {@code key} in a process's own bundle (its base name: the words kept beside its service, such
     * as {@code search/searches.properties} and {@code searches_cy.properties}), in the caller's language. The same
     * rules as this class's own texts: no fallback to the server's locale, a pattern with arguments through
     * {@link MessageFormat}.
     */
    public static String textIn(String bundle, String key, Object... arguments) {
        return in(bundle, CallerContext.language(), key, arguments);
    }

    /** The text under {@code key} in a process's own bundle, in {@code language}. */
    public static String in(String bundle, Locale language, String key, Object... arguments) {
        Locale locale = isWelsh(language) ? WELSH : ENGLISH;
        // No fallback to the server's default locale: a key is either in the chosen file or in the English one.
        String pattern = ResourceBundle.getBundle(bundle, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return ARGUMENT.matcher(pattern).find() ? new MessageFormat(pattern, locale).format(arguments) : pattern;
    }

    /**
     * One of the board's own texts (its name, a clause, an organisation's name) in the caller's language: the Welsh
     * when the caller reads Welsh and the board gave one, the English otherwise (see {@link #welshMissing}).
     */
    public static String wording(String english, String welsh) {
        return wording(CallerContext.language(), english, welsh);
    }

    public static String wording(Locale language, String english, String welsh) {
        return isWelsh(language) && welsh != null && !welsh.isBlank() ? welsh : english;
    }

    /**
     * Whether the caller reads Welsh but the board gave no Welsh for a text of its own, so the English is shown: a
     * page says so (and marks the words {@code lang="en"}) rather than mix the languages silently.
     */
    public static boolean welshMissing(String welsh) {
        return isWelsh(CallerContext.language()) && (welsh == null || welsh.isBlank());
    }

    /** The language tag ("cy" or "en") of a board's text shown with {@link #wording(String, String)}. */
    public static String languageOf(String welsh) {
        return isWelsh(CallerContext.language()) && !welshMissing(welsh) ? "cy" : "en";
    }

    /** "Tuesday 5 May 2026, 17:00" (Welsh: "Dydd Mawrth 5 Mai 2026, 17:00"), a deadline as people read it. */
    public static String when(Locale language, Instant instant) {
        return PlainFormat.deadline(language, instant);
    }

    /** "5 May 2026" (Welsh: "5 Mai 2026"), for the day part of a moment in UK time. */
    public static String day(Instant instant) {
        return PlainFormat.day(CallerContext.language(), instant);
    }

    /** "10:04", UK time. */
    public static String time(Instant instant) {
        return PlainFormat.time(instant);
    }

    /** "5 May 2026" with the month in full (Welsh: "5 Mai 2026"). */
    public static String date(LocalDate date) {
        return PlainFormat.dayInFull(CallerContext.language(), date);
    }

    /** "5 May 2026" in {@code language} (Welsh: "5 Mai 2026"), whoever is reading. */
    public static String date(Locale language, LocalDate date) {
        return PlainFormat.dayInFull(language, date);
    }

    /** "Tuesday 5 May 2026" (Welsh: "Dydd Mawrth 5 Mai 2026"). */
    public static String dateWithWeekday(LocalDate date) {
        return PlainFormat.dayWithWeekday(CallerContext.language(), date);
    }

    /** A count in the caller's language from a text of this bundle with plural forms ({@code key.one} …). */
    public static String count(long n, String key) {
        Locale language = CallerContext.language();
        Locale locale = isWelsh(language) ? WELSH : ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return PlainFormat.count(language, n, key, bundle::getString);
    }

    public static boolean isWelsh(Locale language) {
        return language != null && WELSH.getLanguage().equals(language.getLanguage());
    }
}

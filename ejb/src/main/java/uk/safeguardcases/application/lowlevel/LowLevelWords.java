package uk.safeguardcases.application.lowlevel;

import java.util.Locale;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * The words of the register of low-level concerns and of a person's chronology: one bundle, kept beside the service,
 * for its pages (registered by the web layer under its full base name), its e-mail and its refusals.
 */
public final class LowLevelWords {

    public static final String BUNDLE = "uk.safeguardcases.application.lowlevel.lowlevel";

    private LowLevelWords() {
    }

    /** The text in the caller's language. */
    public static String text(String key, Object... arguments) {
        return in(CallerContext.language(), key, arguments);
    }

    /** The text in {@code language}: Welsh for Welsh, English for anything else. */
    public static String in(Locale language, String key, Object... arguments) {
        return Texts.in(BUNDLE, language, key, arguments);
    }
}

package uk.safeguardcases.application.trustedtime;

import java.util.Locale;
import uk.safeguardcases.application.Texts;

/** Trusted time's own words (the pack's section, the pages): {@code trustedtime.properties} and its Welsh twin. */
final class TrustedTimeWords {

    static final String BUNDLE = "uk.safeguardcases.application.trustedtime.trustedtime";

    private TrustedTimeWords() {
    }

    /** The text in the caller's language. */
    static String text(String key, Object... arguments) {
        return Texts.textIn(BUNDLE, key, arguments);
    }

    /** The text in {@code language}: Welsh for Welsh, English for anything else. */
    static String in(Locale language, String key, Object... arguments) {
        return Texts.in(BUNDLE, language, key, arguments);
    }
}

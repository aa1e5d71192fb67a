package uk.safeguardcases.application.access;

import java.util.Locale;
import uk.safeguardcases.application.Texts;

/**
 * The subject access requests' own words (refusals, field messages, what a record says of itself):
 * {@code access.properties} and its Welsh twin beside this class, read as {@link Texts} reads the shared ones.
 */
final class AccessWords {

    static final String BUNDLE = "uk.safeguardcases.application.access.access";

    private AccessWords() {
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

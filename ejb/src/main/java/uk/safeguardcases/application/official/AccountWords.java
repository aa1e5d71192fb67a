package uk.safeguardcases.application.official;

import java.util.Locale;
import uk.safeguardcases.application.Texts;

/**
 * The official accounts' own words (refusals, field messages, what a record says of itself):
 * {@code accounts.properties} and its Welsh twin beside this class, read as {@link Texts} reads the shared ones.
 */
final class AccountWords {

    static final String BUNDLE = "uk.safeguardcases.application.official.accounts";

    private AccountWords() {
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

package uk.safeguardcases.application.leaving;

import uk.safeguardcases.application.Texts;

/**
 * A board's leaving's own words (refusals, field messages), read by its page too: {@code leaving.properties} and its
 * Welsh twin beside this class.
 */
public final class LeavingWords {

    public static final String BUNDLE = "uk.safeguardcases.application.leaving.leaving";

    private LeavingWords() {
    }

    /** The text in the caller's language. */
    static String text(String key, Object... arguments) {
        return Texts.textIn(BUNDLE, key, arguments);
    }
}

package uk.safeguardcases.application.signing;

import java.util.Locale;
import uk.safeguardcases.application.Texts;

/**
 * Signed documents' own words (the public check page, the administrator's page, each kind of document):
 * {@code signing.properties} and its Welsh twin beside this class.
 */
public final class SigningWords {

    public static final String BUNDLE = "uk.safeguardcases.application.signing.signing";

    private SigningWords() {
    }

    /** The text in {@code language}: Welsh for Welsh, English for anything else. */
    public static String in(Locale language, String key, Object... arguments) {
        return Texts.in(BUNDLE, language, key, arguments);
    }
}

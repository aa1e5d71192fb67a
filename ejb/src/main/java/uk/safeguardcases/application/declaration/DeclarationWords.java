package uk.safeguardcases.application.declaration;

import java.util.Locale;
import uk.safeguardcases.application.Texts;

/**
 * The policy declarations' own words (refusals, field messages, what a record says of itself):
 * {@code declarations.properties} and its Welsh twin beside this class, read as {@link Texts} reads the shared ones.
 */
final class DeclarationWords {

    static final String BUNDLE = "uk.safeguardcases.application.declaration.declarations";

    private DeclarationWords() {
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

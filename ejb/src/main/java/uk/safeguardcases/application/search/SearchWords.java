package uk.safeguardcases.application.search;

import java.util.Locale;
import uk.safeguardcases.application.Texts;

/**
 * The child searches' own words (refusals, field messages, what a record says of itself):
 * {@code searches.properties} and its Welsh twin beside this class, read as {@link Texts} reads the shared ones.
 */
final class SearchWords {

    static final String BUNDLE = "uk.safeguardcases.application.search.searches";

    private SearchWords() {
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

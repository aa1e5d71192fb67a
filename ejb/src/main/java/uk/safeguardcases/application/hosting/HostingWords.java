package uk.safeguardcases.application.hosting;

import java.util.Locale;
import uk.safeguardcases.application.Texts;

/** The hosting operator's own words: {@code hosting.properties} and its Welsh twin beside this class. */
final class HostingWords {

    static final String BUNDLE = "uk.safeguardcases.application.hosting.hosting";

    private HostingWords() {
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

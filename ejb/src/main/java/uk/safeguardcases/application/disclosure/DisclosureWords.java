package uk.safeguardcases.application.disclosure;

import java.util.Locale;
import uk.safeguardcases.application.Texts;

/** The disclosure log's own words: {@code disclosures.properties} and its Welsh twin beside this class. */
final class DisclosureWords {

    static final String BUNDLE = "uk.safeguardcases.application.disclosure.disclosures";

    private DisclosureWords() {
    }

    static String text(String key, Object... arguments) {
        return Texts.textIn(BUNDLE, key, arguments);
    }

    static String in(Locale language, String key, Object... arguments) {
        return Texts.in(BUNDLE, language, key, arguments);
    }
}

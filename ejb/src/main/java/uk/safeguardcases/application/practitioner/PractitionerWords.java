package uk.safeguardcases.application.practitioner;

import java.util.Locale;
import uk.safeguardcases.application.Texts;

/**
 * The practitioner concerns' own words (refusals, field messages, the referral pack's section):
 * {@code practitioner.properties} and its Welsh twin beside this class.
 */
final class PractitionerWords {

    static final String BUNDLE = "uk.safeguardcases.application.practitioner.practitioner";

    private PractitionerWords() {
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

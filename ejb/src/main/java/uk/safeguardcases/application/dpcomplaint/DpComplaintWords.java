package uk.safeguardcases.application.dpcomplaint;

import java.util.Locale;
import uk.safeguardcases.application.Texts;

/**
 * The complaints' own words (their pages, refusals, e-mails and report tables): {@code dpcomplaint.properties} and
 * its Welsh twin beside this class.
 */
final class DpComplaintWords {

    static final String BUNDLE = "uk.safeguardcases.application.dpcomplaint.dpcomplaint";

    private DpComplaintWords() {
    }

    static String text(String key, Object... arguments) {
        return Texts.textIn(BUNDLE, key, arguments);
    }

    static String in(Locale language, String key, Object... arguments) {
        return Texts.in(BUNDLE, language, key, arguments);
    }
}

package uk.safeguardcases.application.transfer;

import java.util.Locale;
import uk.safeguardcases.application.Texts;

/**
 * The transfers' own words (their pages', their refusals and field messages, their e-mails):
 * {@code transfers.properties} and its Welsh twin beside this class.
 */
public final class TransferWords {

    public static final String BUNDLE = "uk.safeguardcases.application.transfer.transfers";

    private TransferWords() {
    }

    /** The text in the caller's language. */
    public static String text(String key, Object... arguments) {
        return Texts.textIn(BUNDLE, key, arguments);
    }

    /** The text in {@code language}: Welsh for Welsh, English for anything else. */
    public static String in(Locale language, String key, Object... arguments) {
        return Texts.in(BUNDLE, language, key, arguments);
    }
}

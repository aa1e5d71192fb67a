package uk.safeguardcases.web.api;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pages' words for an API answer, in the language the call asked for ({@link AcceptLanguage}): an API call has
 * no page whose language {@code Language.text} could read.
 */
public final class ApiWords {

    private static final String BUNDLES = "uk.safeguardcases.web.i18n.";

    private ApiWords() {
    }

    /**
     * The text of {@code key} in the interface bundle {@code bundle} ("officer", …) or a process's bundle by its full
     * name, or the key when it has none.
     */
    public static String text(String bundle, Locale language, String key) {
        try {
            return ResourceBundle.getBundle(bundle.indexOf('.') >= 0 ? bundle : BUNDLES + bundle, language)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

package uk.safeguardcases.application.webhook;

import uk.safeguardcases.application.Texts;

/** The webhooks' own words: {@code webhooks.properties} and its Welsh twin beside this class. */
public final class WebhookWords {

    public static final String BUNDLE = "uk.safeguardcases.application.webhook.webhooks";

    private WebhookWords() {
    }

    public static String text(String key, Object... arguments) {
        return Texts.textIn(BUNDLE, key, arguments);
    }
}

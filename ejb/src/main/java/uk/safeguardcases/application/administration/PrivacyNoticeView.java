package uk.safeguardcases.application.administration;

import java.io.Serializable;

/**
 * The board's privacy notice as its people read it, in their language.
 *
 * @param lang     the language the text is in ("cy" or "en"); on a Welsh page "en" means the board wrote its notice
 *                 in English only, and the page says so
 * @param standard whether it is the product's standard wording (the board has not written its own)
 */
public record PrivacyNoticeView(String boardName, String text, String lang, boolean standard) implements Serializable {
}

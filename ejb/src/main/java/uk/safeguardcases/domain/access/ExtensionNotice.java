package uk.safeguardcases.domain.access;

import java.time.Instant;
import java.util.Locale;

/**
 * The notice of an extension sent to the person (UK GDPR Article 12(3)): where it went, in which language and when;
 * an extension stands only with one sent within the first month.
 */
public record ExtensionNotice(String to, Locale language, Instant sentAt) {
}

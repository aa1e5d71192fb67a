package uk.safeguardcases.application.notification;

import java.time.Instant;

/**
 * One e-mail about a case, for the board's own staff: to whom, what, and whether it has gone yet.
 *
 * @param undeliverableAt when the sender gave up on it (null while sent or still being tried)
 */
public record SentNotice(String kind, String recipient, String subject, String body, Instant createdAt, int attempts,
        Instant sentAt, String lastError, Instant undeliverableAt) {
}

package uk.safeguardcases.application.notification;

import java.time.Instant;
import uk.safeguardcases.domain.notification.Notice;

/**
 * An e-mail of the board's that was given up on (undeliverable) and not yet dealt with: for the Stuck work page. To
 * whom in words, never the address; {@code error} is the mail server's last answer in plain words.
 */
public record GivenUpMessage(long id, Long caseId, String subject, Notice.Audience audience, int attempts, Instant givenUpAt,
        String error) {
}

package uk.safeguardcases.application.notification;

import uk.safeguardcases.domain.notification.NoticeKind;

/**
 * Fired, in the transaction that gives up on it, when an e-mail will not be tried again: its case (or null), what
 * it was, and how many attempts were made. Observed by {@link Notifications} to tell the board's staff.
 */
public record MessageUndeliverable(long messageId, Long caseId, NoticeKind kind, int attempts, boolean refused) {
}

package uk.safeguardcases.application.notification;

/** Fired when a transaction queues e-mails; observed after it commits, to send them at once. */
public record MessagesQueued(String tenantId) {
}

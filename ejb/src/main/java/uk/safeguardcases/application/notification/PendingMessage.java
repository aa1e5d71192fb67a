package uk.safeguardcases.application.notification;

/** A message due to be sent, as the sender reads it: {@code attempts} is what it must claim from. */
public record PendingMessage(long id, String tenantId, int attempts, String recipient, String subject, String body) {
}

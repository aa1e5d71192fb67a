package uk.safeguardcases.application.webhook;

/** Deliveries were queued for the board in a transaction; once it commits they are sent ({@code WebhookTrigger}). */
public record WebhooksQueued(String tenantId) {
}

package uk.safeguardcases.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One event on its way to one subscription: queued in the transaction that raised it, then tried until the receiver
 * answers 2xx or its tries are spent ({@link WebhookRetries}); given up, it waits on the board's Stuck work page
 * until tried again or dealt with. Its {@code messageId} is the {@code webhook-id} every try carries, so a receiver
 * that got a try twice (its answer lost) knows it for the same delivery.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private long subscriptionId;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "given_up_at")
    private Instant givenUpAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "dealt_with_by")
    private String dealtWithBy;

    @Column(name = "dealt_with_at")
    private Instant dealtWithAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long subscriptionId, WebhookPayload payload, Instant now) {
        this.subscriptionId = subscriptionId;
        this.messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        this.eventType = payload.event().type();
        this.reference = payload.reference();
        this.payload = payload.json();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public long subscriptionId() {
        return subscriptionId;
    }

    public String messageId() {
        return messageId;
    }

    public String eventType() {
        return eventType;
    }

    public String reference() {
        return reference;
    }

    public String payload() {
        return payload;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant givenUpAt() {
        return givenUpAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastError() {
        return lastError;
    }

    public boolean givenUp() {
        return givenUpAt != null && dealtWithAt == null;
    }

    public boolean dealtWith() {
        return dealtWithAt != null;
    }

    /** Given up, tried again by a person: due now, with a fresh set of tries. */
    public void tryAgain(Instant now) {
        this.givenUpAt = null;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    /** Given up, and the receiver's owner was told another way: it leaves Stuck work. */
    public void dealtWith(String by, Instant at) {
        this.dealtWithBy = by;
        this.dealtWithAt = at;
    }
}

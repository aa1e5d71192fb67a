package uk.safeguardcases.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.hibernate.annotations.TenantId;

/**
 * An address of the board's, given by its administrator, to which the chosen events are delivered. It keeps the
 * secret its deliveries are signed with (shown once, when made or rotated); after a rotation the old secret signs
 * beside the new one for {@link #ROTATION_OVERLAP}, so the receiver can change over without losing a delivery.
 * Removed, it receives nothing more and its log stays.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    /** How long a rotated secret still signs beside its successor. */
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String address;

    @Column(nullable = false)
    private String events;

    @Column(nullable = false)
    private String secret;

    @Column(name = "previous_secret")
    private String previousSecret;

    @Column(name = "previous_until")
    private Instant previousUntil;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "removed_by")
    private String removedBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(String address, Set<WebhookEvent> events, String secret, String createdBy,
            Instant createdAt) {
        this.address = address;
        this.events = WebhookEvent.kept(events);
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String address() {
        return address;
    }

    public Set<WebhookEvent> events() {
        return WebhookEvent.read(events);
    }

    public boolean wants(WebhookEvent event) {
        return event == WebhookEvent.TEST || events().contains(event);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean removed() {
        return removedAt != null;
    }

    /** The secrets a delivery at {@code now} is signed with: the current one, and the rotated one while honoured. */
    public String[] signingSecrets(Instant now) {
        boolean overlap = previousSecret != null && previousUntil != null && now.isBefore(previousUntil);
        return overlap ? new String[] {secret, previousSecret} : new String[] {secret};
    }

    /** A new secret from now; the old one signs beside it until {@code now} + {@link #ROTATION_OVERLAP}. */
    public void rotate(String newSecret, Instant now) {
        this.previousSecret = secret;
        this.previousUntil = now.plus(ROTATION_OVERLAP);
        this.secret = newSecret;
    }

    /** Until when the rotated secret is still honoured, or null. */
    public Instant previousUntil() {
        return previousUntil;
    }

    public void remove(String by, Instant at) {
        this.removedBy = by;
        this.removedAt = at;
    }
}

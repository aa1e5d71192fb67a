package uk.safeguardcases.domain.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A board's key for a machine (a monitoring tool) to use the API. Only the key's SHA-256 is kept, and its first
 * characters to tell keys apart; the key itself is shown once, when it is made. A revoked key never works again.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

    /** How a key's caller is named ("api:" and the key's name): never a person's username. */
    public static final String MACHINE_PREFIX = "api:";

    /** How many leading characters of a key are kept to recognise it by. */
    public static final int PREFIX_LENGTH = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "key_prefix", nullable = false, updatable = false)
    private String keyPrefix;

    @Column(name = "key_sha256", nullable = false, updatable = false)
    private String keySha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    /** A service account's parent organisation: the key acts as that organisation's HR system (null: a tool's key). */
    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    protected ApiKey() {
    }

    public static ApiKey issue(String name, String key, String keySha256, String createdBy, Instant now) {
        ApiKey apiKey = new ApiKey();
        apiKey.name = name;
        apiKey.keyPrefix = key.substring(0, PREFIX_LENGTH);
        apiKey.keySha256 = keySha256;
        apiKey.createdBy = createdBy;
        apiKey.createdAt = now;
        return apiKey;
    }

    /** A key for a parent organisation's HR system, which sees and answers only that organisation's referrals. */
    public static ApiKey serviceAccount(String name, String key, String keySha256, long organisationId,
            String createdBy, Instant now) {
        ApiKey apiKey = issue(name, key, keySha256, createdBy, now);
        apiKey.organisationId = organisationId;
        return apiKey;
    }

    public Long organisationId() {
        return organisationId;
    }

    public void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}

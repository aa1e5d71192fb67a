package uk.safeguardcases.domain.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A person's own token for the API, made on their account page, acting as them: to read only, or to read and write;
 * for at most {@link #LONGEST} ({@value #LONGEST_DAYS} days); revocable at once. Only its SHA-256 is kept, and its
 * first characters to tell tokens apart; the token itself is shown once.
 */
@Entity
@Table(name = "personal_access_token")
public class PersonalAccessToken {

    public static final int LONGEST_DAYS = 90;
    public static final Duration LONGEST = Duration.ofDays(LONGEST_DAYS);
    /** What every token starts with, so it is told from an API key or a provider's JWT (and found by scanners). */
    public static final String PREFIX = "sgc_pat_";
    public static final int SHOWN = PREFIX.length() + 4;

    /** What a token may do. */
    public enum Scope {
        READ, READ_WRITE;

        public boolean allows(String method) {
            return this == READ_WRITE || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "token_prefix", nullable = false, updatable = false)
    private String tokenPrefix;

    @Column(name = "token_sha256", nullable = false, updatable = false)
    private String tokenSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Scope scope;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected PersonalAccessToken() {
    }

    public static PersonalAccessToken issue(long personId, String name, String token, String sha256, Scope scope,
            Instant now, Instant expiresAt) {
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST))) {
            throw new IllegalArgumentException("a token lasts at most " + LONGEST_DAYS + " days");
        }
        PersonalAccessToken t = new PersonalAccessToken();
        t.personId = personId;
        t.name = name;
        t.tokenPrefix = token.substring(0, SHOWN);
        t.tokenSha256 = sha256;
        t.scope = scope;
        t.createdAt = now;
        t.expiresAt = expiresAt;
        return t;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public String name() {
        return name;
    }

    public String tokenPrefix() {
        return tokenPrefix;
    }

    public Scope scope() {
        return scope;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}

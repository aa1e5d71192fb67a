package uk.safeguardcases.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A password-reset link sent by e-mail: good once, for 30 minutes (an invitation to a new account, for longer); only its
 * token's SHA-256 is kept.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    public static final Duration VALID_FOR = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "token_sha256", nullable = false, updatable = false)
    private String tokenSha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    public PasswordReset(Long personId, String tokenSha256, Instant createdAt) {
        this(personId, tokenSha256, createdAt, VALID_FOR);
    }

    /** A link that opens for {@code validFor}: an invitation to a new account (seven days) rather than a reset. */
    public PasswordReset(Long personId, String tokenSha256, Instant createdAt, Duration validFor) {
        this.personId = personId;
        this.tokenSha256 = tokenSha256;
        this.createdAt = createdAt;
        this.expiresAt = createdAt.plus(validFor);
    }

    /** Whether the link still opens: not used, not expired. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant at) {
        this.usedAt = at;
    }

    public Long personId() {
        return personId;
    }
}

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

/** A browser its person asked to remember after the second factor: it skips the code for at most 30 days. */
@Entity
@Table(name = "remembered_device")
public class RememberedDevice {

    public static final Duration AT_MOST = Duration.ofDays(30);

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

    protected RememberedDevice() {
    }

    public RememberedDevice(Long personId, String tokenSha256, Instant createdAt) {
        this.personId = personId;
        this.tokenSha256 = tokenSha256;
        this.createdAt = createdAt;
        this.expiresAt = createdAt.plus(AT_MOST);
    }

    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Long personId() {
        return personId;
    }
}

package uk.safeguardcases.domain.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * An intake request made with an Idempotency-Key, and the case it created: a retry with the same key (on the
 * same board) gets that case back and creates nothing. The request's SHA-256 tells a retry from a different
 * request that reuses the key.
 */
@Entity
@Immutable
@Table(name = "intake_request")
public class IntakeRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_sha256", nullable = false, updatable = false)
    private String requestSha256;

    @Column(name = "case_reference", nullable = false, updatable = false)
    private String caseReference;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IntakeRequest() {
    }

    public IntakeRequest(String idempotencyKey, String requestSha256, String caseReference, Instant createdAt) {
        this.idempotencyKey = idempotencyKey;
        this.requestSha256 = requestSha256;
        this.caseReference = caseReference;
        this.createdAt = createdAt;
    }

    public String requestSha256() {
        return requestSha256;
    }

    public String caseReference() {
        return caseReference;
    }
}

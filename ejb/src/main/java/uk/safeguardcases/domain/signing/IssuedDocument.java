package uk.safeguardcases.domain.signing;

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
 * A document the board sent or published, signed (issue 66): what it is, what it is about, and the SHA-256 of the
 * bytes that left, so that anyone holding it can learn that this board issued it, and when, and that it is unchanged.
 * Kept as recorded.
 */
@Entity
@Immutable
@Table(name = "issued_document")
public class IssuedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    /** What the producer calls it ({@code REFERRAL_PACK}, {@code ANNUAL_REPORT} …). */
    @Column(nullable = false, updatable = false)
    private String kind;

    /** The case, request, search or period it is about; null for none (the search register). */
    @Column(updatable = false)
    private String reference;

    /** The SHA-256 of the signed bytes, lower-case hex. */
    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    /** Whether its signature carries a trusted time (RFC 3161) beside the signer's own claim. */
    @Column(name = "trusted_time", nullable = false, updatable = false)
    private boolean trustedTime;

    protected IssuedDocument() {
    }

    public IssuedDocument(String kind, String reference, String sha256, Instant issuedAt, boolean trustedTime) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A SHA-256 is 64 lower-case hexadecimal digits");
        }
        this.kind = kind;
        this.reference = reference == null || reference.length() <= 60 ? reference : reference.substring(0, 60);
        this.sha256 = sha256;
        this.issuedAt = issuedAt;
        this.trustedTime = trustedTime;
    }

    public String kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String sha256() {
        return sha256;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public boolean trustedTime() {
        return trustedTime;
    }
}

package uk.safeguardcases.domain.transfer;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * The signed package a case went as to a board on another deployment (issue 67): the file, byte for byte as it was
 * made and signed when it went, which the board's senior managers download and hand over. Kept apart from its
 * transfer, so that reading a transfer reads no file; removed with it.
 */
@Entity
@Table(name = "transfer_package_file")
public class SentPackage {

    @Id
    @Column(name = "transfer_id")
    private Long transferId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    /** Whether the signature carries a trusted time (a time-stamping authority's token). */
    @Column(name = "trusted_time", nullable = false, updatable = false)
    private boolean trustedTime;

    @Column(name = "made_at", nullable = false, updatable = false)
    private Instant madeAt;

    protected SentPackage() {
    }

    public SentPackage(long transferId, byte[] content, String sha256, boolean trustedTime, Instant madeAt) {
        this.transferId = transferId;
        this.content = content.clone();
        this.sha256 = sha256;
        this.trustedTime = trustedTime;
        this.madeAt = madeAt;
    }

    public long transferId() {
        return transferId;
    }

    public byte[] content() {
        return content.clone();
    }

    public String sha256() {
        return sha256;
    }

    public boolean trustedTime() {
        return trustedTime;
    }

    public Instant madeAt() {
        return madeAt;
    }
}

package uk.safeguardcases.domain.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * An officer looked at evidence a reporter supplied and accepted it as supplied, not gathered by the board (no
 * open-methods declaration is made for it). Made only by {@link Evidence#reviewedBy}; kept beside the evidence,
 * which itself never changes; once, and never changed.
 */
@Entity
@Immutable
@Table(name = "evidence_review")
public class EvidenceReview {

    @Id
    @Column(name = "evidence_id", nullable = false, updatable = false)
    private Long evidenceId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "reviewed_by", nullable = false, updatable = false)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private Instant reviewedAt;

    protected EvidenceReview() {
    }

    EvidenceReview(Long evidenceId, String reviewedBy, Instant reviewedAt) {
        this.evidenceId = Objects.requireNonNull(evidenceId, "evidence must be saved first");
        this.reviewedBy = Objects.requireNonNull(reviewedBy, "reviewedBy");
        this.reviewedAt = Objects.requireNonNull(reviewedAt, "reviewedAt");
    }

    public Long evidenceId() {
        return evidenceId;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}

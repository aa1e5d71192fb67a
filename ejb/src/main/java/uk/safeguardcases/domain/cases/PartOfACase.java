package uk.safeguardcases.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * A record that belongs to one case of one board (an allegation, a piece of evidence, a request, a referral…): its
 * own id, the board, and the case it belongs to, which never change. Subject-access export and the retention purge
 * find everything about a case through this.
 */
@MappedSuperclass
public abstract class PartOfACase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    protected PartOfACase() {
    }

    protected PartOfACase(Long caseId) {
        this.caseId = java.util.Objects.requireNonNull(caseId, "caseId");
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public String tenantId() {
        return tenantId;
    }
}

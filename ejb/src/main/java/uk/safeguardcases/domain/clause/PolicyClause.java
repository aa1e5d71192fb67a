package uk.safeguardcases.domain.clause;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * One clause of a board's own policy, quoted from the board's document (e.g. CHSCB 3.5(d)
 * "Posting comments or photographs of Board members or members of the community without their
 * express consent."). Allegations cite these.
 */
@Entity
@Table(name = "policy_clause")
public class PolicyClause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    /** How an officer cites it, e.g. "5.3" or "3.5(d)". */
    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private String section;

    @Column(name = "clause_text", nullable = false)
    private String text;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PolicyClause() {
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String reference() {
        return reference;
    }

    public String section() {
        return section;
    }

    public String text() {
        return text;
    }

    public int sortOrder() {
        return sortOrder;
    }
}

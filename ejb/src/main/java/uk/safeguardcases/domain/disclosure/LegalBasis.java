package uk.safeguardcases.domain.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A legal basis the board's administrator added to the board's list, in English and Welsh; kept as added. */
@Entity
@Table(name = "legal_basis")
public class LegalBasis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "name_en", nullable = false, updatable = false)
    private String nameEn;

    @Column(name = "name_cy", nullable = false, updatable = false)
    private String nameCy;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected LegalBasis() {
    }

    public LegalBasis(String nameEn, String nameCy, String addedBy, Instant addedAt) {
        this.nameEn = nameEn;
        this.nameCy = nameCy;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** How a disclosure names it: {@code BOARD-<id>} (the standard ones by their name). */
    public String code() {
        return "BOARD-" + id;
    }

    public Long id() {
        return id;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameCy() {
        return nameCy;
    }
}

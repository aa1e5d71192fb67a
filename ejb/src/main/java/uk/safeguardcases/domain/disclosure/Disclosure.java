package uk.safeguardcases.domain.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * One disclosure the board made, with its legal basis as the board's list named it then, in English and Welsh (the
 * Children's Wellbeing and Schools Act 2026: a board must be able to show what it shared, with whom and on what legal
 * basis). Kept as recorded but for its basis, which starts as its kind's and may be chosen again from the board's list
 * (who and when kept with it); the recipient is the kind's (the HR partner, the requester, the LADO, the adults'
 * team, the reporter), never a name.
 */
@Entity
@Table(name = "disclosure")
public class Disclosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DisclosureKind kind;

    /** The case's reference, or the subject access request's. */
    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "basis_code", nullable = false)
    private String basisCode;

    @Column(name = "basis_en", nullable = false)
    private String basisEn;

    @Column(name = "basis_cy", nullable = false)
    private String basisCy;

    /** Who chose the basis for this disclosure and when; null while it is the kind's, given when it was made. */
    @Column(name = "basis_chosen_by")
    private String basisChosenBy;

    @Column(name = "basis_chosen_at")
    private Instant basisChosenAt;

    @Column(name = "disclosed_by", nullable = false, updatable = false)
    private String disclosedBy;

    @Column(name = "disclosed_at", nullable = false, updatable = false)
    private Instant disclosedAt;

    protected Disclosure() {
    }

    public Disclosure(DisclosureKind kind, String reference, String basisCode, String basisEn, String basisCy,
            String disclosedBy, Instant disclosedAt) {
        this.kind = kind;
        this.reference = reference;
        this.basisCode = basisCode;
        this.basisEn = basisEn;
        this.basisCy = basisCy;
        this.disclosedBy = disclosedBy;
        this.disclosedAt = disclosedAt;
    }

    /** The legal basis of this disclosure chosen again, from the board's list, by {@code by} at {@code at}. */
    public void chooseBasis(String code, String nameEn, String nameCy, String by, Instant at) {
        this.basisCode = code;
        this.basisEn = nameEn;
        this.basisCy = nameCy;
        this.basisChosenBy = by;
        this.basisChosenAt = at;
    }

    public Long id() {
        return id;
    }

    public String basisChosenBy() {
        return basisChosenBy;
    }

    public Instant basisChosenAt() {
        return basisChosenAt;
    }

    public DisclosureKind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String basisCode() {
        return basisCode;
    }

    public String basisEn() {
        return basisEn;
    }

    public String basisCy() {
        return basisCy;
    }

    public String disclosedBy() {
        return disclosedBy;
    }

    public Instant disclosedAt() {
        return disclosedAt;
    }
}

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

/** The legal basis the board's administrator chose for one kind of disclosure, from the board's list. */
@Entity
@Table(name = "disclosure_basis_choice")
public class DisclosureBasisChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DisclosureKind kind;

    @Column(name = "basis_code", nullable = false)
    private String basisCode;

    @Column(name = "chosen_by", nullable = false)
    private String chosenBy;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected DisclosureBasisChoice() {
    }

    public DisclosureBasisChoice(DisclosureKind kind, String basisCode, String chosenBy, Instant chosenAt) {
        this.kind = kind;
        choose(basisCode, chosenBy, chosenAt);
    }

    public final void choose(String basisCode, String chosenBy, Instant chosenAt) {
        this.basisCode = basisCode;
        this.chosenBy = chosenBy;
        this.chosenAt = chosenAt;
    }

    public DisclosureKind kind() {
        return kind;
    }

    public String basisCode() {
        return basisCode;
    }
}

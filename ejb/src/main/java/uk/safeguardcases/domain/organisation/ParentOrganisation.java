package uk.safeguardcases.domain.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.TenantId;

/** A member's employer on a board (police, NHS trust, council, school, charity…); its HR partner owns discipline (CHSCB 6.2). */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "parent_organisation")
public class ParentOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false)
    private String name;

    /** Its name in Welsh; null when none is given. */
    @Column(name = "name_cy")
    private String nameCy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    @Column(name = "hr_email")
    private String hrEmail;

    /** A deactivated organisation stays on the records that name it but is not offered for new ones. */
    @Column(nullable = false)
    private boolean active = true;

    protected ParentOrganisation() {
    }

    public ParentOrganisation(String name, OrganisationKind kind, String hrEmail) {
        this.name = name;
        this.kind = kind;
        this.hrEmail = hrEmail;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String hrEmail() {
        return hrEmail;
    }

    public boolean active() {
        return active;
    }

    public String nameCy() {
        return nameCy;
    }

    /** Its name in Welsh (null for none). */
    public void nameInWelsh(String welsh) {
        this.nameCy = welsh;
    }

    public void change(String name, OrganisationKind kind, String hrEmail) {
        this.name = name;
        this.kind = kind;
        this.hrEmail = hrEmail;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }
}

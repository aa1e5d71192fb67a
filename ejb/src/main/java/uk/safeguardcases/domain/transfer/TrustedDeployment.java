package uk.safeguardcases.domain.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * Another deployment the board accepts packages from (issue 67): its signing certificate, as that deployment's
 * operator handed it over, named by the board's administrator. A package is imported only when its signature is
 * valid and made with one of these.
 */
@Entity
@Table(name = "trusted_deployment")
public class TrustedDeployment {

    public static final int NAME_MAX = 200;
    public static final int CERTIFICATE_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false, length = NAME_MAX)
    private String name;

    @Column(name = "certificate_pem", nullable = false, updatable = false, length = CERTIFICATE_MAX)
    private String certificatePem;

    /** The certificate's SHA-256, in upper-case hex pairs separated by colons, as the signing page shows it. */
    @Column(nullable = false, updatable = false, length = 100)
    private String sha256;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected TrustedDeployment() {
    }

    public TrustedDeployment(String name, String certificatePem, String sha256, String addedBy, Instant addedAt) {
        this.name = name;
        this.certificatePem = certificatePem;
        this.sha256 = sha256;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String certificatePem() {
        return certificatePem;
    }

    public String sha256() {
        return sha256;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }

    // For the pages (Faces reads properties).
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSha256() {
        return sha256;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}

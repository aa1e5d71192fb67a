package uk.safeguardcases.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A code that stands in for the authenticator app once (a lost phone); only its SHA-256 is kept. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "code_sha256", nullable = false, updatable = false)
    private String codeSha256;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(Long personId, String codeSha256) {
        this.personId = personId;
        this.codeSha256 = codeSha256;
    }

    /** Uses the code; false if it was used before. */
    public boolean use(Instant at) {
        if (usedAt != null) {
            return false;
        }
        usedAt = at;
        return true;
    }

    public String codeSha256() {
        return codeSha256;
    }

    public Instant usedAt() {
        return usedAt;
    }
}

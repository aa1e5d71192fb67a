package uk.safeguardcases.domain.official;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * CHSCB authorised use 3.2: "A user will only be authorised when they have passed the accreditation test and been
 * listed (designated in a specific role) by the CHSCB." One person listed on one official account; suspended when
 * their certification expires, listed again when it is renewed.
 */
@Entity
@Table(name = "accredited_user")
public class AccreditedUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "designated_role", nullable = false)
    private String designatedRole;

    @Column(name = "listed_by", nullable = false)
    private String listedBy;

    @Column(name = "listed_at", nullable = false)
    private Instant listedAt;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    protected AccreditedUser() {
    }

    public AccreditedUser(long accountId, String username, String designatedRole, String listedBy, Instant listedAt) {
        this.accountId = accountId;
        this.username = username;
        this.designatedRole = designatedRole;
        this.listedBy = listedBy;
        this.listedAt = listedAt;
    }

    /** Suspended (the certification expired): true the first time. */
    public boolean suspend(Instant at) {
        if (suspendedAt != null) {
            return false;
        }
        suspendedAt = at;
        return true;
    }

    /** Authorised again (renewed): true if it was suspended. */
    public boolean reinstate() {
        boolean was = suspendedAt != null;
        suspendedAt = null;
        return was;
    }

    public boolean suspended() {
        return suspendedAt != null;
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    public String designatedRole() {
        return designatedRole;
    }

    public String listedBy() {
        return listedBy;
    }

    public Instant listedAt() {
        return listedAt;
    }

    public Instant suspendedAt() {
        return suspendedAt;
    }
}

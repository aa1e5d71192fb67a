package uk.safeguardcases.domain.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One use of a personal access token: when, and the request's method and path. Written once, never changed. */
@Entity
@Immutable
@Table(name = "personal_access_token_use")
public class PersonalAccessTokenUse {

    @Id
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "token_id", nullable = false)
    private long tokenId;

    @Column(name = "used_at", nullable = false)
    private Instant usedAt;

    @Column(nullable = false)
    private String method;

    @Column(nullable = false)
    private String path;

    protected PersonalAccessTokenUse() {
    }

    public Instant usedAt() {
        return usedAt;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }
}

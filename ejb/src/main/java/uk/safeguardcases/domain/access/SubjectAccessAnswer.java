package uk.safeguardcases.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * The answer to a subject access request exactly as it was given (the ZIP), apart from the request so that lists and
 * jobs never read it; read only when it is downloaded, erased with the request's personal details in time.
 */
@Entity
@Immutable
@Table(name = "subject_access_answer")
public class SubjectAccessAnswer {

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected SubjectAccessAnswer() {
    }

    public SubjectAccessAnswer(Long requestId, byte[] content) {
        this.requestId = requestId;
        this.content = content;
    }

    public Long requestId() {
        return requestId;
    }

    public String tenantId() {
        return tenantId;
    }

    public byte[] content() {
        return content;
    }
}

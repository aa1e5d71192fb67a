package uk.safeguardcases.domain.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * That the board's senior managers and administrators were told of a stuck step (an incident of the engine). One per
 * incident, whichever node saw it first: its key is the incident's id, so a second notice cannot commit, and the
 * e-mail queued with it is rolled back with it. Holds no personal data.
 */
@Entity
@Table(name = "stuck_step_notice")
public class StuckStepNotice {

    @Id
    @Column(name = "incident_id", updatable = false)
    private String incidentId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "noticed_at", nullable = false, updatable = false)
    private Instant noticedAt;

    /** The failed job's id: its next incident, after someone tried it again, is not news to anyone. */
    @Column(name = "job_id", updatable = false)
    private String jobId;

    protected StuckStepNotice() {
    }

    public StuckStepNotice(String incidentId, String jobId, Instant noticedAt) {
        this.incidentId = incidentId;
        this.jobId = jobId;
        this.noticedAt = noticedAt;
    }

    public String incidentId() {
        return incidentId;
    }

    public Instant noticedAt() {
        return noticedAt;
    }
}

package uk.safeguardcases.domain.publicconcern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A message between the board and a reporter: a question from an officer, or the reporter's answer. */
@Entity
@Table(name = "public_report_message")
public class ReportMessage {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Column(name = "from_reporter", nullable = false, updatable = false)
    private boolean fromReporter;

    /** Null once removed under the retention rule. */
    @Column(name = "body")
    private String body;

    @Column(name = "written_by", nullable = false, updatable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected ReportMessage() {
    }

    public ReportMessage(long reportId, boolean fromReporter, String body, String writtenBy, Instant writtenAt) {
        this.reportId = reportId;
        this.fromReporter = fromReporter;
        this.body = body;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public void erase() {
        body = null;
    }

    public Long id() {
        return id;
    }

    public long reportId() {
        return reportId;
    }

    public boolean fromReporter() {
        return fromReporter;
    }

    public String body() {
        return body;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}

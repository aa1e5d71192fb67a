package uk.safeguardcases.domain.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A request to the member with a deadline: remove content (CHSCB 5.3) or co-operate (CHSCB 6.3). One of
 * each kind per case. Supervised access to an account is recorded as a fact; a password never is.
 */
@Entity
@Table(name = "member_request")
public class MemberRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestKind kind;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "reminder_at")
    private Instant reminderAt;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Enumerated(EnumType.STRING)
    private MemberResponse response;

    @Column(name = "response_text")
    private String responseText;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "supervised_access", nullable = false)
    private boolean supervisedAccess;

    private String decision;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "non_compliance_at")
    private Instant nonComplianceAt;

    @Version
    private long version;

    protected MemberRequest() {
    }

    public static MemberRequest send(Long caseId, RequestKind kind, Instant sentAt, Instant reminderAt,
            Instant deadline) {
        MemberRequest request = new MemberRequest();
        request.caseId = caseId;
        request.kind = kind;
        request.sentAt = sentAt;
        request.reminderAt = reminderAt;
        request.deadline = deadline;
        return request;
    }

    /** The reminder before the deadline, once per deadline (a new deadline arms it again). */
    public boolean remind(Instant at) {
        if (remindedAt != null || response != null) {
            return false;
        }
        remindedAt = at;
        return true;
    }

    /** CHSCB 5.4: the deadline passed without compliance. Recorded once, however often the job runs. */
    public boolean recordNonCompliance(Instant at) {
        if (nonComplianceAt != null || response == MemberResponse.REMOVED) {
            return false;
        }
        nonComplianceAt = at;
        return true;
    }

    public void answer(MemberResponse response, String text, boolean supervisedAccess, Instant at) {
        this.response = response;
        this.responseText = text;
        this.supervisedAccess = this.supervisedAccess || supervisedAccess;
        this.respondedAt = at;
    }

    /** The officer's decision on a contest or a request for more time; a new deadline when time is given. */
    public void decide(String decision, String by, Instant at, Instant newReminderAt, Instant newDeadline) {
        this.decision = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        if (newDeadline != null) {
            this.deadline = newDeadline;
            this.reminderAt = newReminderAt;
            this.remindedAt = null;
        }
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public RequestKind kind() {
        return kind;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant reminderAt() {
        return reminderAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public MemberResponse response() {
        return response;
    }

    public String responseText() {
        return responseText;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public boolean supervisedAccess() {
        return supervisedAccess;
    }

    public String decision() {
        return decision;
    }

    public Instant nonComplianceAt() {
        return nonComplianceAt;
    }
}

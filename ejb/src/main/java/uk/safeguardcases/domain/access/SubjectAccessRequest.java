package uk.safeguardcases.domain.access;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import uk.safeguardcases.domain.deadline.Deadline;

/**
 * A subject access request (UK GDPR Article 15): someone asked the board for everything it holds about a person. An
 * officer records who asked, about whom, when it was received and who checked the requester's identity; the board
 * answers within one calendar month ({@link SubjectAccessDeadline}), or within up to two further months when it
 * extends the deadline with a reason. The answer is the export, kept byte for byte with its SHA-256: once answered,
 * nothing on the request changes.
 */
@Entity
@Table(name = "subject_access_request")
public class SubjectAccessRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String reference;

    /** Who made the request: the person themselves, or someone acting for them (a solicitor, a union). */
    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    /** Whom it is about, by the name the board's records use. */
    @Column(name = "subject_name", nullable = false, updatable = false)
    private String subjectName;

    @Column(name = "subject_email", updatable = false)
    private String subjectEmail;

    /** Their account on the board, when they have one. */
    @Column(name = "subject_person_id", updatable = false)
    private Long subjectPersonId;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "identity_checked_by", nullable = false, updatable = false)
    private String identityCheckedBy;

    @Column(name = "identity_evidence", nullable = false, updatable = false)
    private String identityEvidence;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    /** One calendar month from receipt (the original deadline, kept when extended: the extension's limit counts from it). */
    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "extended_to")
    private LocalDate extendedTo;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "extended_by")
    private String extendedBy;

    @Embedded
    @AttributeOverride(name = "missedAt", column = @Column(name = "overdue_at"))
    private Deadline answerBy;

    @Column(name = "redactions")
    private String redactions;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "export_sha256")
    private String exportSha256;

    @Column(name = "export_size_bytes")
    private Integer exportSizeBytes;

    /** Whole cases left out of the answer (their references, one per line), and why (the board's record only). */
    @Column(name = "left_out")
    private String leftOut;

    @Column(name = "left_out_reason")
    private String leftOutReason;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private long version;

    protected SubjectAccessRequest() {
    }

    public SubjectAccessRequest(String reference, SubjectAccessRequestDetails details, Long subjectPersonId,
            String recordedBy, Instant recordedAt, LocalDate dueOn, Deadline answerBy) {
        this.reference = reference;
        this.requestedBy = details.requestedBy();
        this.subjectName = details.subjectName();
        this.subjectEmail = details.subjectEmail();
        this.subjectPersonId = subjectPersonId;
        this.receivedOn = details.receivedOn();
        this.identityCheckedBy = details.identityCheckedBy();
        this.identityEvidence = details.identityEvidence();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.dueOn = dueOn;
        this.answerBy = answerBy;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** More time (ICO: up to two further months, the requester told why within the first month). */
    public void extend(LocalDate to, String reason, String by, Deadline later) {
        requireOpen();
        this.extendedTo = to;
        this.extensionReason = reason;
        this.extendedBy = by;
        this.answerBy.moveTo(later);
    }

    /** The third parties' details (one term per line) the export leaves out, wherever they appear. */
    public void redact(String terms) {
        requireOpen();
        this.redactions = terms == null || terms.isBlank() ? null : terms;
    }

    /** The reminder before the deadline: once, and only while unanswered; true the first time. */
    public boolean remind(Instant at) {
        return answerBy.remind(at, answered());
    }

    /** The deadline passed unanswered: recorded once; true the first time. */
    public boolean overdue(Instant at) {
        return answerBy.miss(at, answered());
    }

    /** Whole cases to leave out of the answer, by reference (one per line), and why; none clears both. */
    public void leaveOut(String references, String reason) {
        requireOpen();
        this.leftOut = references == null || references.isBlank() ? null : references;
        this.leftOutReason = this.leftOut == null ? null : reason;
    }

    /** The answer was given: its size and SHA-256 (the bytes are kept as a {@link SubjectAccessAnswer}). */
    public void answer(String by, Instant at, int sizeBytes, String sha256) {
        requireOpen();
        this.answeredBy = by;
        this.answeredAt = at;
        this.exportSizeBytes = sizeBytes;
        this.exportSha256 = sha256;
    }

    private void requireOpen() {
        if (answered()) {
            throw new IllegalStateException("Subject access request " + reference + " is answered");
        }
    }

    /** When the answer and the request's personal details were erased (12 months after answering), or null. */
    public Instant erasedAt() {
        return erasedAt;
    }

    public boolean answered() {
        return answeredAt != null;
    }

    /** The date it must be answered by now: the extended date, else one calendar month from receipt. */
    public LocalDate answerDue() {
        return extendedTo != null ? extendedTo : dueOn;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String reference() {
        return reference;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String subjectName() {
        return subjectName;
    }

    public String subjectEmail() {
        return subjectEmail;
    }

    public Long subjectPersonId() {
        return subjectPersonId;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String identityCheckedBy() {
        return identityCheckedBy;
    }

    public String identityEvidence() {
        return identityEvidence;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate extendedTo() {
        return extendedTo;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public String extendedBy() {
        return extendedBy;
    }

    public Deadline answerBy() {
        return answerBy;
    }

    public String redactions() {
        return redactions;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public String exportSha256() {
        return exportSha256;
    }

    public Integer exportSizeBytes() {
        return exportSizeBytes;
    }

    public String leftOut() {
        return leftOut;
    }

    public String leftOutReason() {
        return leftOutReason;
    }
}

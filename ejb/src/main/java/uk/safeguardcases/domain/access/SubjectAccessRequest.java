package uk.safeguardcases.domain.access;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;
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

    /** Since when the clock is paused (UK GDPR Article 12A), or null while it runs. */
    @Column(name = "paused_on")
    private LocalDate pausedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "paused_for")
    private SubjectAccessPause pausedFor;

    /** What the board asked the requester for (the board's record only). */
    @Column(name = "paused_asked")
    private String pausedAsked;

    @Column(name = "paused_by")
    private String pausedBy;

    /** The days of every pause that has ended: the latest extension moves by them too. */
    @Column(name = "paused_days", nullable = false)
    private int pausedDays;

    /** The first month's end, moved by the pauses (null: never paused, {@link #dueOn}). */
    @Column(name = "moved_due_on")
    private LocalDate movedDueOn;

    @Column(name = "extension_notice_to")
    private String extensionNoticeTo;

    @Column(name = "extension_notice_language")
    private String extensionNoticeLanguage;

    @Column(name = "extension_notice_at")
    private Instant extensionNoticeAt;

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

    /**
     * More time (UK GDPR Article 12(3); ICO, "Right of access: time limits"): up to two further months, only with a
     * notice to the person, with its reasons, sent before the first month ends; refused otherwise.
     */
    public void extend(LocalDate to, String reason, String by, Deadline later, ExtensionNotice notice) {
        requireOpen();
        if (notice == null || notice.sentAt() == null || notice.to() == null || notice.to().isBlank()) {
            throw new ExtensionRefusedException(reference + ": an extension needs a notice to the person, with its"
                    + " reasons");
        }
        if (!notice.sentAt().isBefore(endOf(firstMonthEndsOn()))) {
            throw new ExtensionRefusedException(reference + ": the first month ended on " + firstMonthEndsOn()
                    + "; the notice of an extension had to be sent within it");
        }
        if (reason == null || reason.isBlank()) {
            throw new ExtensionRefusedException(reference + ": an extension needs its reasons");
        }
        if (pausedOn != null) {
            throw new IllegalStateException("Subject access request " + reference + " is paused");
        }
        this.extensionNoticeTo = notice.to();
        this.extensionNoticeLanguage = notice.language().toLanguageTag();
        this.extensionNoticeAt = notice.sentAt();
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

    /**
     * The clock stops (UK GDPR Article 12A, inserted by the Data (Use and Access) Act 2025 s.76): the board asked
     * the requester, on {@code on}, for information it reasonably needs to answer; reminders wait until it arrives.
     */
    public void pause(SubjectAccessPause why, String asked, String by, LocalDate on) {
        requireOpen();
        if (pausedOn != null) {
            throw new IllegalStateException("Subject access request " + reference + " is paused already");
        }
        if (on.isBefore(receivedOn) || on.isAfter(answerDue())) {
            throw new IllegalArgumentException("A pause starts between receipt and the due date");
        }
        this.pausedOn = on;
        this.pausedFor = why;
        this.pausedAsked = asked;
        this.pausedBy = by;
    }

    /**
     * The information arrived on {@code on}: the clock runs again, and the first month's end and any extended date
     * move by the days from the request for it to its arrival (Article 12A(2)); {@code moved} puts a moved date on a
     * working day. Answers the days paused; {@code later} is the moved deadline, its reminder armed again.
     */
    public long resume(LocalDate on, UnaryOperator<LocalDate> moved, Deadline later) {
        requireOpen();
        if (pausedOn == null) {
            throw new IllegalStateException("Subject access request " + reference + " is not paused");
        }
        if (on.isBefore(pausedOn)) {
            throw new IllegalArgumentException("The information cannot arrive before it was asked for");
        }
        long days = ChronoUnit.DAYS.between(pausedOn, on);
        this.movedDueOn = moved.apply(firstMonthEndsOn().plusDays(days));
        if (extendedTo != null) {
            this.extendedTo = moved.apply(extendedTo.plusDays(days));
        }
        this.pausedDays += (int) days;
        this.pausedOn = null;
        this.pausedFor = null;
        this.pausedAsked = null;
        this.pausedBy = null;
        this.answerBy.moveTo(later);
        return days;
    }

    /** The date {@code on} would move the due date to, were the information to arrive then (for the page). */
    public LocalDate dueIfResumedOn(LocalDate on) {
        return pausedOn == null ? answerDue() : answerDue().plusDays(ChronoUnit.DAYS.between(pausedOn, on));
    }

    /** The first month's end: one calendar month from receipt, moved by every pause that has ended. */
    public LocalDate firstMonthEndsOn() {
        return movedDueOn != null ? movedDueOn : dueOn;
    }

    public boolean paused() {
        return pausedOn != null;
    }

    /** A day's deadline is the end of that day in the UK (the law counts days). */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneId.of("Europe/London")).toInstant();
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

    /** The date it must be answered by now: the extended date, else the first month's end (moved by pauses). */
    public LocalDate answerDue() {
        return extendedTo != null ? extendedTo : firstMonthEndsOn();
    }

    public LocalDate pausedOn() {
        return pausedOn;
    }

    public SubjectAccessPause pausedFor() {
        return pausedFor;
    }

    public String pausedAsked() {
        return pausedAsked;
    }

    public String pausedBy() {
        return pausedBy;
    }

    public int pausedDays() {
        return pausedDays;
    }

    public String extensionNoticeTo() {
        return extensionNoticeTo;
    }

    public String extensionNoticeLanguage() {
        return extensionNoticeLanguage;
    }

    public Instant extensionNoticeAt() {
        return extensionNoticeAt;
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

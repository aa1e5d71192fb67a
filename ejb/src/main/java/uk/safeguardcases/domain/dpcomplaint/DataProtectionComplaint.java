package uk.safeguardcases.domain.dpcomplaint;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.TenantId;
import uk.safeguardcases.domain.deadline.Deadline;

/**
 * A complaint about the board's use of personal data (DPA 2018 s.164A, inserted by the Data (Use and Access) Act 2025
 * s.103): registered with the data protection officer the board's privacy notice names, acknowledged within 30 days
 * of receipt (the ICO's guidance: the 30 days start the day after the complaint arrives), looked into with each step
 * recorded, and closed with an outcome the complainant is told. Its rules live here; the services only ask.
 */
@Entity
@Table(name = "dp_complaint")
public class DataProtectionComplaint {

    public static final int WORDS_MAX = 4000;
    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    /** Days the board has to acknowledge, counted from the day after receipt (s.164A(2)(a)). */
    public static final int DAYS_TO_ACKNOWLEDGE = 30;
    /** The officers are reminded a week before the last day. */
    public static final int REMINDER_DAYS_BEFORE = 7;
    /** A closed complaint is kept two years after its outcome, then removed. */
    public static final int YEARS_KEPT = 2;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "receipt_sha256", nullable = false, updatable = false)
    private String receiptSha256;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "acknowledge_by", nullable = false, updatable = false)
    private LocalDate acknowledgeBy;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "due", column = @Column(name = "acknowledgement_due")),
            @AttributeOverride(name = "reminderAt", column = @Column(name = "acknowledgement_reminder_at")),
            @AttributeOverride(name = "remindedAt", column = @Column(name = "acknowledgement_reminded_at")),
            @AttributeOverride(name = "missedAt", column = @Column(name = "acknowledgement_missed_at"))})
    private Deadline acknowledgement;

    @Column(name = "escalate_at", nullable = false, updatable = false)
    private Instant escalateAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(nullable = false, length = 8, updatable = false)
    private String language;

    @Column(name = "complainant_name", length = NAME_MAX)
    private String complainantName;

    @Column(name = "complainant_email", length = EMAIL_MAX)
    private String complainantEmail;

    @Column(name = "complainant_phone", length = PHONE_MAX)
    private String complainantPhone;

    /** The member's login when they complained from the portal; null from the public page. */
    @Column(name = "member_username", length = 200, updatable = false)
    private String memberUsername;

    @Column(length = WORDS_MAX)
    private String words;

    @Column(name = "dpo_name", length = 200, updatable = false)
    private String dpoName;

    @Column(name = "dpo_email", length = EMAIL_MAX, updatable = false)
    private String dpoEmail;

    @Column(nullable = false, length = 32)
    private String status;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 200)
    private String acknowledgedBy;

    @Column(length = 32)
    private String outcome;

    @Column(name = "outcome_words", length = WORDS_MAX)
    private String outcomeWords;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 200)
    private String closedBy;

    @Column(name = "keep_until")
    private LocalDate keepUntil;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dp_complaint_entry", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderColumn(name = "position")
    private List<ComplaintEntry> entries = new ArrayList<>();

    protected DataProtectionComplaint() {
    }

    /**
     * A complaint received at {@code at}, registered with the data protection officer the privacy notice names (who
     * may not yet be named: then nobody). The complainant gave words and an address to write to.
     */
    public static DataProtectionComplaint receive(String reference, String receiptSha256, String words, String name,
            String email, String phone, String memberUsername, String language, String dpoName, String dpoEmail,
            Instant at) {
        DataProtectionComplaint c = new DataProtectionComplaint();
        c.reference = reference;
        c.receiptSha256 = receiptSha256;
        c.words = words;
        c.complainantName = name;
        c.complainantEmail = email;
        c.complainantPhone = phone;
        c.memberUsername = memberUsername;
        c.language = "cy".equals(language) ? "cy" : "en";
        c.dpoName = dpoName;
        c.dpoEmail = dpoEmail;
        c.receivedAt = at;
        LocalDate receivedOn = LocalDate.ofInstant(at, UK);
        c.acknowledgeBy = lastDayToAcknowledge(receivedOn);
        c.acknowledgement = Deadline.due(c.acknowledgeBy.plusDays(1).atStartOfDay(UK).toInstant(),
                c.acknowledgeBy.minusDays(REMINDER_DAYS_BEFORE).atTime(MORNING).atZone(UK).toInstant());
        // Escalated on the morning of the last day, while the duty can still be met.
        c.escalateAt = c.acknowledgeBy.atTime(MORNING).atZone(UK).toInstant();
        c.status = ComplaintStatus.RECEIVED.name();
        c.entries.add(new ComplaintEntry(at, ComplaintEntry.Kind.RECEIVED, null, null));
        return c;
    }

    /** The 30 days start the day after receipt (the ICO's guidance), so the last day is the 30th after it. */
    public static LocalDate lastDayToAcknowledge(LocalDate receivedOn) {
        return receivedOn.plusDays(DAYS_TO_ACKNOWLEDGE);
    }

    public void startedAs(String instanceId) {
        this.processInstanceId = instanceId;
    }

    /** The complainant is told it was received and will be looked into; once only. */
    public void acknowledge(String by, Instant at) {
        if (status() != ComplaintStatus.RECEIVED) {
            throw new IllegalStateException("Complaint " + reference + " is already acknowledged");
        }
        status = ComplaintStatus.ACKNOWLEDGED.name();
        acknowledgedAt = at;
        acknowledgedBy = by;
        entries.add(new ComplaintEntry(at, ComplaintEntry.Kind.ACKNOWLEDGED, by, null));
    }

    /** A step taken to respond (an enquiry, what was found, what the complainant was told of progress). */
    public void recordStep(String by, Instant at, String stepWords) {
        recordStep(by, at, stepWords, false);
    }

    /** A step; {@code shared}: its words were sent to the complainant, who may read them on their progress page. */
    public void recordStep(String by, Instant at, String stepWords, boolean shared) {
        if (status() == ComplaintStatus.CLOSED) {
            throw new IllegalStateException("Complaint " + reference + " is closed");
        }
        ComplaintEntry step = new ComplaintEntry(at, ComplaintEntry.Kind.STEP, by, stepWords);
        entries.add(shared ? step.sharedWithComplainant() : step);
    }

    /** The outcome, after the acknowledgement; the complaint is then kept {@value #YEARS_KEPT} years. */
    public void close(ComplaintOutcome found, String outcomeText, String by, Instant at) {
        if (status() == ComplaintStatus.RECEIVED) {
            // The outcome told is itself the acknowledgement (the ICO: one reply may do both), in time or not.
            acknowledge(by, at);
        }
        if (status() != ComplaintStatus.ACKNOWLEDGED) {
            throw new IllegalStateException("Complaint " + reference + " is not being looked into");
        }
        status = ComplaintStatus.CLOSED.name();
        outcome = found.name();
        outcomeWords = outcomeText;
        closedAt = at;
        closedBy = by;
        keepUntil = LocalDate.ofInstant(at, UK).plusYears(YEARS_KEPT);
        entries.add(new ComplaintEntry(at, ComplaintEntry.Kind.OUTCOME, by, outcomeText));
    }

    /** The reminder to acknowledge: true the first time, and only while it is not acknowledged. */
    public boolean remind(Instant at) {
        boolean first = acknowledgement.remind(at, isAcknowledged());
        if (first) {
            entries.add(new ComplaintEntry(at, ComplaintEntry.Kind.REMINDED, null, null));
        }
        return first;
    }

    /** Escalated on the last day if still not acknowledged: true the first time. */
    public boolean escalate(Instant at) {
        if (isAcknowledged() || escalatedAt != null) {
            return false;
        }
        escalatedAt = at;
        entries.add(new ComplaintEntry(at, ComplaintEntry.Kind.ESCALATED, null, null));
        return true;
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    /** Acknowledged by the end of its last day. */
    public boolean acknowledgedInTime() {
        return acknowledgedAt != null && acknowledgedAt.isBefore(acknowledgement.due());
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

    public String receiptSha256() {
        return receiptSha256;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public LocalDate acknowledgeBy() {
        return acknowledgeBy;
    }

    public Instant reminderAt() {
        return acknowledgement.reminderAt();
    }

    public Instant escalateAt() {
        return escalateAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public String language() {
        return language;
    }

    public String complainantName() {
        return complainantName;
    }

    public String complainantEmail() {
        return complainantEmail;
    }

    public String complainantPhone() {
        return complainantPhone;
    }

    public String memberUsername() {
        return memberUsername;
    }

    public String words() {
        return words;
    }

    public String dpoName() {
        return dpoName;
    }

    public String dpoEmail() {
        return dpoEmail;
    }

    public ComplaintStatus status() {
        return ComplaintStatus.valueOf(status);
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public ComplaintOutcome outcome() {
        return outcome == null ? null : ComplaintOutcome.valueOf(outcome);
    }

    public String outcomeWords() {
        return outcomeWords;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public LocalDate keepUntil() {
        return keepUntil;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public List<ComplaintEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    // For the pages (Faces reads properties).
    public String getReference() {
        return reference;
    }

    public String getStatus() {
        return status;
    }

    public String getWords() {
        return words;
    }

    public String getComplainantName() {
        return complainantName;
    }

    public String getComplainantEmail() {
        return complainantEmail;
    }

    public LocalDate getAcknowledgeBy() {
        return acknowledgeBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getOutcomeWords() {
        return outcomeWords;
    }

    public String getDpoName() {
        return dpoName;
    }

    public boolean isEscalated() {
        return escalatedAt != null;
    }

    public boolean isClosed() {
        return status() == ComplaintStatus.CLOSED;
    }

    public List<ComplaintEntry> getEntries() {
        return entries();
    }
}

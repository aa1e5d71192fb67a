package uk.safeguardcases.conformance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/**
 * A check an officer raises on a case and a senior confirms: the record of the conformance process, a process that
 * exists only in the tests ({@code ConformanceIT}) to show that a process plugs in with no edit to any main file.
 */
@Entity
@Table(name = "conformance_check")
public class ConformanceCheck {

    public enum Status { AWAITING_CONFIRMATION, CONFIRMED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "case_reference", nullable = false, updatable = false)
    private String caseReference;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(nullable = false, updatable = false)
    private String words;

    @Column(nullable = false)
    private String status;

    @Column(name = "raised_by", nullable = false, updatable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "keep_until", nullable = false)
    private LocalDate keepUntil;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected ConformanceCheck() {
    }

    public ConformanceCheck(String reference, long caseId, String caseReference, Long personId, String words,
            String raisedBy, Instant raisedAt, LocalDate keepUntil) {
        this.reference = reference;
        this.caseId = caseId;
        this.caseReference = caseReference;
        this.personId = personId;
        this.words = words;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.keepUntil = keepUntil;
        this.status = Status.AWAITING_CONFIRMATION.name();
    }

    public void startedAs(String instanceId) {
        this.processInstanceId = instanceId;
    }

    /** The process reached its senior's step (its {@code ProcessSteps}). */
    public void awaitingConfirmation() {
        this.status = Status.AWAITING_CONFIRMATION.name();
    }

    public void confirm(String by, Instant at) {
        this.status = Status.CONFIRMED.name();
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public long caseId() {
        return caseId;
    }

    public String caseReference() {
        return caseReference;
    }

    public Long personId() {
        return personId;
    }

    public String words() {
        return words;
    }

    public Status status() {
        return Status.valueOf(status);
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public LocalDate keepUntil() {
        return keepUntil;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    // For the table of a page (Faces reads properties).
    public String getReference() {
        return reference;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public String getWords() {
        return words;
    }

    public String getStatus() {
        return status;
    }

    public boolean isConfirmed() {
        return status() == Status.CONFIRMED;
    }
}

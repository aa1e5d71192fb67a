package uk.safeguardcases.domain.lowlevel;

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
 * A low-level concern about a board member (KCSIE Part 4): a concern that does not meet the harm threshold, kept in
 * the board's register so that a pattern can be seen. Recorded at triage instead of an investigation (the case it came
 * from is named) or directly by an officer. Who raised the underlying concern is not part of it: that stays on the
 * case, which the member's subject access answer treats as it always has.
 */
@Entity
@Table(name = "low_level_concern")
public class LowLevelConcern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "case_reference", updatable = false)
    private String caseReference;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected LowLevelConcern() {
    }

    /** A concern an officer records directly about a member, dated the day it happened. */
    public static LowLevelConcern recorded(long personId, Long organisationId, String summary, LocalDate occurredOn,
            String recordedBy, Instant at) {
        LowLevelConcern concern = new LowLevelConcern();
        concern.personId = personId;
        concern.organisationId = organisationId;
        concern.summary = summary;
        concern.occurredOn = occurredOn;
        concern.recordedBy = recordedBy;
        concern.recordedAt = at;
        return concern;
    }

    /** A concern triage found below the harm threshold, closing case {@code caseReference} as a low-level concern. */
    public static LowLevelConcern fromTriage(long personId, Long organisationId, String summary, LocalDate occurredOn,
            long caseId, String caseReference, String recordedBy, Instant at) {
        LowLevelConcern concern = recorded(personId, organisationId, summary, occurredOn, recordedBy, at);
        concern.caseId = caseId;
        concern.caseReference = caseReference;
        return concern;
    }

    public Long id() {
        return id;
    }

    public Long personId() {
        return personId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String summary() {
        return summary;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public Long caseId() {
        return caseId;
    }

    public String caseReference() {
        return caseReference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}

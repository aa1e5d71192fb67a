package uk.safeguardcases.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

/**
 * A case: one concern about one member, from the moment it is raised to its closure. "Case" is a
 * reserved word in JPQL and SQL, hence the entity's longer name.
 */
@Entity(name = "SafeguardingCase")
@Table(name = "safeguarding_case")
public class SafeguardingCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    /** Board prefix + year + sequence, e.g. CHSCB-2026-0042; unique per board. */
    @Column(nullable = false, updatable = false)
    private String reference;

    /** The member concerned. */
    @Column(name = "subject_name", nullable = false)
    private String subjectName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private ParentOrganisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseSource source;

    @Column(nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "raised_by", nullable = false, updatable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** The member's own account, when they have one: they then answer requests in the portal. */
    @Column(name = "subject_person_id")
    private Long subjectPersonId;

    /** The clause of the board's policy a monitoring tool suggested; alleging it stays the officer's decision. */
    @Column(name = "suggested_clause_id")
    private Long suggestedClauseId;

    @Column(name = "triaged_by")
    private String triagedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "triage_decision")
    private TriageDecision triageDecision;

    @Column(name = "harm_threshold_met")
    private Boolean harmThresholdMet;

    @Column(name = "authorised_by")
    private String authorisedBy;

    @Column(name = "decided_by")
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    private ClosureReason closureReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "retention_until")
    private LocalDate retentionUntil;

    @Version
    private long version;

    protected SafeguardingCase() {
    }

    private SafeguardingCase(String reference, String subjectName, ParentOrganisation organisation, CaseSource source,
            String summary, String raisedBy, Instant raisedAt) {
        this.reference = reference;
        this.subjectName = subjectName;
        this.organisation = organisation;
        this.source = source;
        this.summary = summary;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.status = CaseStatus.AWAITING_TRIAGE;
    }

    /** A concern is raised: the case exists from this moment, whatever happens next. */
    public static SafeguardingCase raise(String reference, String subjectName, ParentOrganisation organisation,
            CaseSource source, String summary, String raisedBy, Instant raisedAt) {
        return new SafeguardingCase(reference, subjectName, organisation, source, summary, raisedBy, raisedAt);
    }

    public void subjectHasAccount(Long personId) {
        this.subjectPersonId = personId;
    }

    /** A monitoring tool suggests the concern is about this clause (shown to the officer at triage). */
    public void clauseSuggested(Long clauseId) {
        this.suggestedClauseId = clauseId;
    }

    public void investigatedBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The process entered a step; a closed case stays closed. */
    public void moveTo(CaseStatus step) {
        if (status != CaseStatus.CLOSED) {
            this.status = step;
        }
    }

    public void recordTriage(String officer, TriageDecision decision, boolean harmThresholdMet) {
        this.triagedBy = officer;
        this.triageDecision = decision;
        this.harmThresholdMet = harmThresholdMet;
    }

    public void authorisedBy(String senior) {
        this.authorisedBy = senior;
    }

    public void decide(CaseOutcome outcome, String officer) {
        this.outcome = outcome;
        this.decidedBy = officer;
    }

    /** Closes the case once; running the close step again changes nothing. */
    public boolean close(ClosureReason reason, Instant at, LocalDate retentionUntil) {
        if (status == CaseStatus.CLOSED) {
            return false;
        }
        this.status = CaseStatus.CLOSED;
        this.closureReason = reason;
        this.closedAt = at;
        this.retentionUntil = retentionUntil;
        return true;
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

    public String subjectName() {
        return subjectName;
    }

    public ParentOrganisation organisation() {
        return organisation;
    }

    public CaseSource source() {
        return source;
    }

    public String summary() {
        return summary;
    }

    public CaseStatus status() {
        return status;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public Long subjectPersonId() {
        return subjectPersonId;
    }

    public Long suggestedClauseId() {
        return suggestedClauseId;
    }

    public String triagedBy() {
        return triagedBy;
    }

    public TriageDecision triageDecision() {
        return triageDecision;
    }

    public Boolean harmThresholdMet() {
        return harmThresholdMet;
    }

    public String authorisedBy() {
        return authorisedBy;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public CaseOutcome outcome() {
        return outcome;
    }

    public ClosureReason closureReason() {
        return closureReason;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public LocalDate retentionUntil() {
        return retentionUntil;
    }
}

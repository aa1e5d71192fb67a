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

    public void investigatedBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void triaged() {
        if (status != CaseStatus.AWAITING_TRIAGE) {
            throw new IllegalStateException("Case " + reference + " has already been triaged");
        }
        this.status = CaseStatus.TRIAGED;
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
}

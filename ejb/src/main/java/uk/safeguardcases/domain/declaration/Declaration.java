package uk.safeguardcases.domain.declaration;

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
import java.util.regex.Pattern;
import org.hibernate.annotations.TenantId;

/**
 * A member's Employee Declaration Form for one version of the board's policy (NSCB model policy, Appendix 1): "I
 * confirm that I have received a copy of the Social Media Policy. I have read and understood the Policy and am aware
 * that should I contravene the requirements contained within the Policy disciplinary action may be taken", with
 * their name, job title, department, contact number and date, and their manager's countersignature. Once signed, what
 * the member declared never changes.
 */
@Entity
@Table(name = "declaration")
public class Declaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "policy_version_id", nullable = false, updatable = false)
    private Long policyVersionId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    /** The member's parent organisation when they were asked (the dashboard counts by it). */
    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeclarationStatus status = DeclarationStatus.ASKED;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "declared_name")
    private String declaredName;

    @Column(name = "job_title")
    private String jobTitle;

    @Column
    private String department;

    @Column(name = "contact_number")
    private String contactNumber;

    @Column(name = "manager_person_id")
    private Long managerPersonId;

    @Column(name = "countersigned_at")
    private Instant countersignedAt;

    @Column(name = "countersigned_by")
    private String countersignedBy;

    @Column(name = "first_reminder_at")
    private Instant firstReminderAt;

    @Column(name = "second_reminder_at")
    private Instant secondReminderAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    /** A telephone number as people write it: digits, spaces, +, brackets, dashes and dots; 7 to 15 digits. */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-.]{7,25}$");

    protected Declaration() {
    }

    /** Whether {@code number} is a telephone number as people write it, of 7 to 15 digits. */
    public static boolean contactNumberValid(String number) {
        int digits = number.replaceAll("[^0-9]", "").length();
        return PHONE.matcher(number).matches() && digits >= 7 && digits <= 15;
    }

    public Declaration(Long policyVersionId, Long personId, Long organisationId, Instant askedAt) {
        this.policyVersionId = policyVersionId;
        this.personId = personId;
        this.organisationId = organisationId;
        this.askedAt = askedAt;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public Long policyVersionId() {
        return policyVersionId;
    }

    public Long personId() {
        return personId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public DeclarationStatus status() {
        return status;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public String declaredName() {
        return declaredName;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public String department() {
        return department;
    }

    public String contactNumber() {
        return contactNumber;
    }

    public Long managerPersonId() {
        return managerPersonId;
    }

    public Instant countersignedAt() {
        return countersignedAt;
    }

    public String countersignedBy() {
        return countersignedBy;
    }

    public Instant firstReminderAt() {
        return firstReminderAt;
    }

    public Instant secondReminderAt() {
        return secondReminderAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public Instant supersededAt() {
        return supersededAt;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public boolean open() {
        return status == DeclarationStatus.ASKED;
    }

    /** The member signs the form; false when it was already signed or superseded. */
    public boolean declare(String name, String jobTitle, String department, String contactNumber, Long managerPersonId,
            Instant at) {
        if (status != DeclarationStatus.ASKED) {
            return false;
        }
        this.declaredName = name;
        this.jobTitle = jobTitle;
        this.department = department;
        this.contactNumber = contactNumber;
        this.managerPersonId = managerPersonId;
        this.declaredAt = at;
        this.status = DeclarationStatus.DECLARED;
        return true;
    }

    /** Whether the person {@code personId} is the manager the member named, who alone countersigns it. */
    public boolean toBeCountersignedBy(Long personId) {
        return personId != null && personId.equals(managerPersonId);
    }

    /**
     * Whether it had been signed by {@code conductAt} (the conduct an investigation is about): signed after the
     * conduct, the member had not declared the version when it happened.
     */
    public boolean declaredBy(Instant conductAt) {
        return declaredAt != null && !declaredAt.isAfter(conductAt);
    }

    /** The manager countersigns; false unless it waits for exactly that. */
    public boolean countersign(String username, Instant at) {
        if (status != DeclarationStatus.DECLARED) {
            return false;
        }
        this.countersignedBy = username;
        this.countersignedAt = at;
        this.status = DeclarationStatus.COUNTERSIGNED;
        return true;
    }

    /** The 7-day (first) or 14-day (second) reminder, recorded once, only while unsigned. */
    public boolean remind(boolean second, Instant at) {
        if (status != DeclarationStatus.ASKED || (second ? secondReminderAt : firstReminderAt) != null) {
            return false;
        }
        if (second) {
            secondReminderAt = at;
        } else {
            firstReminderAt = at;
        }
        return true;
    }

    /** Told to the member's manager, once, only while unsigned. */
    public boolean escalate(Instant at) {
        if (status != DeclarationStatus.ASKED || escalatedAt != null) {
            return false;
        }
        escalatedAt = at;
        return true;
    }

    /** A later version was published before this one was signed. */
    public boolean supersede(Instant at) {
        if (status != DeclarationStatus.ASKED) {
            return false;
        }
        status = DeclarationStatus.SUPERSEDED;
        supersededAt = at;
        return true;
    }
}

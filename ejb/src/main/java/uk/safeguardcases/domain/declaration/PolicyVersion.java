package uk.safeguardcases.domain.declaration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.evidence.ContentHash;

/**
 * A published version of the board's social media policy (NSCB model policy 4.2: "Employees will be issued with a
 * copy of the Policy and any subsequent amendments, together with a copy of the 'Employee Declaration Form'"): the
 * clause catalogue as it stood, its title, the date it takes effect, its review date and its owner, the post holder
 * who "is responsible for the effective implementation of the Social Media Policy and for ensuring it is regularly
 * reviewed" (11.1). Nothing about a published version changes, except the record that the members were asked and
 * the owner reminded of the review.
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "review_date", nullable = false, updatable = false)
    private LocalDate reviewDate;

    @Column(name = "owner_person_id", nullable = false, updatable = false)
    private Long ownerPersonId;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    /** The SHA-256 of the clauses as published (references, sections and words, in order). */
    @Column(name = "catalogue_sha256", nullable = false, updatable = false)
    private String catalogueSha256;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "policy_version_clause", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("sortOrder")
    private List<VersionClause> clauses = new ArrayList<>();

    @Column(name = "asked_at")
    private Instant askedAt;

    @Column(name = "members_asked")
    private Integer membersAsked;

    @Column(name = "review_reminded_at")
    private Instant reviewRemindedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected PolicyVersion() {
    }

    public PolicyVersion(int number, String title, LocalDate effectiveFrom, LocalDate reviewDate, Long ownerPersonId,
            String publishedBy, Instant publishedAt, List<VersionClause> clauses, String catalogueSha256) {
        this.number = number;
        this.title = title;
        this.effectiveFrom = effectiveFrom;
        this.reviewDate = reviewDate;
        this.ownerPersonId = ownerPersonId;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.clauses = new ArrayList<>(clauses);
        this.catalogueSha256 = catalogueSha256;
    }

    /** The owner is reminded this many days before the review date (or at once, when that is already past). */
    public static final int REVIEW_REMINDER_DAYS = 30;

    /**
     * Version {@code number} of the board's policy: the clauses in force ({@code inForce}, in their order) copied as
     * they stand, with the SHA-256 of their references, sections and words in both languages.
     */
    public static PolicyVersion published(int number, String title, LocalDate effectiveFrom, LocalDate reviewDate,
            Long ownerPersonId, String publishedBy, Instant publishedAt, List<PolicyClause> inForce) {
        List<VersionClause> clauses = new ArrayList<>();
        StringBuilder canonical = new StringBuilder();
        for (PolicyClause c : inForce) {
            clauses.add(new VersionClause(clauses.size() + 1, c.reference(), c.section(), c.text(), c.sectionCy(),
                    c.textCy()));
            canonical.append(c.reference()).append('\u001f').append(c.section()).append('\u001f').append(c.text())
                    .append('\u001f').append(nonNull(c.sectionCy())).append('\u001f').append(nonNull(c.textCy()))
                    .append('\u001e');
        }
        return new PolicyVersion(number, title, effectiveFrom, reviewDate, ownerPersonId, publishedBy, publishedAt,
                clauses, ContentHash.sha256Hex(canonical.toString()));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * When its owner is reminded of the review: {@link #REVIEW_REMINDER_DAYS} before the review date at 09:00 in
     * {@code zone}, or {@code now} when that has passed.
     */
    public Instant reviewReminderAt(ZoneId zone, Instant now) {
        Instant at = ZonedDateTime.of(reviewDate.minusDays(REVIEW_REMINDER_DAYS), LocalTime.of(9, 0), zone)
                .toInstant();
        return at.isBefore(now) ? now : at;
    }

    /** Whether a version taking effect on {@code day} would take effect before this one (which it may not follow). */
    public boolean takesEffectAfter(LocalDate day) {
        return day.isBefore(effectiveFrom);
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public Long ownerPersonId() {
        return ownerPersonId;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String catalogueSha256() {
        return catalogueSha256;
    }

    public List<VersionClause> clauses() {
        return List.copyOf(clauses);
    }

    public Instant askedAt() {
        return askedAt;
    }

    public Integer membersAsked() {
        return membersAsked;
    }

    public Instant reviewRemindedAt() {
        return reviewRemindedAt;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The members were asked (once: a job run again asks nobody twice). */
    public void asked(int members, Instant at) {
        this.membersAsked = (membersAsked == null ? 0 : membersAsked) + members;
        if (askedAt == null) {
            this.askedAt = at;
        }
    }

    /** The owner is reminded of the review once; false when already reminded. */
    public boolean remindOfReview(Instant at) {
        if (reviewRemindedAt != null) {
            return false;
        }
        reviewRemindedAt = at;
        return true;
    }
}

package uk.safeguardcases.domain.lowlevel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import org.hibernate.annotations.TenantId;

/** A senior manager reviewed the board's register of low-level concerns, or one member's entry in it. */
@Entity
@Table(name = "low_level_review")
public class RegisterReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    /** The member whose entry was reviewed; none for the whole register. */
    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(nullable = false, updatable = false)
    private String note;

    @Column(name = "reviewed_by", nullable = false, updatable = false)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private Instant reviewedAt;

    protected RegisterReview() {
    }

    public RegisterReview(Long personId, String note, String reviewedBy, Instant at) {
        this.personId = personId;
        this.note = note;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = at;
    }

    /**
     * Whether it may go ({@link RegisterRetention#reviewRemovable}): none of {@code keptSince}, when what it is about
     * that is still kept was recorded (the member's concerns and alerts, or every member's for a review of the whole
     * register), is from before it.
     */
    public boolean removable(Collection<Instant> keptSince) {
        return RegisterRetention.reviewRemovable(reviewedAt, keptSince);
    }

    /** A review of the whole register rather than of one member's entry. */
    public boolean ofTheWholeRegister() {
        return personId == null;
    }

    public Long id() {
        return id;
    }

    public Long personId() {
        return personId;
    }

    public String note() {
        return note;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}

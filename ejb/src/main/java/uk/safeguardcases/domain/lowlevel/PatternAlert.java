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
 * The board's senior managers were told that a member reached the board's threshold ({@link PatternRule}); shown on
 * their work page until one of them reviews the member's entry in the register.
 */
@Entity
@Table(name = "low_level_alert")
public class PatternAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "alerted_at", nullable = false, updatable = false)
    private Instant alertedAt;

    /** How many low-level concerns and cases were counted. */
    @Column(nullable = false, updatable = false)
    private int counted;

    /** The day the window it counted in opened (exclusive, as {@link PatternRule#countOn}); null on older alerts. */
    @Column(name = "window_from", updatable = false)
    private LocalDate windowFrom;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    protected PatternAlert() {
    }

    public PatternAlert(long personId, int counted, Instant at, LocalDate windowFrom) {
        this.personId = personId;
        this.counted = counted;
        this.alertedAt = at;
        this.windowFrom = windowFrom;
    }

    /** A senior reviewed the member's entry; the alert leaves the work page (once). */
    public void reviewed(String by, Instant at) {
        if (reviewedAt == null) {
            reviewedAt = at;
            reviewedBy = by;
        }
    }

    public Long id() {
        return id;
    }

    public Long personId() {
        return personId;
    }

    public Instant alertedAt() {
        return alertedAt;
    }

    public int counted() {
        return counted;
    }

    public LocalDate windowFrom() {
        return windowFrom;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}

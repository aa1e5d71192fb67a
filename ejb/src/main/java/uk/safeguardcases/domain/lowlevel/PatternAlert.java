package uk.safeguardcases.domain.lowlevel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
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

    /** The alert of {@code today}: the member reached {@code rule}'s threshold with {@code counted}. */
    public static PatternAlert given(long personId, int counted, Instant at, LocalDate today, PatternRule rule) {
        return new PatternAlert(personId, counted, at, today.minusMonths(rule.windowMonths()));
    }

    /** The day it was given, in {@code zone}. */
    public LocalDate alertedOn(ZoneId zone) {
        return alertedAt.atZone(zone).toLocalDate();
    }

    /**
     * The day its window opened (it counted what happened after it): kept on it, or for an alert from before that
     * was kept, {@code rule}'s window back from the day it was given.
     */
    public LocalDate countedAfter(PatternRule rule, ZoneId zone) {
        return windowFrom != null ? windowFrom : alertedOn(zone).minusMonths(rule.windowMonths());
    }

    /**
     * Whether it still stands on the member's {@code events} as they are now ({@link PatternRule#stillReached}): not
     * once a concern it counted has moved to another member and what is left no longer reaches the threshold.
     */
    public boolean stillStands(PatternRule rule, Collection<LocalDate> events, ZoneId zone) {
        return rule.stillReached(events, countedAfter(rule, zone), alertedOn(zone));
    }

    /**
     * Whether it may go ({@link RegisterRetention#alertRemovable}): none of {@code keptEvents}, the days of the
     * member's concerns and cases still kept, is in its window.
     */
    public boolean removable(PatternRule rule, Collection<LocalDate> keptEvents, ZoneId zone) {
        return RegisterRetention.alertRemovable(countedAfter(rule, zone), alertedOn(zone), keptEvents);
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

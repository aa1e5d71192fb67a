package uk.safeguardcases.domain.lowlevel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The board's own rule for low-level concerns: the pattern threshold and window ({@link PatternRule}, 3 in 12 months
 * unless the board says otherwise) and how long a concern is kept once the member has left the organisation it was
 * recorded against ({@link #keepUntil}). A board without a row keeps the standard rule.
 */
@Entity
@Table(name = "low_level_policy")
public class LowLevelPolicy {

    public static final int STANDARD_KEEP_YEARS = 6;

    /** The board's id (one row per board; the caller's board is checked by the service that reads it). */
    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false)
    private int threshold;

    @Column(name = "window_months", nullable = false)
    private int windowMonths;

    @Column(name = "keep_years", nullable = false)
    private int keepYears;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected LowLevelPolicy() {
    }

    public LowLevelPolicy(String tenantId) {
        this.tenantId = tenantId;
        this.threshold = PatternRule.STANDARD_THRESHOLD;
        this.windowMonths = PatternRule.STANDARD_WINDOW_MONTHS;
        this.keepYears = STANDARD_KEEP_YEARS;
    }

    /**
     * What of a board's wish is refused, by name ({@code threshold}, {@code windowMonths}, {@code keepYears}): a
     * threshold from 2 to 50, a window from 1 to 60 months, from 1 to 75 years kept.
     */
    public static List<String> refused(Integer threshold, Integer windowMonths, Integer keepYears) {
        List<String> refused = new ArrayList<>();
        if (threshold == null || threshold < 2 || threshold > 50) {
            refused.add("threshold");
        }
        if (windowMonths == null || windowMonths < 1 || windowMonths > 60) {
            refused.add("windowMonths");
        }
        if (keepYears == null || keepYears < 1 || keepYears > 75) {
            refused.add("keepYears");
        }
        return refused;
    }

    public void change(int threshold, int windowMonths, int keepYears, String by, Instant at) {
        new PatternRule(threshold, windowMonths);
        if (keepYears < 1 || keepYears > 75) {
            throw new IllegalArgumentException("from 1 to 75 years");
        }
        this.threshold = threshold;
        this.windowMonths = windowMonths;
        this.keepYears = keepYears;
        this.changedBy = by;
        this.changedAt = at;
    }

    public PatternRule rule() {
        return new PatternRule(threshold, windowMonths);
    }

    public int keepYears() {
        return keepYears;
    }

    /**
     * KCSIE Part 4 leaves the period to the board's policy, with the concerns kept at least while the person works
     * there: a concern is kept while its member still belongs to the organisation it was recorded against, and then
     * until {@code keepYears} after the day it happened (so a member who left long after is removed at once).
     */
    public static boolean removable(LocalDate occurredOn, boolean stillInOrganisation, int keepYears, LocalDate today) {
        return !stillInOrganisation && !occurredOn.plusYears(keepYears).isAfter(today);
    }
}

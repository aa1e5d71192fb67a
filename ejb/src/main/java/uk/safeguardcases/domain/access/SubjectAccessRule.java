package uk.safeguardcases.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The board's switch for UK GDPR Article 12A (the clock paused while the board waits for information it reasonably
 * requires), inserted by the Data (Use and Access) Act 2025 s.76 and commenced in 2026. With no row the law as it
 * stands applies ({@link #STOP_THE_CLOCK_IN_FORCE}); a board sets it off only to keep the earlier rule.
 */
@Entity
@Table(name = "subject_access_rule")
public class SubjectAccessRule {

    /** The law as of 2026-11-29: Article 12A is in force. */
    public static final boolean STOP_THE_CLOCK_IN_FORCE = true;

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "stop_the_clock", nullable = false)
    private boolean stopTheClock;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected SubjectAccessRule() {
    }

    public SubjectAccessRule(String tenantId, boolean stopTheClock, String setBy, Instant setAt) {
        this.tenantId = tenantId;
        set(stopTheClock, setBy, setAt);
    }

    public final void set(boolean stopTheClock, String setBy, Instant setAt) {
        this.stopTheClock = stopTheClock;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    public boolean stopTheClock() {
        return stopTheClock;
    }
}

package uk.safeguardcases.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A legal hold on a case (a tribunal, a police investigation, a complaint): while it is held the case is never
 * removed, whatever its retention date, until a senior manager lifts the hold. A case never held has none.
 */
@Embeddable
public class LegalHold {

    @Column(name = "held_at")
    private Instant heldAt;

    @Column(name = "held_by")
    private String heldBy;

    @Column(name = "hold_reason")
    private String reason;

    protected LegalHold() {
    }

    /** Puts the case on hold, by {@code by} for {@code reason}; a second hold replaces the first. */
    public void place(String by, String reason, Instant at) {
        this.heldAt = at;
        this.heldBy = by;
        this.reason = reason;
    }

    public void lift() {
        this.heldAt = null;
        this.heldBy = null;
        this.reason = null;
    }

    public boolean held() {
        return heldAt != null;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public String heldBy() {
        return heldBy;
    }

    public String reason() {
        return reason;
    }
}

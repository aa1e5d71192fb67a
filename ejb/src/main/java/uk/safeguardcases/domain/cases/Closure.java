package uk.safeguardcases.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * How and when the case was closed, with a summary of what happened; an open case has none. The case closes once
 * (a second close changes nothing) and forgets its closure when a senior manager reopens it.
 */
@Embeddable
public class Closure {

    /** By its name; {@code persistence/jpa/OutcomeColumns} reads it back as the core's or a process's. */
    @Column(name = "closure_reason")
    private ClosureReason reason;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closure_summary")
    private String summary;

    protected Closure() {
    }

    void close(ClosureReason reason, Instant at, String summary) {
        this.reason = reason;
        this.closedAt = at;
        this.summary = summary;
    }

    /** Why the case was closed, or null while it is open. */
    public ClosureReason reason() {
        return reason;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String summary() {
        return summary;
    }
}

package uk.safeguardcases.domain.people;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who decided something, and when: an authorisation, a refusal, an approval, an appeal's result, a decision on a
 * member's contest or request for more time, whether the member is shown a piece of evidence. Kept on the record it
 * decides (columns {@code decided_by}, {@code decided_at} unless the record names them otherwise); a record not yet
 * decided has none. Where someone asked for it, {@link #byOtherThan} applies the four-eyes rule
 * ({@link SeparationOfDuties}) as the decision is made, so no record can hold a decision its asker made.
 */
@Embeddable
public class Decision {

    @Column(name = "decided_by")
    private String by;

    @Column(name = "decided_at")
    private Instant at;

    protected Decision() {
    }

    private Decision(String by, Instant at) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("A decision is made by someone");
        }
        this.by = by;
        this.at = Objects.requireNonNull(at, "at");
    }

    /** A decision {@code by} at {@code at}, with nobody's request to keep apart from. */
    public static Decision by(String by, Instant at) {
        return new Decision(by, at);
    }

    /**
     * A decision on what {@code askedBy} asked for: refused (an {@link IllegalStateException}) when the decider is the
     * person who asked. {@code what} names the record in the message.
     */
    public static Decision byOtherThan(String askedBy, String by, Instant at, String what) {
        if (!SeparationOfDuties.permits(askedBy, by)) {
            throw new IllegalStateException("Four eyes: " + what + " cannot be decided by who asked for it");
        }
        return new Decision(by, at);
    }

    /** Who decided (a username, or the system's name for a job). */
    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }

    /** The decider of {@code decision}, or null when there is none yet. */
    public static String byOf(Decision decision) {
        return decision == null ? null : decision.by;
    }

    /** When {@code decision} was made, or null when there is none yet. */
    public static Instant atOf(Decision decision) {
        return decision == null ? null : decision.at;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decision d && Objects.equals(by, d.by) && Objects.equals(at, d.at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(by, at);
    }

    @Override
    public String toString() {
        return "decided by " + by + " at " + at;
    }
}

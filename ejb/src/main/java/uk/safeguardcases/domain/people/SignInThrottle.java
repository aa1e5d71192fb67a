package uk.safeguardcases.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins from one network address, whoever they tried to be, over a sliding window of {@link #WINDOW}: the
 * count of the window before is weighed by how much of it still lies in the last {@link #WINDOW}, so no burst fits
 * around a window's edge. The first {@link #FREE} failures cost nothing; after each further one the address waits
 * before its next try (a second more after each: 1 s, 2 s, 3 s …, at most {@link #LONGEST_WAIT}); at {@link #MAX_FAILURES} in the window it is
 * refused until the count slides down. A refused try is not checked at all (no password is hashed for it). Kept before
 * anyone is known, so it belongs to no board.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    public static final int MAX_FAILURES = 50;
    public static final int FREE = 40;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    @Id
    private String address;

    /** Where the current window began; windows follow one another from the first failure. */
    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    /** Failures in the current window. */
    @Column(nullable = false)
    private int failures;

    /** Failures in the window before. */
    @Column(name = "previous_failures", nullable = false)
    private int previousFailures;

    /** No try from this address is checked before then. */
    @Column(name = "not_before")
    private Instant notBefore;

    protected SignInThrottle() {
    }

    public SignInThrottle(String address, Instant now) {
        this.address = address;
        this.windowStart = now;
    }

    /** Whether sign-ins from this address are refused now (it must wait, or has failed too often lately). */
    public boolean refusedAt(Instant now) {
        return notBefore != null && now.isBefore(notBefore) || failuresAt(now) >= MAX_FAILURES;
    }

    public void failed(Instant now) {
        slideTo(now);
        failures++;
        double recent = failuresAt(now);
        if (recent > FREE) {
            long seconds = (long) Math.ceil(recent) - FREE;
            notBefore = now.plus(Duration.ofSeconds(Math.min(seconds, LONGEST_WAIT.toSeconds())));
        }
    }

    /** Failures in the last {@link #WINDOW}, the window before counted for the part of it still inside. */
    double failuresAt(Instant now) {
        Instant start = windowStart;
        int current = failures;
        int previous = previousFailures;
        long windows = Duration.between(start, now).toNanos() / WINDOW.toNanos();
        if (windows >= 2) {
            return 0;
        }
        if (windows == 1) {
            previous = current;
            current = 0;
            start = start.plus(WINDOW);
        }
        double elapsed = (double) Duration.between(start, now).toNanos() / WINDOW.toNanos();
        return previous * (1 - Math.max(0, Math.min(1, elapsed))) + current;
    }

    private void slideTo(Instant now) {
        long windows = Duration.between(windowStart, now).toNanos() / WINDOW.toNanos();
        if (windows >= 2 || windows < 0) {
            previousFailures = 0;
            failures = 0;
            windowStart = now;
        } else if (windows == 1) {
            previousFailures = failures;
            failures = 0;
            windowStart = windowStart.plus(WINDOW);
        }
    }
}

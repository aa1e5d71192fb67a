package uk.safeguardcases.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins from one network address, whoever they tried to be: more than {@link #MAX_FAILURES} in
 * {@link #WINDOW} and the address is refused until the window ends, so guessing across many accounts is slowed as
 * much as guessing one. Kept before anyone is known, so it belongs to no board.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    public static final int MAX_FAILURES = 50;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    @Id
    private String address;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(nullable = false)
    private int failures;

    protected SignInThrottle() {
    }

    public SignInThrottle(String address, Instant now) {
        this.address = address;
        this.windowStart = now;
    }

    /** Whether sign-ins from this address are refused now. */
    public boolean refusedAt(Instant now) {
        return failures >= MAX_FAILURES && now.isBefore(windowStart.plus(WINDOW));
    }

    public void failed(Instant now) {
        if (!now.isBefore(windowStart.plus(WINDOW))) {
            windowStart = now;
            failures = 0;
        }
        failures++;
    }
}

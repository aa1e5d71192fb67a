package uk.safeguardcases.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The time every service reads ({@code @Inject Clock}): the server's clock in its own zone, so {@code Instant.now(clock)}
 * and {@code LocalDate.now(clock)} say what {@code Instant.now()} and {@code LocalDate.now()} said before.
 *
 * <p>A server started with {@code -Dsafeguard.clock.movable=true} (the integration tests' server, never a board's)
 * lets a test move it forward, to see what a deadline, a retention period or a pattern of concerns does when time
 * passes ({@link #moveBy}). The process engine's timers keep the engine's own clock.
 */
@ApplicationScoped
public class ServerClock {

    static final String MOVABLE = "safeguard.clock.movable";

    private final AtomicReference<Duration> moved = new AtomicReference<>(Duration.ZERO);

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), moved.get());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(moved.get());
        }
    };

    @Produces
    Clock clock() {
        return clock;
    }

    /** Moves the server's time by {@code by}; refused unless the server was started movable (tests only). */
    public void moveBy(Duration by) {
        if (!Boolean.getBoolean(MOVABLE)) {
            throw new IllegalStateException("This server's clock cannot be moved (-D" + MOVABLE + "=true is not set)");
        }
        moved.accumulateAndGet(by, Duration::plus);
    }

    /** Puts the server's time back to the real time (tests only, as {@link #moveBy}). */
    public void reset() {
        if (Boolean.getBoolean(MOVABLE)) {
            moved.set(Duration.ZERO);
        }
    }
}

package uk.safeguardcases.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The server's time in a unit test: still until the test moves it on, as {@code ServerClock.moveBy} does. */
public class MovingClock extends Clock {

    private Instant now;

    public MovingClock(Instant now) {
        this.now = now;
    }

    public void moveBy(Duration by) {
        now = now.plus(by);
    }

    public void moveTo(Instant to) {
        now = to;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovingClock outer = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return outer.withZone(other);
            }

            @Override
            public Instant instant() {
                return outer.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}

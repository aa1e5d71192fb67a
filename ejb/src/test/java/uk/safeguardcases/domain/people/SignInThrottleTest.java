package uk.safeguardcases.domain.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void theFirstFailuresCostNothingThenEachWaitsASecondLonger() {
        SignInThrottle throttle = new SignInThrottle("192.0.2.1", START);
        Instant now = START;
        for (int i = 0; i < SignInThrottle.FREE; i++) {
            throttle.failed(now);
            assertFalse(throttle.refusedAt(now), "failure " + (i + 1) + " is free");
        }
        throttle.failed(now);
        assertTrue(throttle.refusedAt(now.plusMillis(999)));
        assertFalse(throttle.refusedAt(now.plusSeconds(1)));
        now = now.plusSeconds(1);
        throttle.failed(now);
        assertTrue(throttle.refusedAt(now.plusMillis(1999)));
        assertFalse(throttle.refusedAt(now.plusSeconds(2)));
        for (int i = 0; i < 7; i++) {
            throttle.failed(now);
        }
        assertTrue(throttle.refusedAt(now.plusSeconds(8)), "the 49th failure waits 9 s");
        assertFalse(throttle.refusedAt(now.plusSeconds(9)));
        throttle.failed(now);
        assertTrue(throttle.refusedAt(now.plusSeconds(60)), "the 50th: refused, after any wait, until the count slides down");
    }

    @Test
    void noBurstFitsAroundTheEdgeOfAWindow() {
        SignInThrottle throttle = new SignInThrottle("192.0.2.2", START);
        Instant late = START.plus(SignInThrottle.WINDOW).minusSeconds(1);
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            throttle.failed(late);
        }
        assertTrue(throttle.refusedAt(late.plusSeconds(2)), "just past the edge, the address is still refused");
        assertTrue(throttle.failuresAt(late.plusSeconds(2)) > SignInThrottle.MAX_FAILURES - 1);
        assertFalse(throttle.refusedAt(late.plus(SignInThrottle.WINDOW).plus(SignInThrottle.WINDOW)),
                "two windows later nothing counts");
    }

    @Test
    void failuresSlideOutOfTheWindowGradually() {
        SignInThrottle throttle = new SignInThrottle("192.0.2.3", START);
        for (int i = 0; i < 40; i++) {
            throttle.failed(START);
        }
        Instant halfWayThroughTheNext = START.plus(SignInThrottle.WINDOW).plus(SignInThrottle.WINDOW.dividedBy(2));
        assertEquals(20, throttle.failuresAt(halfWayThroughTheNext), 0.01);
    }

    @Test
    void anAccountWaitsAtMostAMinuteHoweverLongAStrangerGuesses() {
        assertEquals(List.of(15L, 30L, 60L, 60L, 60L), List.of(10, 11, 12, 13, 30).stream()
                .map(n -> Person.waitAfter(n).toSeconds()).toList());
        assertTrue(Person.LONGEST_WAIT.compareTo(Duration.ofMinutes(1)) <= 0);
    }
}

package uk.safeguardcases.domain.publicconcern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportThrottleTest {

    private final Instant start = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void anAddressRaisesFiveConcernsAnHourAndIsToldHowLongToWaitForTheSixth() {
        ReportLimit limit = ReportLimit.RAISED_FROM_ADDRESS;
        ReportThrottle throttle = new ReportThrottle(limit.key("192.0.2.7"), start);
        for (int i = 0; i < limit.most(); i++) {
            assertThat(throttle.refusedAt(limit, start.plusSeconds(i))).isFalse();
            throttle.hit(limit, start.plusSeconds(i));
        }
        assertThat(throttle.refusedAt(limit, start.plusSeconds(10))).isTrue();
        long minutes = throttle.minutesToWait(limit, start.plusSeconds(10));
        assertThat(minutes).isBetween(1L, 120L);
        assertThat(throttle.refusedAt(limit, start.plusSeconds(10 + minutes * 60))).isFalse();
        assertThat(throttle.refusedAt(limit, start.plusSeconds(10 + (minutes - 1) * 60))).isTrue();
    }

    @Test
    void noBurstFitsAroundAWindowsEdge() {
        ReportLimit limit = ReportLimit.WRONG_CODE_FROM_ADDRESS;
        ReportThrottle throttle = new ReportThrottle(limit.key("192.0.2.8"), start);
        Instant late = start.plus(limit.window()).minusSeconds(1);
        for (int i = 0; i < limit.most(); i++) {
            throttle.hit(limit, late);
        }
        assertThat(throttle.refusedAt(limit, late.plusSeconds(2))).as("just into the next window").isTrue();
        assertThat(throttle.refusedAt(limit, late.plus(limit.window().multipliedBy(2)))).isFalse();
    }

    @Test
    void keysOfAddressesAndBoardsAreKeptApartAndShort() {
        assertThat(ReportLimit.RAISED_FROM_ADDRESS.key("cwmtaf")).isNotEqualTo(ReportLimit.RAISED_ON_BOARD.key("cwmtaf"));
        assertThat(ReportLimit.RAISED_ON_BOARD.key("x".repeat(500))).hasSizeLessThanOrEqualTo(120);
        assertThat(ReportLimit.RAISED_ON_BOARD.key(null)).endsWith("unknown");
    }
}

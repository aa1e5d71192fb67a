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

    /**
     * Issue 60: the page says "5 concerns an hour", and a sender who raised five at once was told to wait 71 minutes
     * (Retry-After: 4260). Whatever second of the minute the burst came, and for every limit, the next one is let in
     * no later than the limit's own window after the burst, and the wait told is the wait enforced.
     */
    @Test
    void whoeverReachesALimitAtOnceWaitsNoLongerThanTheLimitsOwnWindow() {
        for (ReportLimit limit : ReportLimit.values()) {
            for (long second : new long[] {0, 1, 42, 59}) {
                Instant burst = start.plusSeconds(second);
                ReportThrottle throttle = new ReportThrottle(limit.key("192.0.2.9"), burst);
                for (int i = 0; i < limit.most(); i++) {
                    assertThat(throttle.refusedAt(limit, burst)).as(limit + " hit " + i).isFalse();
                    throttle.hit(limit, burst);
                }
                Instant refused = burst.plusSeconds(5);
                assertThat(throttle.refusedAt(limit, refused)).as(limit + " one more at once").isTrue();
                long minutes = throttle.minutesToWait(limit, refused);
                String what = limit + " burst at :" + second;
                assertThat(minutes).as(what).isPositive().isLessThanOrEqualTo(limit.window().toMinutes());
                assertThat(throttle.refusedAt(limit, burst.plus(limit.window()))).as(what + ": a window after")
                        .isFalse();
                assertThat(throttle.refusedAt(limit, refused.plusSeconds(minutes * 60))).as(what + ": let in")
                        .isFalse();
                assertThat(throttle.refusedAt(limit, refused.plusSeconds((minutes - 1) * 60))).as(what
                        + ": not a minute sooner").isTrue();
            }
        }
    }

    @Test
    void fiveConcernsAnHourFromOneAddressMeansTheSixthWithinTheHour() {
        ReportLimit limit = ReportLimit.RAISED_FROM_ADDRESS;
        ReportThrottle throttle = new ReportThrottle(limit.key("192.0.2.10"), start);
        for (int i = 0; i < 5; i++) {
            throttle.hit(limit, start.plusSeconds(i));
        }
        assertThat(throttle.minutesToWait(limit, start.plusSeconds(10))).as("Retry-After 3600 at most, not 4260")
                .isLessThanOrEqualTo(60);
        assertThat(throttle.refusedAt(limit, start.plus(limit.window()).minusSeconds(60))).isTrue();
        assertThat(throttle.refusedAt(limit, start.plus(limit.window()))).isFalse();
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

    private final byte[] secret = "a server secret of thirty-two b.".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void anAddressIsCountedPerBoardUnderAKeyedHashThatHoldsNoAddress() {
        ReportLimit limit = ReportLimit.RAISED_FROM_ADDRESS;
        String key = limit.key(secret, "cwmtaf", "192.0.2.7");
        assertThat(key).startsWith("RAISED_FROM_ADDRESS:").doesNotContain("192").hasSizeLessThanOrEqualTo(120);
        assertThat(key).isEqualTo(limit.key(secret, "cwmtaf", " 192.0.2.7 "));
        assertThat(key).as("another board's count").isNotEqualTo(limit.key(secret, "nscb", "192.0.2.7"));
        assertThat(key).as("another address").isNotEqualTo(limit.key(secret, "cwmtaf", "192.0.2.8"));
        assertThat(key.substring(key.indexOf(':'))).as("another limit, the same board and address")
                .isEqualTo(ReportLimit.WRONG_CODE_FROM_ADDRESS.key(secret, "cwmtaf", "192.0.2.7").substring(
                        "WRONG_CODE_FROM_ADDRESS".length()));
        assertThat(key).as("another server's secret").isNotEqualTo(limit.key(
                "another secret, thirty-two bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8), "cwmtaf",
                "192.0.2.7"));
    }

    @Test
    void anIpv6AddressIsCountedByItsSlash64AndAMappedIpv4AddressAsItself() {
        assertThat(ReportLimit.network("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ReportLimit.network("[2001:DB8:1:2::1%eth0]")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ReportLimit.network("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
        assertThat(ReportLimit.network("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ReportLimit.network("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ReportLimit.network(null)).isEqualTo("unknown");
        assertThat(ReportLimit.network("not:an:address:zz")).isEqualTo("not:an:address:zz");
        ReportLimit limit = ReportLimit.WRONG_CODE_FROM_ADDRESS;
        assertThat(limit.key(secret, "cwmtaf", "2001:db8:1:2::1"))
                .isEqualTo(limit.key(secret, "cwmtaf", "2001:db8:1:2:ffff::9"))
                .isNotEqualTo(limit.key(secret, "cwmtaf", "2001:db8:1:3::1"));
    }

    @Test
    void windowsStartOnAWholeMinuteSoNoRowTellsTheSecondAReportCameIn() {
        ReportLimit limit = ReportLimit.RAISED_FROM_ADDRESS;
        Instant received = Instant.parse("2026-11-27T10:17:42.123456Z");
        ReportThrottle throttle = new ReportThrottle(limit.key(secret, "cwmtaf", "192.0.2.7"), received);
        throttle.hit(limit, received);
        assertThat(throttle.windowStart()).isEqualTo(Instant.parse("2026-11-27T10:17:00Z"));
        Instant muchLater = received.plus(limit.window().multipliedBy(3)).plusSeconds(5);
        throttle.hit(limit, muchLater);
        assertThat(throttle.windowStart()).isEqualTo(muchLater.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        assertThat(throttle.count(limit, muchLater)).isEqualTo(1.0);
    }
}

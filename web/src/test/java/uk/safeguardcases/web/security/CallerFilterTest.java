package uk.safeguardcases.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A session ends after twelve hours however busy it was (ASVS V7.3.2), and not a moment before. */
class CallerFilterTest {

    private static final long BEGUN = 1_780_000_000_000L;

    @Test
    void aSessionLastsTwelveHoursAtMost() {
        assertThat(CallerFilter.outlived(BEGUN, BEGUN)).as("just begun").isFalse();
        assertThat(CallerFilter.outlived(BEGUN, BEGUN + Duration.ofHours(12).minusSeconds(1).toMillis()))
                .as("a second short of twelve hours").isFalse();
        assertThat(CallerFilter.outlived(BEGUN, BEGUN + Duration.ofHours(12).toMillis())).as("twelve hours").isTrue();
        assertThat(CallerFilter.outlived(BEGUN, BEGUN + Duration.ofDays(3).toMillis())).as("days later").isTrue();
    }
}

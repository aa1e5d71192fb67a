package uk.safeguardcases.domain.official;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An accredited user of an official account, suspended when their certification expires (CHSCB authorised use 3.1). */
class AccreditedUserTest {

    private static final Instant LISTED = Instant.parse("2026-03-10T15:00:00Z");
    private static final Instant EXPIRED = Instant.parse("2029-03-10T00:00:00Z");

    @Test
    void anExpiredUserIsSuspendedOnceHoweverOftenTheExpiryJobRuns() {
        AccreditedUser user = new AccreditedUser(9L, "chscb.member", "Editor", "chscb.senior", LISTED);
        assertThat(user.suspended()).isFalse();
        assertThat(user.suspend(EXPIRED)).isTrue();
        assertThat(user.suspend(EXPIRED.plusSeconds(30))).isFalse();
        assertThat(user.suspendedAt()).isEqualTo(EXPIRED);
        assertThat(user.suspended()).isTrue();
    }

    @Test
    void aRenewalAuthorisesASuspendedUserAgain() {
        AccreditedUser user = new AccreditedUser(9L, "chscb.member", "Editor", "chscb.senior", LISTED);
        assertThat(user.reinstate()).as("never suspended").isFalse();
        user.suspend(EXPIRED);
        assertThat(user.reinstate()).isTrue();
        assertThat(user.suspended()).isFalse();
        assertThat(user.suspendedAt()).isNull();
    }
}

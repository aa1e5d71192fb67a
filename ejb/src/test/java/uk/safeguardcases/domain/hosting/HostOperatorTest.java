package uk.safeguardcases.domain.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.people.PasswordHashing;
import uk.safeguardcases.domain.people.Totp;

class HostOperatorTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    private static final char[] PASSWORD = "Gwŷr y Gogledd – £5 “cyfrinair”".toCharArray();

    private static HostOperator enrolled(String secret) {
        HostOperator operator = new HostOperator("ceri", "Ceri Ŵyn", "ceri@host.example", "digest", "install", NOW);
        assertThat(operator.enrol(PasswordHashing.hash(PASSWORD), secret, Totp.codeAt(secret, NOW), NOW)).isTrue();
        return operator;
    }

    @Test
    void theEnrolmentLinkOpensForADayAndOnce() {
        HostOperator operator = new HostOperator("ceri", "Ceri", "ceri@host.example", "digest", "install", NOW);
        assertThat(operator.enrolmentOpenAt(NOW.plus(Duration.ofHours(23)))).isTrue();
        assertThat(operator.enrolmentOpenAt(NOW.plus(HostOperator.ENROLMENT_VALID_FOR))).isFalse();
        String secret = Totp.newSecret();
        assertThat(operator.enrol("hash", secret, "000000".equals(Totp.codeAt(secret, NOW)) ? "111111" : "000000", NOW))
                .as("a wrong code enrols nothing").isFalse();
        assertThat(operator.enrolled()).isFalse();
        assertThat(operator.enrol("hash", secret, Totp.codeAt(secret, NOW), NOW)).isTrue();
        assertThat(operator.enrolled()).isTrue();
        assertThat(operator.enrolmentOpenAt(NOW)).as("used up").isFalse();
        assertThatThrownBy(() -> operator.enrol("hash", secret, Totp.codeAt(secret, NOW), NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void signingInNeedsThePasswordAndAFreshCodeAndLocksAfterFiveWrong() {
        String secret = Totp.newSecret();
        HostOperator operator = enrolled(secret);
        Instant later = NOW.plusSeconds(120);
        assertThat(operator.signIn(PASSWORD, Totp.codeAt(secret, later), later))
                .isEqualTo(HostOperator.SignInResult.SIGNED_IN);
        assertThat(operator.lastSignInAt()).isEqualTo(later);
        assertThat(operator.signIn(PASSWORD, Totp.codeAt(secret, later), later)).as("a code is good once")
                .isEqualTo(HostOperator.SignInResult.REFUSED);
        Instant then = later.plusSeconds(60);
        assertThat(operator.signIn("wrong".toCharArray(), Totp.codeAt(secret, then), then))
                .isEqualTo(HostOperator.SignInResult.REFUSED);
        for (int i = 0; i < 2; i++) {
            assertThat(operator.signIn(PASSWORD, "12345x", then)).isEqualTo(HostOperator.SignInResult.REFUSED);
        }
        assertThat(operator.signIn(PASSWORD, "12345x", then)).as("the fifth wrong in a row")
                .isEqualTo(HostOperator.SignInResult.LOCKED);
        assertThat(operator.signIn(PASSWORD, Totp.codeAt(secret, then), then)).as("right, but locked")
                .isEqualTo(HostOperator.SignInResult.LOCKED);
        Instant unlocked = then.plus(HostOperator.LOCKED_FOR).plusSeconds(1);
        assertThat(operator.signIn(PASSWORD, Totp.codeAt(secret, unlocked), unlocked))
                .isEqualTo(HostOperator.SignInResult.SIGNED_IN);
    }

    @Test
    void aDeactivatedOperatorCannotSignIn() {
        String secret = Totp.newSecret();
        HostOperator operator = enrolled(secret);
        operator.deactivate();
        Instant later = NOW.plusSeconds(90);
        assertThat(operator.signIn(PASSWORD, Totp.codeAt(secret, later), later))
                .isEqualTo(HostOperator.SignInResult.REFUSED);
    }
}

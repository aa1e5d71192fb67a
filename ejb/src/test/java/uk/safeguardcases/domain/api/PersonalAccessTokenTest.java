package uk.safeguardcases.domain.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.api.PersonalAccessToken.Scope;

/** A person's token for the API, without a server: at most 90 days, read-only or read and write, revoked once. */
class PersonalAccessTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final String TOKEN = "sgc_pat_AbCdEfGhIjKlMnOpQrStUvWxYz012345";

    @Test
    void aTokenLastsFromAMomentToNinetyDaysAndShowsOnlyItsFirstCharacters() {
        PersonalAccessToken t = PersonalAccessToken.issue(4L, "Nightly export", TOKEN, "sha", Scope.READ, NOW,
                NOW.plus(Duration.ofDays(90)));
        assertThat(t.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(t.tokenPrefix()).isEqualTo("sgc_pat_AbCd");
        assertThat(t.revoked()).isFalse();
        assertThat(PersonalAccessToken.issue(4L, "Short", TOKEN, "sha", Scope.READ, NOW, NOW.plusSeconds(1))
                .expiresAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void aTokenCannotLastLongerThanNinetyDaysNorHaveExpiredAlready() {
        assertThatThrownBy(() -> PersonalAccessToken.issue(4L, "Too long", TOKEN, "sha", Scope.READ, NOW,
                NOW.plus(Duration.ofDays(90)).plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a token lasts at most 90 days");
        assertThatThrownBy(() -> PersonalAccessToken.issue(4L, "Expired", TOKEN, "sha", Scope.READ, NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReadTokenOnlyReadsAndAReadWriteTokenMayDoAnything() {
        assertThat(Scope.READ.allows("GET")).isTrue();
        assertThat(Scope.READ.allows("HEAD")).isTrue();
        assertThat(Scope.READ.allows("OPTIONS")).isTrue();
        assertThat(Scope.READ.allows("POST")).isFalse();
        assertThat(Scope.READ.allows("PUT")).isFalse();
        assertThat(Scope.READ.allows("DELETE")).isFalse();
        assertThat(Scope.READ_WRITE.allows("POST")).isTrue();
        assertThat(Scope.READ_WRITE.allows("DELETE")).isTrue();
    }

    @Test
    void theFirstRevocationStands() {
        PersonalAccessToken t = PersonalAccessToken.issue(4L, "Nightly export", TOKEN, "sha", Scope.READ_WRITE, NOW,
                NOW.plus(Duration.ofDays(30)));
        t.revoke(NOW.plusSeconds(60));
        t.revoke(NOW.plusSeconds(120));
        assertThat(t.revoked()).isTrue();
        assertThat(t.revokedAt()).isEqualTo(NOW.plusSeconds(60));
    }
}

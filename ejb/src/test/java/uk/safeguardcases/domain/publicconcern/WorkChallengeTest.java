package uk.safeguardcases.domain.publicconcern;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkChallengeTest {

    private static final int EASY = 8;
    private final byte[] key = random();
    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    private static byte[] random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void aSolvedChallengeSignedHerePassesWithItsId() {
        String challenge = WorkChallenge.issue(key, now, EASY);
        WorkChallenge.Result result = WorkChallenge.check(key, challenge, WorkChallenge.solve(challenge, EASY),
                now.plusSeconds(5), EASY);
        assertThat(result.passed()).isTrue();
        assertThat(result.challenge().id()).hasSize(32);
        assertThat(result.challenge().expires()).isEqualTo(now.plus(WorkChallenge.LIFETIME));
    }

    @Test
    void aNonceThatDoesNotDoTheWorkIsRefused() {
        String challenge = WorkChallenge.issue(key, now, EASY);
        String nonce = WorkChallenge.solve(challenge, EASY);
        String wrong = "x" + nonce;
        // A wrong nonce may, by chance, do the work as well: find one that does not.
        while (WorkChallenge.check(key, challenge, wrong, now, EASY).passed()) {
            wrong = "x" + wrong;
        }
        assertThat(WorkChallenge.check(key, challenge, wrong, now, EASY).refusal())
                .isEqualTo(WorkChallenge.Refusal.NOT_ENOUGH_WORK);
    }

    @Test
    void anExpiredChallengeIsRefused() {
        String challenge = WorkChallenge.issue(key, now, EASY);
        String nonce = WorkChallenge.solve(challenge, EASY);
        assertThat(WorkChallenge.check(key, challenge, nonce, now.plus(WorkChallenge.LIFETIME), EASY).refusal())
                .isEqualTo(WorkChallenge.Refusal.EXPIRED);
    }

    @Test
    void aChallengeSignedWithAnotherKeyOrChangedIsRefused() {
        String foreign = WorkChallenge.issue(random(), now, EASY);
        assertThat(WorkChallenge.check(key, foreign, WorkChallenge.solve(foreign, EASY), now, EASY).refusal())
                .isEqualTo(WorkChallenge.Refusal.NOT_SIGNED_HERE);
        String challenge = WorkChallenge.issue(key, now, EASY);
        String[] parts = challenge.split("\\.");
        String changed = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertThat(WorkChallenge.check(key, changed, WorkChallenge.solve(changed, EASY), now, EASY).passed()).isFalse();
    }

    @Test
    void aChallengeIssuedEasierThanAskedIsRefused() {
        String easy = WorkChallenge.issue(key, now, 1);
        assertThat(WorkChallenge.check(key, easy, WorkChallenge.solve(easy, 1), now, EASY).refusal())
                .isIn(WorkChallenge.Refusal.TOO_EASY);
    }

    @Test
    void nonsenseIsMalformed() {
        assertThat(WorkChallenge.check(key, "not.a.jwt", "1", now, EASY).refusal())
                .isEqualTo(WorkChallenge.Refusal.MALFORMED);
        assertThat(WorkChallenge.check(key, null, null, now, EASY).refusal())
                .isEqualTo(WorkChallenge.Refusal.MALFORMED);
        assertThat(WorkChallenge.check(key, WorkChallenge.issue(key, now, EASY), "ŵ;drop", now, EASY).refusal())
                .isEqualTo(WorkChallenge.Refusal.MALFORMED);
    }

    @Test
    void leadingZeroBitsAreCountedAcrossBytes() {
        assertThat(WorkChallenge.leadingZeroBits(new byte[] {0, 0, 0x10})).isEqualTo(19);
        assertThat(WorkChallenge.leadingZeroBits(new byte[] {(byte) 0x80})).isZero();
        assertThat(WorkChallenge.leadingZeroBits(new byte[] {0, 1})).isEqualTo(15);
    }

    @Test
    void aBoardsPageAsksForMoreWorkAsItsHourFillsUp() {
        assertThat(WorkChallenge.difficultyFor(0)).isEqualTo(WorkChallenge.DIFFICULTY);
        assertThat(WorkChallenge.difficultyFor(19.9)).isEqualTo(WorkChallenge.DIFFICULTY);
        assertThat(WorkChallenge.difficultyFor(20)).isEqualTo(WorkChallenge.DIFFICULTY + 1);
        assertThat(WorkChallenge.difficultyFor(60)).isEqualTo(WorkChallenge.DIFFICULTY + 3);
        assertThat(WorkChallenge.difficultyFor(99)).isEqualTo(WorkChallenge.DIFFICULTY_MOST);
        assertThat(WorkChallenge.difficultyFor(10_000)).isEqualTo(WorkChallenge.DIFFICULTY_MOST);
    }
}

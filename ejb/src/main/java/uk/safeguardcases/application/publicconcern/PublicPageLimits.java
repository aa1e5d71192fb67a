package uk.safeguardcases.application.publicconcern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.security.ServerKeys;
import uk.safeguardcases.domain.publicconcern.ReportLimit;
import uk.safeguardcases.domain.publicconcern.ReportThrottle;
import uk.safeguardcases.domain.publicconcern.ReportThrottleRepository;
import uk.safeguardcases.domain.publicconcern.WorkChallenge;
import uk.safeguardcases.domain.publicconcern.WorkChallengeRepository;

/**
 * What keeps floods out of the public pages, in the transaction of the step that asks: the limits per address and
 * per board ({@link ReportLimit}, counted in {@link ReportThrottle}s under a keyed hash of the address), and the
 * proof-of-work challenges, each taken once and harder as the board's count for the hour grows. Other public forms
 * (a plug-in's) use the same limits and challenges through the public methods, in their own step's transaction.
 */
@ApplicationScoped
public class PublicPageLimits {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private ReportThrottleRepository throttles;

    @Inject
    private WorkChallengeRepository challenges;

    @Inject
    private ServerKeys serverKeys;

    /** A new challenge, of the usual difficulty. */
    String challenge() {
        return WorkChallenge.issue(key(), Instant.now(clock), WorkChallenge.DIFFICULTY);
    }

    /** A new challenge for a board's page: harder as the board's count for the hour grows. */
    public String challenge(String boardId) {
        Instant now = Instant.now(clock);
        return WorkChallenge.issue(key(), now, difficulty(boardId, now));
    }

    /**
     * The minutes to wait before the address (or the board) may post to the door once more, else 0; counts nothing.
     * The rule is the count's own ({@link ReportThrottle#refusedAt}).
     */
    long minutesToWait(String address, PublicPages.Door door) {
        String board = CallerContext.current().tenantId();
        Instant now = Instant.now(clock);
        Map<ReportLimit, String> keys = new LinkedHashMap<>();
        if (door == PublicPages.Door.RAISE) {
            keys.put(ReportLimit.RAISED_FROM_ADDRESS, ReportLimit.RAISED_FROM_ADDRESS.key(key(), board, address));
            keys.put(ReportLimit.RAISED_ON_BOARD, ReportLimit.RAISED_ON_BOARD.key(board));
        } else {
            keys.put(ReportLimit.FOLLOW_UP_FROM_ADDRESS, ReportLimit.FOLLOW_UP_FROM_ADDRESS.key(key(), board, address));
            keys.put(ReportLimit.WRONG_CODE_FROM_ADDRESS, ReportLimit.WRONG_CODE_FROM_ADDRESS.key(key(), board,
                    address));
        }
        long wait = 0;
        for (Map.Entry<ReportLimit, String> limit : keys.entrySet()) {
            ReportThrottle throttle = throttles.byKey(limit.getValue()).orElse(null);
            if (throttle != null && throttle.refusedAt(limit.getKey(), now)) {
                wait = Math.max(wait, throttle.minutesToWait(limit.getKey(), now));
            }
        }
        return wait;
    }

    /** The work a board's page asks for now (read without a lock: a step either way is harmless). */
    public int difficulty(String boardId, Instant now) {
        ReportThrottle board = throttles.byKey(ReportLimit.RAISED_ON_BOARD.key(boardId)).orElse(null);
        return WorkChallenge.difficultyFor(board == null ? 0 : board.count(ReportLimit.RAISED_ON_BOARD, now));
    }

    /** Counts one concern raised from the address on the caller's board, and one on the board; refused over either. */
    public void countRaised(String address, Instant now) {
        String board = CallerContext.current().tenantId();
        count(ReportLimit.RAISED_FROM_ADDRESS, ReportLimit.RAISED_FROM_ADDRESS.key(key(), board, address), now);
        count(ReportLimit.RAISED_ON_BOARD, ReportLimit.RAISED_ON_BOARD.key(board), now);
    }

    /** Counts one follow-up action (an answer, files added, a link sent again) from the address. */
    void countFollowUp(String address) {
        count(ReportLimit.FOLLOW_UP_FROM_ADDRESS, ReportLimit.FOLLOW_UP_FROM_ADDRESS.key(key(),
                CallerContext.current().tenantId(), address), Instant.now(clock));
    }

    /** The address's count of wrong codes, locked: refused when it is full; the caller counts a wrong one. */
    public ReportThrottle wrongCodes(String address, Instant now) {
        ReportThrottle wrong = locked(ReportLimit.WRONG_CODE_FROM_ADDRESS.key(key(),
                CallerContext.current().tenantId(), address), now);
        if (wrong.refusedAt(ReportLimit.WRONG_CODE_FROM_ADDRESS, now)) {
            throw new LimitReachedException(wrong.minutesToWait(ReportLimit.WRONG_CODE_FROM_ADDRESS, now));
        }
        return wrong;
    }

    /** Takes the challenge, once: refused (as the field {@code challenge}) when not solved, used, or expired. */
    public void takeChallenge(String challenge, String nonce, int difficulty) {
        if (challenge == null || challenge.isBlank() || nonce == null || nonce.isBlank()) {
            throw new InvalidInputException(Map.of("challenge", ReportWords.text("report.challenge.noScript")));
        }
        WorkChallenge.Result checked = WorkChallenge.check(key(), challenge, nonce, Instant.now(clock), difficulty);
        if (!checked.passed()) {
            throw new InvalidInputException(Map.of("challenge", ReportWords.text("report.challenge.refused")));
        }
        Instant now = Instant.now(clock);
        challenges.forgetTakenBefore(now.minus(WorkChallenge.LIFETIME));
        if (challenges.taken(checked.challenge().id())) {
            throw new InvalidInputException(Map.of("challenge", ReportWords.text("report.challenge.refused")));
        }
        challenges.take(checked.challenge().id(), now);
    }

    private void count(ReportLimit limit, String key, Instant now) {
        ReportThrottle throttle = locked(key, now);
        if (throttle.refusedAt(limit, now)) {
            throw new LimitReachedException(throttle.minutesToWait(limit, now));
        }
        throttle.hit(limit, now);
    }

    private ReportThrottle locked(String key, Instant now) {
        return throttles.locked(key).orElseGet(() -> {
            ReportThrottle throttle = new ReportThrottle(key, now);
            throttles.add(throttle);
            return throttle;
        });
    }

    /** The key that signs challenges and keys the counts: the server's, never the database's it protects. */
    private byte[] key() {
        return serverKeys.throttleKey();
    }
}

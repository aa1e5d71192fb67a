package uk.safeguardcases.domain.publicconcern;

import java.time.Instant;
import java.util.Optional;

/**
 * What the public pages keep of their proof-of-work challenges ({@link WorkChallenge}): the ids of those taken (each
 * is taken once), and the key that signs them, kept so that every node of a cluster knows it.
 */
public interface WorkChallengeRepository {

    /** The key, hex-encoded, or empty before the first challenge was ever issued. */
    Optional<String> key();

    void keepKey(String hex);

    /** Forgets the challenges taken before {@code before} (by then they have expired). */
    void forgetTakenBefore(Instant before);

    boolean taken(String challengeId);

    void take(String challengeId, Instant at);
}

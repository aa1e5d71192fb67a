package uk.safeguardcases.domain.publicconcern;

import java.time.Instant;

/**
 * What the public pages keep of their proof-of-work challenges ({@link WorkChallenge}): the ids of those taken (each
 * is taken once). The key that signs them is the server's, not the database's (application/security/ServerKeys).
 */
public interface WorkChallengeRepository {

    /** Forgets the challenges taken before {@code before} (by then they have expired). */
    void forgetTakenBefore(Instant before);

    boolean taken(String challengeId);

    void take(String challengeId, Instant at);
}

package uk.safeguardcases.application.publicconcern;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import uk.safeguardcases.domain.publicconcern.WorkChallengeRepository;

/** The challenges taken, in memory. */
class InMemoryWorkChallengeRepository implements WorkChallengeRepository {

    final Map<String, Instant> taken = new HashMap<>();

    @Override
    public void forgetTakenBefore(Instant before) {
        taken.values().removeIf(at -> at.isBefore(before));
    }

    @Override
    public boolean taken(String challengeId) {
        return taken.containsKey(challengeId);
    }

    @Override
    public void take(String challengeId, Instant at) {
        taken.put(challengeId, at);
    }
}

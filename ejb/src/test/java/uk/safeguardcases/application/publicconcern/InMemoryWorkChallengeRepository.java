package uk.safeguardcases.application.publicconcern;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.domain.publicconcern.WorkChallengeRepository;

/** The challenges taken, and the signing key, in memory. */
class InMemoryWorkChallengeRepository implements WorkChallengeRepository {

    private String key;
    final Map<String, Instant> taken = new HashMap<>();

    @Override
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    @Override
    public void keepKey(String hex) {
        if (key != null) {
            throw new IllegalStateException("The key is made once");
        }
        key = hex;
    }

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

package uk.safeguardcases.domain.api;

import java.util.Optional;

/** The intake requests sent with an idempotency key, so that a retry finds the case its first attempt raised. */
public interface IntakeRequestRepository {

    Optional<IntakeRequest> byIdempotencyKey(String key);

    /** Stores the request now, so that a second request with its key, once let in, finds it. */
    void add(IntakeRequest request);
}

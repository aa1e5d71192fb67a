package uk.safeguardcases.application.api;

import java.io.Serializable;
import java.time.Instant;

/** An API key as the admin page lists it: never the key itself, only its first characters. */
public record ApiKeyView(long id, String name, String keyPrefix, Instant createdAt, String createdBy,
        Instant revokedAt, String revokedBy, Instant lastUsedAt) implements Serializable {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}

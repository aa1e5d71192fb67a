package uk.safeguardcases.application.administration;

import java.io.Serializable;
import java.time.Instant;

/** A person refused at the door after too many failed sign-ins, until {@code lockedUntil}. */
public record LockedAccount(long personId, String username, String displayName, Instant lockedUntil)
        implements Serializable {
}

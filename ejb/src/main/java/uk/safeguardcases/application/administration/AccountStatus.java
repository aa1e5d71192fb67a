package uk.safeguardcases.application.administration;

import java.io.Serializable;
import java.time.Instant;

/**
 * One person's account as the board administrator's accounts page shows it: whether they can sign in, since when a
 * second factor is in use (null for none), until when they are locked out (null if not), and whether a new password
 * is required of them.
 */
public record AccountStatus(long personId, String username, String displayName, boolean active,
        Instant secondFactorSince, Instant lockedUntil, boolean mustChangePassword) implements Serializable {

    public boolean locked() {
        return lockedUntil != null && Instant.now().isBefore(lockedUntil);
    }

    public boolean hasSecondFactor() {
        return secondFactorSince != null;
    }
}

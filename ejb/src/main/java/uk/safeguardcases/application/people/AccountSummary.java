package uk.safeguardcases.application.people;

import java.io.Serializable;
import java.time.Instant;

/**
 * A person's own account as their account page shows it: when the password was last set, since when a second factor
 * is in use (null for none), whether the board requires one, and how many browsers skip the code.
 */
public record AccountSummary(String username, String displayName, String email, Instant passwordChangedAt,
        Instant secondFactorSince, boolean secondFactorRequired, long rememberedDevices) implements Serializable {

    public boolean hasSecondFactor() {
        return secondFactorSince != null;
    }
}

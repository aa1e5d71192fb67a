package uk.safeguardcases.application.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * The last check of the board's audit chain, as the administrator's page and the API show it; {@code checked} is
 * false (and the rest empty) when the chain has not been checked yet.
 */
public record ChainCheckView(boolean checked, Instant checkedAt, String checkedBy, boolean intact,
        long entriesChecked, Long firstBrokenSequence, String problem) implements Serializable {

    static ChainCheckView never() {
        return new ChainCheckView(false, null, null, false, 0, null, null);
    }
}

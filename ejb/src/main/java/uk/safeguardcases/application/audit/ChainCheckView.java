package uk.safeguardcases.application.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * The last check of the board's audit chain, as the administrator's page and the API show it; {@code checked} is
 * false (and the rest empty) when the chain has not been checked yet. {@code fromSequence} is the first entry the
 * check read (1: the whole chain; more: it went on from the checkpoint before it) and {@code wholeCheckedAt} when the
 * whole chain was last walked and found intact (null if never).
 */
public record ChainCheckView(boolean checked, Instant checkedAt, String checkedBy, boolean intact,
        long entriesChecked, Long firstBrokenSequence, String problem, long fromSequence, Instant wholeCheckedAt)
        implements Serializable {

    public static ChainCheckView never() {
        return new ChainCheckView(false, null, null, false, 0, null, null, 1, null);
    }

    /** Whether the check walked the whole chain from its first entry. */
    public boolean whole() {
        return fromSequence <= 1;
    }
}

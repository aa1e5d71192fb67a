package uk.safeguardcases.application.trustedtime;

import java.io.Serializable;
import java.time.Instant;

/**
 * One kept chain-head token compared with the chain as it is now.
 *
 * @param id the kept token's id (for its download)
 * @param sequenceNo the entry it fixed
 * @param stampedAt the time the authority signed
 * @param authority who signed
 * @param verdict what the comparison found
 * @param brokenAt where the chain as it is now breaks, when that is at or before this entry, else null
 */
public record ChainHeadCheck(long id, long sequenceNo, Instant stampedAt, String authority, Verdict verdict,
        Long brokenAt) implements Serializable {

    /** What comparing a kept token with the chain found. */
    public enum Verdict {
        /** The entry hashes now to what the authority signed, and the chain up to it holds. */
        MATCHES,
        /** The entry, or the chain before it, is no longer what the authority signed: rewritten in the database. */
        TAMPERED,
        /** The entry the token fixed is no longer in the chain. */
        ENTRY_MISSING,
        /** The kept token itself no longer verifies (its bytes changed). */
        TOKEN_INVALID
    }

    public boolean holds() {
        return verdict == Verdict.MATCHES;
    }
}

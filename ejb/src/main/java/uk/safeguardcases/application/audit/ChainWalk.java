package uk.safeguardcases.application.audit;

/**
 * A walk along a board's audit chain: where it started, what it found and, when intact, the last entry it verified
 * and that entry's hash (0 and the genesis hash for an empty chain), where a later walk may go on from.
 */
public record ChainWalk(long fromSequence, ChainVerification verification, Long verifiedToSequence,
        String verifiedToHash) {

    static ChainWalk broken(long fromSequence, ChainVerification verification) {
        return new ChainWalk(fromSequence, verification, null, null);
    }
}

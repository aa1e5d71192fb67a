package uk.safeguardcases.application.audit;

/**
 * The result of checking a board's audit chain.
 *
 * @param firstBrokenSequence the sequence number of the first entry that does not match, or null when intact
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSequence, String problem)
        implements java.io.Serializable {

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification brokenAt(long checked, long sequence, String problem) {
        return new ChainVerification(false, checked, sequence, problem);
    }
}

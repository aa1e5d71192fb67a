package uk.safeguardcases.domain.trustedtime;

import java.util.List;
import java.util.Optional;

/** The board's kept timestamps: of its evidence and of its chain's heads. Another board's are never found. */
public interface TrustedTimeRecords {

    void add(EvidenceTimestamp stamp);

    Optional<EvidenceTimestamp> ofEvidence(long evidenceId);

    /** The timestamps of the case's evidence, by the evidence's id. */
    List<EvidenceTimestamp> ofCase(long caseId);

    /** At most {@code max} of the board's evidence timestamps still without a token, those asked for first first. */
    List<EvidenceTimestamp> waiting(int max);

    /** How many of the board's evidence timestamps are still without a token. */
    long countWaiting();

    /** Removes the timestamps of evidence no longer kept (its case removed under retention); answers how many. */
    int removeOfRemovedEvidence();

    void add(ChainHeadTimestamp stamp);

    Optional<ChainHeadTimestamp> chainHead(long id);

    /** The board's kept chain-head timestamps, the latest first, at most {@code max}. */
    List<ChainHeadTimestamp> chainHeads(int max);

    /** The board's latest kept chain-head timestamp. */
    Optional<ChainHeadTimestamp> latestChainHead();
}

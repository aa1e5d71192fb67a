package uk.safeguardcases.domain.audit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The board's timeline as stored: its entries and the head of its chain. Entries are written by the chain at commit,
 * never here; another board's are never found.
 */
public interface TimelineRepository {

    /** The case's entries, in order. */
    List<TimelineEntry> ofCase(long caseId);

    /** The case's entries that the HR partner may see, in order. */
    List<TimelineEntry> sharedWithHr(long caseId);

    /** The latest entries about the board rather than a case, newest first. */
    List<TimelineEntry> aboutTheBoard(int max);

    /** The entries of these cases recording one of {@code actions} (by label), newest first. */
    List<TimelineEntry> ofCasesRecording(Collection<Long> caseIds, Collection<String> actions);

    /** The board's chain head, locked until the transaction ends; empty if the board has no chain. */
    Optional<TimelineHead> headLocked(String board);

    /** The board's chain head as stored now (read again if this transaction read it before); null if none. */
    TimelineHead headAsStored(String board);

    /** Reads the head again as stored now. */
    void readAgain(TimelineHead head);

    /** The last sequence number the board's chain head records, if the board has a chain. */
    Optional<Long> lastSequence(String board);

    /** The entry numbered {@code sequence}, as stored and no longer managed. */
    Optional<TimelineEntry> entry(long sequence);

    /** At most {@code max} entries numbered after {@code after} up to {@code last}, in order, no longer managed. */
    List<TimelineEntry> entriesBetween(long after, long last, int max);

    /** The highest sequence number of any entry written (null if none). */
    Long lastWritten();

    /** The board's latest check of its chain. */
    Optional<ChainCheck> lastCheck();

    /** The board's latest check that walked the whole chain and found it intact. */
    Optional<ChainCheck> lastIntactWholeCheck();

    void add(ChainCheck check);
}

package uk.safeguardcases.domain.audit;

import java.util.List;
import java.util.Optional;

/** The record of who read what: each reader's chain of reads and its head; another board's are never found. */
public interface ReadRepository {

    /** The reader's head, locked until the transaction ends; empty before their first read. */
    Optional<ReadHead> headLocked(ReadHead.Key key);

    /** Stores a reader's new head now, so that a second one made at once fails here. */
    void add(ReadHead head);

    void add(ReadRecord record);

    /** What was read of the case, newest first, at most {@code most}. */
    List<ReadRecord> ofCase(long caseId, int most);

    /** What the reader read, newest first, at most {@code most}. */
    List<ReadRecord> ofReader(String reader, int most);

    /** Every record of the board, reader by reader, each in the order of their chain. */
    List<ReadRecord> chains();
}

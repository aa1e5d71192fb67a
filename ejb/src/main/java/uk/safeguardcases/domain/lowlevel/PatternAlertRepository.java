package uk.safeguardcases.domain.lowlevel;

import java.util.List;
import java.util.Optional;

/** The board's pattern alerts; another board's are never found. */
public interface PatternAlertRepository {

    void add(PatternAlert alert);

    /** The last alert about the member. */
    Optional<PatternAlert> latestAbout(long personId);

    /** Every alert about the member. */
    List<PatternAlert> about(long personId);

    /** The member's alerts, the first given first. */
    List<PatternAlert> aboutOldestFirst(long personId);

    /** The alerts about the member that no review has settled yet. */
    List<PatternAlert> openAbout(long personId);

    /** The alerts no review has settled yet, the newest first, at most {@code most}. */
    List<PatternAlert> openNewestFirst(int most);

    List<PatternAlert> all();

    /** Removes an alert this transaction has loaded (it no longer stands). */
    void remove(PatternAlert alert);

    /** Deletes the alert by its id, answering whether this call deleted it (as a concern's). */
    boolean delete(long id);

    /** Sends the database what the transaction has changed so far. */
    void writeNow();
}

package uk.safeguardcases.domain.lowlevel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The board's low-level concerns; another board's are never found. */
public interface LowLevelConcernRepository {

    /** Stores a new concern (its id is known once the transaction writes it, {@link #writeNow}). */
    void add(LowLevelConcern concern);

    Optional<LowLevelConcern> byId(long id);

    /** The concerns of one member ({@code personId}), or of all when null, newest first, at most {@code most}. */
    List<LowLevelConcern> newestFirst(Long personId, int most);

    /** The member's concerns, the day it happened first, then as recorded. */
    List<LowLevelConcern> ofPersonOldestFirst(long personId);

    /** The concerns that happened on or before {@code day}. */
    List<LowLevelConcern> occurredOnOrBefore(LocalDate day);

    /**
     * Deletes the concern by its id, answering whether this call deleted it: two purges at once each find it, one
     * deletes it and the other finds it gone.
     */
    boolean delete(long id);

    /** Sends the database what the transaction has changed so far (as its commit would, before it ends). */
    void writeNow();
}

package uk.safeguardcases.domain.search;

import java.util.List;
import java.util.Optional;

/** The board's searches about children, their logs and the board's rule; another board's are never found. */
public interface ChildSearchRepository {

    Optional<ChildSearch> byReference(String reference);

    Optional<ChildSearch> byId(long id);

    /** The board's searches, newest first. */
    List<ChildSearch> all();

    int highestNumber(String prefix, int year);

    /** Stores the search now: its id is known on return. */
    void add(ChildSearch search);

    /** The closed or refused searches kept until {@code today} or earlier. */
    List<ChildSearch> dueForRemoval(java.time.LocalDate today);

    /** Removes the search and its log (retention). */
    void remove(ChildSearch search);

    /** The search's log, in the order searched. */
    List<SearchLogEntry> logOf(long searchId);

    void add(SearchLogEntry entry);

    /** How many searches the search's log holds. */
    int countLog(long searchId);

    Optional<ChildSearchRule> rule();

    /** The board's rule, or allowed with authorisation as LSCB §3 when it has set none. */
    default ChildSearchRule ruleInForce() {
        return rule().orElseGet(ChildSearchRule::standard);
    }

    void add(ChildSearchRule rule);
}

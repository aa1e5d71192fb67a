package uk.safeguardcases.domain.cases;

import java.util.List;
import java.util.Optional;

/**
 * The board's cases. Every lookup is of the caller's board (and, for an HR partner or a member, of the cases they may
 * see: {@code AccessScope}); another board's case is not there, exactly like one that does not exist.
 */
public interface CaseRepository {

    Optional<SafeguardingCase> byReference(String reference);

    /** By id (from the board's own process or records); another board's case is not found. */
    Optional<SafeguardingCase> byId(long id);

    /** The cases about a member (by their account). */
    List<SafeguardingCase> about(long personId);

    /** The cases about someone without an account, by the name they were raised under (any case of letters). */
    List<SafeguardingCase> aboutNamed(String subjectName);

    void add(SafeguardingCase safeguardingCase);
}

package uk.safeguardcases.domain.clause;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The caller's board's policy clauses, every version of each, and how often allegations cite them. */
public interface ClauseRepository {

    /** Every clause, those in force first, in the policy's order, each reference's versions in turn. */
    List<PolicyClause> all();

    /** The clauses in force (not retired), in the policy's order. */
    List<PolicyClause> inForce();

    /** The latest version in force of the clause with this reference. */
    Optional<PolicyClause> inForce(String reference);

    /** The ids of the clauses in force with this reference. */
    List<Long> idsInForce(String reference);

    /** The clause with this id if it is in force (not retired). */
    Optional<PolicyClause> inForceById(long id);

    /** By id (one loaded before costs nothing); another board's clause is not found. */
    Optional<PolicyClause> byId(long id);

    /** The highest place in the policy's order (null for none). */
    Integer lastSortOrder();

    /** The highest version number of the reference (null for none). */
    Integer lastVersion(String reference);

    /** How many allegations cite the clause. */
    long citations(long clauseId);

    /** How many allegations cite each clause cited at all, by clause id. */
    Map<Long, Long> citations();

    void add(PolicyClause clause);

    /**
     * Stores a clause's new version: what changed before it (the version it replaces, retired or removed) is written
     * first, so the two are never in force together.
     */
    void addVersion(PolicyClause next);

    void remove(PolicyClause clause);
}

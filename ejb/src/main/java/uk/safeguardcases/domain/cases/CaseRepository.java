package uk.safeguardcases.domain.cases;

import java.util.List;
import java.util.Optional;

/**
 * The board's cases. Every lookup is of the caller's board (and, for an HR partner or a member, of the cases they may
 * see: {@code AccessScope}); another board's case is not there, exactly like one that does not exist.
 */
public interface CaseRepository {

    Optional<SafeguardingCase> byReference(String reference);

    /**
     * As {@link #byReference}, for reading only: a case this request has already found to read is not looked up
     * again. Never for changing a case: what is read may be as the request first found it, and may not be managed.
     */
    Optional<SafeguardingCase> toRead(String reference);

    /** By id (from the board's own process or records); another board's case is not found. */
    Optional<SafeguardingCase> byId(long id);

    /** The cases about a member (by their account). */
    List<SafeguardingCase> about(long personId);

    /** The cases about someone without an account, by the name they were raised under (any case of letters). */
    List<SafeguardingCase> aboutNamed(String subjectName);

    /** An id for a new case, never given before (from the cases' id sequence, on every node alike). */
    long nextId();

    /**
     * A new case, not yet stored, that this transaction is opening: {@link #byId} finds it from now to the end of the
     * transaction (its process's first step records itself on it before it is stored), so that it is stored once,
     * complete, rather than inserted and then updated.
     */
    void opening(SafeguardingCase safeguardingCase);

    /**
     * The ids of the closed cases, not removed and not on hold, whose retention ended by {@code today} and whose
     * cooling-off (if any) is over, after {@code after} in id order, the first {@code most}.
     */
    List<Long> dueForRemoval(java.time.LocalDate today, long after, int most);

    /** The self-reports the member raised about themselves, newest first, at most {@code most}. */
    List<SafeguardingCase> selfReportsOf(Long personId, String username, int most);

    /** The board's latest cases, newest first, at most {@code most}. */
    List<SafeguardingCase> latest(int most);

    /** The cases referred to the organisation, newest first, at most {@code most}. */
    List<SafeguardingCase> referredTo(Long organisationId, int most);

    /** The references of the board's cases on legal hold, in order. */
    List<String> referencesOnHold();

    /** Whether the board has a case with this reference. */
    boolean referenceExists(String reference);

    /** Whether the case with this reference is about a member with an account. */
    boolean aboutAMember(String reference);

    /** Sends the database what the transaction has changed so far (as its commit would, before it ends). */
    void writeNow();

    /** Stores a new case: one insert, made now. */
    void add(SafeguardingCase safeguardingCase);

    /** Whether an allegation against a clause was recorded on the case: without one there is nothing to find on. */
    boolean hasAllegation(long caseId);

    /** The board's closed cases whose false or malicious finding waits for a second senior manager, oldest first. */
    List<SafeguardingCase> awaitingSecondSenior();
}

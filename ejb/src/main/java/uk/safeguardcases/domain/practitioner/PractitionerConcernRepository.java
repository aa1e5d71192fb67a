package uk.safeguardcases.domain.practitioner;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The board's practitioner concerns, one per case at most; another board's are never found. */
public interface PractitionerConcernRepository {

    Optional<PractitionerConcern> ofCase(long caseId);

    /**
     * The ids of the board's cases about a member of a partner organisation, raised since {@code since} and not
     * removed, whose designated person is neither recorded as told nor already found late.
     */
    List<Long> casesAwaitingDesignatedPerson(Instant since);

    /**
     * Those of {@code caseIds} that are open cases about a member of a partner organisation, not removed, whose
     * designated person is not recorded as told (late or not): their deadline still runs.
     */
    List<Awaiting> awaitingDesignatedPerson(Collection<Long> caseIds);

    /** As {@link #awaitingDesignatedPerson(Collection)}, for the board's cases raised since {@code since}. */
    List<Awaiting> awaitingDesignatedPersonSince(Instant since);

    /** A case whose designated person is still to be told. */
    record Awaiting(long caseId, String reference, String subjectName, Instant raisedAt) {
    }

    void add(PractitionerConcern concern);

    /** Removes the records of the board's cases that were removed under retention; answers how many went. */
    int removeOfRemovedCases();
}

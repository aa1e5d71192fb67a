package uk.safeguardcases.domain.practitioner;

import java.time.Instant;
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

    void add(PractitionerConcern concern);

    /** Removes the records of the board's cases that were removed under retention; answers how many went. */
    int removeOfRemovedCases();
}

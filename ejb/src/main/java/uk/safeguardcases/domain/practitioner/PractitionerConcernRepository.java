package uk.safeguardcases.domain.practitioner;

import java.util.Optional;

/** The board's practitioner concerns, one per case at most; another board's are never found. */
public interface PractitionerConcernRepository {

    Optional<PractitionerConcern> ofCase(long caseId);

    void add(PractitionerConcern concern);

    /** Removes the records of the board's cases that were removed under retention; answers how many went. */
    int removeOfRemovedCases();
}

package uk.safeguardcases.domain.access;

import java.util.List;
import java.util.Optional;

/** The board's subject access requests; another board's are never found. */
public interface SubjectAccessRequestRepository {

    Optional<SubjectAccessRequest> byReference(String reference);

    /** By id (from the board's own process); another board's request is not found. */
    Optional<SubjectAccessRequest> byId(long id);

    /** The board's requests, unanswered first (soonest due first), then answered (latest first). */
    List<SubjectAccessRequest> all();

    /** The highest number given to a request of the board in {@code year} (0 for none). */
    int highestNumber(String prefix, int year);

    void add(SubjectAccessRequest request);
}

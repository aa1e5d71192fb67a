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

    /** Stores the request now: its id is known on return. */
    void add(SubjectAccessRequest request);

    /** The answer kept for the request, unless erased. */
    Optional<SubjectAccessAnswer> answerTo(long requestId);

    void add(SubjectAccessAnswer answer);

    /** The references of the board's requests answered before {@code before} and not erased yet, in order. */
    List<String> answeredBefore(String board, java.time.Instant before);

    /**
     * Erases the answer to the board's request and the request's personal details, noting when ({@code at});
     * answers 1, or 0 if it was erased already.
     */
    int erase(String board, String reference, java.time.Instant at);

    /** The searches made for the request, in the order they were made. */
    List<SubjectAccessSearch> searchesFor(long requestId);

    void add(SubjectAccessSearch search);

    /** The board's rule on the paused clock, when it has set one. */
    Optional<SubjectAccessRule> rule(String board);

    void add(SubjectAccessRule rule);
}

package uk.safeguardcases.domain.lowlevel;

import java.util.List;

/** The board's reviews of its register; another board's are never found. */
public interface RegisterReviewRepository {

    void add(RegisterReview review);

    /** The reviews, the newest first, at most {@code most}. */
    List<RegisterReview> newestFirst(int most);

    /** The reviews of the member's own entry, the first made first. */
    List<RegisterReview> ofPersonOldestFirst(long personId);

    List<RegisterReview> all();

    /** Deletes the review by its id, answering whether this call deleted it (as a concern's). */
    boolean delete(long id);
}

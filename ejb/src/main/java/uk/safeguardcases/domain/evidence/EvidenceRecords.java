package uk.safeguardcases.domain.evidence;

import java.util.List;

/** What the case page reads of a case's evidence, every piece of it at once. */
public interface EvidenceRecords {

    /** The case's evidence, in the order it was captured (its number in the case). */
    List<Evidence> ofCase(long caseId);

    /** The reviews of the case's evidence that a reporter supplied. */
    List<EvidenceReview> reviewsOnCase(long caseId);

    /** The ids of the case's evidence the board chose to show the member. */
    List<Long> shownToMemberOnCase(long caseId);
}

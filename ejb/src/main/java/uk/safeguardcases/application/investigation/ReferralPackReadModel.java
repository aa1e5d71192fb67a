package uk.safeguardcases.application.investigation;

import java.util.List;
import java.util.Map;
import uk.safeguardcases.domain.evidence.Evidence;
import uk.safeguardcases.domain.evidence.EvidenceReview;

/** The evidence a referral pack may show (implemented beside the persistence). */
public interface ReferralPackReadModel {

    /** The case's evidence, in the order numbered. */
    List<Evidence> evidenceOf(long caseId);

    /** The officers' reviews of the case's evidence, by evidence id. */
    Map<Long, EvidenceReview> reviewsOf(long caseId);
}

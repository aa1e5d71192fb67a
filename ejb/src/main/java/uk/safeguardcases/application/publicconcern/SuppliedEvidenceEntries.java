package uk.safeguardcases.application.publicconcern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.domain.evidence.EvidenceRecorded;
import uk.safeguardcases.domain.evidence.EvidenceSource;
import uk.safeguardcases.domain.evidence.SuppliedEvidenceReviewed;
import uk.safeguardcases.domain.publicconcern.PublicConcernAction;

/**
 * What a reporter sent, as the case's timeline records it: the page's own entries, so a member's subject access
 * answer leaves them out with the rest of what narrows down who reported. Written in the transaction that recorded
 * or reviewed the evidence, where the product's entry for its own evidence is written.
 */
@ApplicationScoped
public class SuppliedEvidenceEntries {

    @Inject
    private TimelineService timeline;

    public void recorded(@Observes EvidenceRecorded recorded) {
        if (recorded.evidence().suppliedBy() == EvidenceSource.REPORTER) {
            timeline.record(recorded.caseId(), PublicConcernAction.EVIDENCE_SUPPLIED, recorded.entry());
        }
    }

    public void reviewed(@Observes SuppliedEvidenceReviewed reviewed) {
        if (reviewed.evidence().suppliedBy() == EvidenceSource.REPORTER) {
            timeline.record(reviewed.caseId(), PublicConcernAction.SUPPLIED_EVIDENCE_REVIEWED, reviewed.entry());
        }
    }
}

package uk.safeguardcases.application.publicconcern;

import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.SafeguardingCase;

/** The evidence of a unit test: what a reporter supplied, kept with the case and who supplied it. */
class SuppliedEvidence extends EvidenceService {

    private final InMemoryReportedCases cases;

    SuppliedEvidence(InMemoryReportedCases cases) {
        this.cases = cases;
    }

    @Override
    public EvidenceView supplyFromReporter(String reference, EvidenceInput input) {
        SafeguardingCase to = cases.byReference(reference).orElseThrow();
        if (to.status() == CaseStatus.CLOSED) {
            throw new InvalidInputException(Map.of("file", "This case is closed: no more evidence can be added."));
        }
        cases.evidence.add(new InMemoryReportedCases.Given(to.id(), CallerContext.current().username(), input));
        return null;
    }
}

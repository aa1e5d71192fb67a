package uk.safeguardcases.application.publicconcern;

import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.SafeguardingCase;

/** The case lookup of a unit test: the caller's board's cases in {@link InMemoryReportedCases}. */
class ReadCases extends CaseLookup {

    private final InMemoryReportedCases cases;

    ReadCases(InMemoryReportedCases cases) {
        this.cases = cases;
    }

    @Override
    public SafeguardingCase toRead(String reference) {
        return cases.byReference(reference).orElseThrow(() -> new NotFoundException("No case " + reference));
    }
}

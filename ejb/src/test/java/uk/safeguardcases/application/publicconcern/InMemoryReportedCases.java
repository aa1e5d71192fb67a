package uk.safeguardcases.application.publicconcern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.evidence.Evidence;

/** The cases the pages raised and the evidence given them, in memory, each board seeing its own. */
class InMemoryReportedCases implements ReportedCases {

    /** One piece of evidence as given: by whom, and the file's size (0 for a web address). */
    record Given(long caseId, String by, EvidenceInput input) {
    }

    private final Map<Long, SafeguardingCase> cases = new LinkedHashMap<>();
    final List<Given> evidence = new ArrayList<>();

    void add(SafeguardingCase raised, String board) {
        Wiring.set(raised, "tenantId", board);
        cases.put(raised.id(), raised);
    }

    Optional<SafeguardingCase> byReference(String reference) {
        return cases.values().stream().filter(c -> c.tenantId().equals(CallerContext.current().tenantId()))
                .filter(c -> c.reference().equals(reference)).findFirst();
    }

    @Override
    public Optional<SafeguardingCase> byId(long caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    @Override
    public Optional<Long> idOf(String reference) {
        return byReference(reference).map(SafeguardingCase::id);
    }

    @Override
    public long evidenceCount(long caseId) {
        return evidence.stream().filter(e -> e.caseId() == caseId).count();
    }

    @Override
    public FilesKept filesFrom(long caseId, String reporter) {
        List<Given> files = evidence.stream().filter(e -> e.caseId() == caseId && e.by().equals(reporter)
                && e.input().fileContent() != null).toList();
        return new FilesKept(files.size(), files.stream().mapToLong(e -> e.input().fileContent().length).sum());
    }

    @Override
    public List<Evidence> evidenceFrom(long caseId, String reporter) {
        throw new UnsupportedOperationException("The subject access answer is not tested here");
    }
}

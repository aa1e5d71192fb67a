package uk.safeguardcases.application.publicconcern;

import java.time.Clock;
import java.time.Instant;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

/**
 * The cases of a unit test: a concern raised is a case awaiting triage, kept in {@link InMemoryReportedCases}, with
 * the next reference of its board; who raised it is kept as the case keeps it.
 */
class RaisedCases extends CaseService {

    private final InMemoryReportedCases cases;
    private final InMemoryReportingBoards boards;
    private final Clock clock;
    private long lastId;

    RaisedCases(InMemoryReportedCases cases, InMemoryReportingBoards boards, Clock clock) {
        this.cases = cases;
        this.boards = boards;
        this.clock = clock;
    }

    @Override
    public CaseSummary raiseConcern(NewConcern concern) {
        Caller caller = CallerContext.current();
        ParentOrganisation at = boards.organisation(concern.organisationId()).orElseThrow();
        long id = ++lastId;
        String reference = caller.tenantId().toUpperCase() + "-2026-" + String.format("%04d", id);
        SafeguardingCase raised = SafeguardingCase.raise(id, reference, concern.subjectName(), at, concern.source(),
                concern.summary(), caller.username(), Instant.now(clock));
        cases.add(raised, caller.tenantId());
        return new CaseSummary(id, reference, concern.subjectName(), at.name(), concern.source().name(),
                raised.status().name(), raised.raisedAt(), caller.username(), concern.source(), raised.status(), false);
    }
}

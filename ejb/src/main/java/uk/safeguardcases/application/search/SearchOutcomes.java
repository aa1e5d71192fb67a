package uk.safeguardcases.application.search;

import static uk.safeguardcases.application.search.SearchSteps.check;
import static uk.safeguardcases.application.search.SearchSteps.text;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.search.ChildSearch;
import uk.safeguardcases.domain.search.ChildSearchOutcome;
import uk.safeguardcases.domain.search.ChildSearchProcess;
import uk.safeguardcases.domain.search.ChildSearchRepository;
import uk.safeguardcases.domain.search.ChildSearchStatus;
import uk.safeguardcases.domain.search.SearchAction;

/** LSCB §3: "the process and its outcomes logged": what came of a search, once its window has ended. */
@Stateless
public class SearchOutcomes {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private ChildSearchRepository searches;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    /**
     * The outcome, once the window has ended: no concern, or a referral to children's social care, the police, CEOP
     * or the LADO (their reference recorded); closed with a summary.
     */
    public void recordOutcome(String reference, ChildSearchOutcome outcome, String theirReference, String summary) {
        Caller caller = CallerContext.require(Role.OFFICER);
        ChildSearch search = SearchSteps.find(searches, reference);
        if (search.status() != ChildSearchStatus.AWAITING_OUTCOME) {
            throw new TaskAlreadyDoneException(SearchWords.text("search.outcome.notYet", search.reference()));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (outcome == null) {
            problems.put("outcome", SearchWords.text("search.outcome.missing"));
        }
        String theirs = text(problems, "outcomeReference", theirReference, 100,
                outcome != null && outcome.referral() ? SearchWords.text("search.outcomeReference.missing") : null);
        String said = text(problems, "outcomeSummary", summary, 4000, SearchWords.text("search.summary.missing"));
        check(problems);
        SearchSteps.complete(processes, search, ChildSearchProcess.OUTCOME, caller.username(),
                Map.of(ChildSearchProcess.OUTCOME_VARIABLE, outcome.name()));
        search.close(outcome, theirs.isEmpty() ? null : theirs, said, caller.username(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        timeline.record(null, SearchAction.CHILD_SEARCH_CLOSED, search.reference() + ": closed by "
                + caller.displayName() + ", outcome " + outcome.name()
                + (theirs.isEmpty() ? "" : " (their reference " + theirs + ")") + ".");
    }
}

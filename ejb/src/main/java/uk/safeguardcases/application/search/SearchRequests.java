package uk.safeguardcases.application.search;

import static uk.safeguardcases.application.search.SearchSteps.check;
import static uk.safeguardcases.application.search.SearchSteps.labels;
import static uk.safeguardcases.application.search.SearchSteps.text;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.cases.SeriesReferences;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.search.ChildSearch;
import uk.safeguardcases.domain.search.ChildSearchProcess;
import uk.safeguardcases.domain.search.ChildSearchRepository;
import uk.safeguardcases.domain.search.ChildSearchRule;
import uk.safeguardcases.domain.search.SearchAction;

/**
 * An officer asks for a search about a child (LSCB §3: "there must be a justifiable concern"), the child identified
 * minimally, declaring open methods only ("You must not attempt to guess passwords or apply any other subterfuge");
 * the search's process starts, its authorisation waiting for a senior. Refused where the board's rule prohibits
 * searching.
 */
@Stateless
public class SearchRequests {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private SeriesReferences references;

    @Inject
    private ChildSearchReferences series;

    @Inject
    private ChildSearchRepository searches;

    @Inject
    private BoardRepository boards;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    /**
     * An officer asks for a search about a child on a justifiable concern (LSCB §3); answers its reference. Refused,
     * quoting the clause, where the board's rule prohibits searching.
     */
    public String request(ChildSearchRequestDetails input) {
        Caller caller = CallerContext.require(Role.OFFICER);
        ChildSearchRule rule = searches.ruleInForce();
        if (rule.prohibits()) {
            throw new SearchProhibitedException(rule.clauseReference() == null
                    ? SearchWords.text("search.prohibited", rule.clauseText())
                    : SearchWords.text("search.prohibitedByClause", rule.clauseReference(), rule.clauseText()));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String child = text(problems, "childReference", input.childReference(), 60,
                SearchWords.text("search.childReference.missing"));
        String caseNumber = text(problems, "agencyCaseNumber", input.agencyCaseNumber(), 60,
                SearchWords.text("search.agencyCaseNumber.missing"));
        int thisYear = LocalDate.now(clock.withZone(WorkingCalendar.UK)).getYear();
        if (input.childBirthYear() == null) {
            problems.put("childBirthYear", SearchWords.text("search.childBirthYear.missing"));
        } else if (!ChildSearch.possibleBirthYear(input.childBirthYear(), thisYear)) {
            problems.put("childBirthYear", SearchWords.text("search.childBirthYear.invalid"));
        }
        String concern = text(problems, "concern", input.concern(), 4000, SearchWords.text("search.concern.missing"));
        if (input.platforms() == null || input.platforms().isEmpty()) {
            problems.put("platforms", SearchWords.text("search.platforms.missing"));
        }
        String lookedAt = text(problems, "lookedAt", input.lookedAt(), 2000,
                SearchWords.text("search.lookedAt.missing"));
        if (!input.openMethodsDeclared()) {
            problems.put("openMethodsDeclared", SearchWords.text("search.openMethods.undeclared"));
        }
        check(problems);
        Board board = boards.current();
        // Two requests made at once queue here for the board's next number (held until commit).
        boards.lock(board);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String reference = references.next(board.id(), board.referencePrefix(), series, thisYear);
        ChildSearch search = new ChildSearch(reference, child, caseNumber, input.childBirthYear(), concern,
                input.platforms(), lookedAt, true, caller.username(), now, rule.keepUntilAge());
        searches.add(search);
        search.startedAs(processes.start(ChildSearchProcess.KEY, reference, Map.of(
                ChildSearchProcess.SEARCH_ID, search.id(),
                ChildSearchProcess.REQUESTED_BY, caller.username())));
        // The timeline outlives the search (retention): it names the search, never the child.
        timeline.record(null, SearchAction.CHILD_SEARCH_REQUESTED, reference + ": a search about a child on "
                + labels(search.platforms()) + " requested by " + caller.displayName()
                + ", declaring open methods only.");
        return reference;
    }
}

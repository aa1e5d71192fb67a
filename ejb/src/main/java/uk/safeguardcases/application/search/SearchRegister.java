package uk.safeguardcases.application.search;

import static uk.safeguardcases.application.search.SearchSteps.labels;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.safeguardcases.application.reports.OutgoingDocuments;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.search.ChildSearch;
import uk.safeguardcases.domain.search.ChildSearchRepository;
import uk.safeguardcases.domain.search.SearchAction;
import uk.safeguardcases.domain.search.SearchLogEntry;

/**
 * The register of the board's searches about children, for its officers and senior managers and for inspection:
 * every authorisation and its use, each search's log, exported as CSV and PDF (each export audited).
 */
@Stateless
public class SearchRegister {

    /** What the issued documents call a search's log, and the register, as PDFs. */
    public static final String LOG_ISSUED_AS = "CHILD_SEARCH_LOG";
    public static final String REGISTER_ISSUED_AS = "CHILD_SEARCH_REGISTER";

    @Inject
    private OutgoingDocuments outgoing;

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private ChildSearchRepository searches;

    @Inject
    private PersonRepository people;

    @Inject
    private BoardRepository boards;

    @Inject
    private TimelineService timeline;

    @Inject
    private SearchDocuments documents;

    /** One search of the board; another board's is not found. */
    public ChildSearchView search(String reference) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        return views(List.of(SearchSteps.find(searches, reference)), caller).get(0);
    }

    /** The register: the board's searches, newest first, filtered; every authorisation and its use. */
    public List<ChildSearchView> register(RegisterFilter filter) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        RegisterFilter f = filter == null ? RegisterFilter.all() : filter;
        return views(searches.all().stream().filter(f::shows).toList(), caller);
    }

    /** The search's log, in the order searched. */
    public List<SearchLogView> log(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        ChildSearch search = SearchSteps.find(searches, reference);
        List<SearchLogEntry> entries = searches.logOf(search.id());
        Map<String, String> names = people.displayNames(entries.stream().map(SearchLogEntry::loggedBy).distinct()
                .toList());
        List<SearchLogView> views = new ArrayList<>();
        for (SearchLogEntry e : entries) {
            views.add(new SearchLogView(views.size() + 1, e.searchedAt(), e.platform(), e.searchedFor(), e.method(),
                    e.found(), e.capturedText(), e.fileName(), e.sha256(),
                    names.getOrDefault(e.loggedBy(), e.loggedBy()), e.loggedAt()));
        }
        return views;
    }

    /**
     * The register as the page filtered it, for its CSV export (written in the page's words by the web layer, with
     * {@link uk.safeguardcases.application.CsvCells}); each export is audited.
     */
    public List<ChildSearchView> registerForExport(RegisterFilter filter) {
        List<ChildSearchView> rows = register(filter);
        timeline.record(null, SearchAction.CHILD_SEARCH_REGISTER_EXPORTED, "The search register ("
                + PlainFormat.count(rows.size(), "search", "searches") + ") exported as CSV by "
                + CallerContext.current().displayName() + ".");
        return rows;
    }

    /** The register as a PDF, for inspection. */
    public byte[] registerPdf(RegisterFilter filter) {
        List<ChildSearchView> rows = register(filter);
        timeline.record(null, SearchAction.CHILD_SEARCH_REGISTER_EXPORTED, "The search register ("
                + PlainFormat.count(rows.size(), "search", "searches") + ") exported as PDF by "
                + CallerContext.current().displayName() + ".");
        return outgoing.issue(REGISTER_ISSUED_AS, null, documents.register(boards.current().name(),
                filter == null ? RegisterFilter.all() : filter, rows, Instant.now(clock)));
    }

    /** One search with its authorisation, its log and its outcome, as a PDF. */
    public byte[] logPdf(String reference) {
        ChildSearchView search = search(reference);
        List<SearchLogView> log = log(reference);
        timeline.record(null, SearchAction.CHILD_SEARCH_REGISTER_EXPORTED, search.reference()
                + ": its log exported as PDF by " + CallerContext.current().displayName() + ".");
        return outgoing.issue(LOG_ISSUED_AS, search.reference(), documents.searchLog(boards.current().name(), search,
                log, Instant.now(clock)));
    }

    private List<ChildSearchView> views(List<ChildSearch> found, Caller caller) {
        Collection<String> usernames = found.stream().flatMap(s -> Stream.of(s.requestedBy(), s.decidedBy(),
                s.closedBy())).filter(u -> u != null).distinct().toList();
        Map<String, String> names = people.displayNames(usernames);
        Instant now = Instant.now(clock);
        return found.stream().map(s -> new ChildSearchView(s.reference(), s.childReference(), s.agencyCaseNumber(),
                s.childBirthYear(), s.concern(), labels(s.platforms()), s.lookedAt(), s.openMethodsDeclared(),
                names.getOrDefault(s.requestedBy(), s.requestedBy()), s.requestedAt(), s.status(),
                s.decidedBy() == null ? null : names.getOrDefault(s.decidedBy(), s.decidedBy()), s.decidedAt(),
                s.decisionReason(), s.authorisedPlatforms().isEmpty() ? null : labels(s.authorisedPlatforms()),
                s.authorisedScope(), s.authorisedUntil(), s.windowEndedAt(), s.windowExpired(), s.outcome(),
                s.outcomeReference(), s.outcomeSummary(),
                s.closedBy() == null ? null : names.getOrDefault(s.closedBy(), s.closedBy()), s.closedAt(),
                s.keepUntil(), searches.countLog(s.id()),
                caller.has(Role.SENIOR) && s.awaitingAuthorisation() && s.decidableBy(caller.username()),
                caller.has(Role.OFFICER) && s.windowOpenAt(now))).toList();
    }
}

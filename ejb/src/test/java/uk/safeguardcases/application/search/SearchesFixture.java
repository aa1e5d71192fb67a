package uk.safeguardcases.application.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.application.InMemoryBoards;
import uk.safeguardcases.application.InMemoryPeople;
import uk.safeguardcases.application.MovingClock;
import uk.safeguardcases.application.RecordedProcesses;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.administration.InMemoryClauseRepository;
import uk.safeguardcases.application.audit.RecordedTimeline;
import uk.safeguardcases.application.cases.NextInSeries;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.Role;

/**
 * The child searches' services wired as the container wires them, over searches, clauses, people and boards kept in
 * memory, a process port and documents that record what they were asked, at a time the test moves on: the LSCB
 * (which allows searching with authorisation) with its officers, senior managers and administrator, and City &amp;
 * Hackney beside it.
 */
class SearchesFixture {

    static final Instant NOW = Instant.parse("2026-03-02T10:15:00Z");
    static final String CONCERN = "A justifiable concern: grooming indicators reported by Cerys’s school, "
            + "“an older man from Ystradgynlais” in her comments";

    /** A document the register was asked for: which, for which board, and the searches it held. */
    record Printed(String what, String boardName, List<ChildSearchView> searches, List<SearchLogView> log) {
    }

    final MovingClock clock = new MovingClock(NOW);
    final InMemoryPeople people = new InMemoryPeople();
    final InMemoryBoards boards = new InMemoryBoards();
    final InMemoryClauseRepository clauses = new InMemoryClauseRepository();
    final InMemoryChildSearches stored = new InMemoryChildSearches();
    final RecordedProcesses processes = new RecordedProcesses();
    final RecordedTimeline timeline = new RecordedTimeline();
    final List<Printed> printed = new ArrayList<>();

    final SearchRules rules;
    final SearchRequests requests;
    final SearchAuthorisations authorisations;
    final SearchLogging logging;
    final SearchOutcomes outcomes;
    final SearchRegister register;
    final SearchRemoval removal;

    final Caller officer;
    final Caller otherOfficer;
    final Caller senior;
    final Caller otherSenior;
    final Caller admin;
    final Caller theirOfficer;
    final Caller theirSenior;

    SearchesFixture() {
        boards.add("lscb", "Local Safeguarding Children Board", null, "LSCB", "Online Safeguarding Policy", null);
        boards.add("chscb", "City & Hackney Safeguarding Children Partnership", null, "CHSCB", "Social Media Policy",
                null);
        officer = caller(people.add("lscb", "lscb.officer", "Ceri Jones", null, Role.OFFICER));
        otherOfficer = caller(people.add("lscb", "lscb.officer2", "Dafydd Owen", null, Role.OFFICER));
        senior = caller(people.add("lscb", "lscb.senior", "Gwenllian Morgan", null, Role.SENIOR));
        otherSenior = caller(people.add("lscb", "lscb.senior2", "Rhodri Price", null, Role.SENIOR, Role.OFFICER));
        admin = caller(people.add("lscb", "lscb.admin", "Rhiannon Prys", null, Role.ADMIN));
        theirOfficer = caller(people.add("chscb", "chscb.officer", "Olivia Okafor", null, Role.OFFICER));
        theirSenior = caller(people.add("chscb", "chscb.senior", "Tunde Bello", null, Role.SENIOR));
        clauses.storedFor("lscb", new PolicyClause("3(a)", "Searching about a child",
                "If SM systems are searched to collect information on specific children, there must be a"
                        + " justifiable concern.", 1, 1));

        SearchDocuments documents = new SearchDocuments() {
            @Override
            public byte[] register(String boardName, RegisterFilter filter, List<ChildSearchView> searches,
                    Instant printedAt) {
                printed.add(new Printed("register", boardName, searches, List.of()));
                return new byte[] {'%', 'P', 'D', 'F'};
            }

            @Override
            public byte[] searchLog(String boardName, ChildSearchView search, List<SearchLogView> log,
                    Instant printedAt) {
                printed.add(new Printed("log", boardName, List.of(search), log));
                return new byte[] {'%', 'P', 'D', 'F'};
            }
        };
        ChildSearchReferences series = Wiring.wire(new ChildSearchReferences(), stored);
        rules = Wiring.wire(new SearchRules(), clock, clauses, stored, people, timeline);
        requests = Wiring.wire(new SearchRequests(), clock, new NextInSeries(), series, stored, boards, processes,
                timeline);
        authorisations = Wiring.wire(new SearchAuthorisations(), clock, stored, processes, timeline);
        logging = Wiring.wire(new SearchLogging(), clock, stored, processes, timeline);
        outcomes = Wiring.wire(new SearchOutcomes(), clock, stored, processes, timeline);
        // No seal here: a document leaves as laid out (the signing plug-in has its own tests).
        uk.safeguardcases.application.reports.OutgoingDocuments asLaidOut =
                new uk.safeguardcases.application.reports.OutgoingDocuments() {
                    @Override
                    public byte[] issue(String kind, String reference, byte[] pdf) {
                        return pdf;
                    }
                };
        register = Wiring.wire(new SearchRegister(), clock, stored, people, boards, timeline, documents, asLaidOut);
        removal = Wiring.wire(new SearchRemoval(), stored, processes, timeline);
    }

    static Caller caller(Person person) {
        return new Caller(person.username(), person.displayName(), person.tenantId(), person.roles(),
                person.organisationId());
    }

    /** A search the officer asks for on {@code platforms}, as the page sends it; its reference. */
    String ask(Caller by, Platform... platforms) {
        return CallerContext.runAs(by, () -> requests.request(details(platforms)));
    }

    static ChildSearchRequestDetails details(Platform... platforms) {
        return new ChildSearchRequestDetails("CHILD-0042", "BHCC/2026/118", 2011, CONCERN,
                EnumSet.copyOf(List.of(platforms)), "Her public profile, posts and comments", true);
    }

    /** A search the officer asked for and the senior authorised on {@code platforms} for {@code days}. */
    String authorised(int days, Platform... platforms) {
        String reference = ask(officer, Platform.X_TWITTER, Platform.INSTAGRAM, Platform.TIKTOK);
        CallerContext.runAs(senior, () -> authorisations.authorise(reference, "Grooming indicators",
                Set.of(platforms), "Her public posts and comments only", days));
        return reference;
    }

    /** One search as the officer logs it, on {@code platform}, with the text they captured. */
    static SearchLogDetails logged(Platform platform, String captured) {
        return new SearchLogDetails(null, platform, "Public profile @cerys_2011",
                "Searched by name, signed out, as any member of the public", "A post arranging a meeting",
                captured, null, null);
    }

    void pass(Duration time) {
        clock.moveBy(time);
    }
}

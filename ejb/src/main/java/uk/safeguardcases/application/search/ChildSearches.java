package uk.safeguardcases.application.search;

import java.time.Clock;
import jakarta.ejb.Stateless;
import uk.safeguardcases.application.PlainFormat;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.cases.SeriesReferences;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.clause.ClauseRepository;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.search.ChildSearch;
import uk.safeguardcases.domain.search.ChildSearchOutcome;
import uk.safeguardcases.domain.search.ChildSearchProcess;
import uk.safeguardcases.domain.search.ChildSearchRepository;
import uk.safeguardcases.domain.search.ChildSearchRule;
import uk.safeguardcases.domain.search.ChildSearchStatus;
import uk.safeguardcases.domain.search.SearchLogEntry;
import uk.safeguardcases.domain.search.SearchRuleKind;

/**
 * Authorised searches about a child (LSCB joint online safeguarding subgroup, section 3) and the board's rule on them.
 * "If SM systems are searched to collect information on specific children, there must be a justifiable concern. The
 * activity must be authorised by a member of staff of appropriate seniority and the process and its outcomes logged."
 * "Any online searches must be done using open methods available legally to any member of the public. You must not
 * attempt to guess passwords or apply any other subterfuge to gain access to information." A board whose rule
 * prohibits searching (Cwm Taf: "Not to gather information about service users from social networking / online
 * sources") never opens one. Everything is the caller's board's only.
 */
@Stateless
public class ChildSearches {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    /** The longest a board may let a senior authorise a search window for. */
    static final int MAX_WINDOW_DAYS = 28;
    private static final int EARLIEST_BIRTH_YEAR = 1990;

    @Inject
    private ClauseRepository clauses;

    @Inject
    private SeriesReferences references;

    @Inject
    private ChildSearchReferences series;

    @Inject
    private ChildSearchRepository searches;

    @Inject
    private PersonRepository people;

    @Inject
    private BoardRepository boards;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    @Inject
    private SearchDocuments documents;

    /** The board's rule on searching: its own, or allowed with authorisation (LSCB §3) when it has set none. */
    public SearchRuleView rule() {
        CallerContext.require(Role.OFFICER, Role.SENIOR, Role.ADMIN);
        ChildSearchRule r = currentRule();
        return new SearchRuleView(r.rule(), r.prohibits(), r.clauseReference(), r.clauseText(), r.windowDays(),
                r.keepUntilAge(), nameOf(r.setBy()), r.setAt());
    }

    /**
     * The board administrator sets the board's rule, quoting a clause of the board's catalogue (by its reference) or
     * free text; the longest window a senior may authorise; and until which birthday a child's search is kept.
     */
    public void setRule(SearchRuleKind rule, String clauseReference, String clauseText, int windowDays,
            int keepUntilAge) {
        Caller caller = CallerContext.require(Role.ADMIN);
        Map<String, String> problems = new LinkedHashMap<>();
        if (rule == null) {
            problems.put("rule", SearchWords.text("search.rule.missing"));
        }
        String reference = clauseReference == null ? "" : clauseReference.strip();
        String quoted = text(problems, "clauseText", clauseText, 2000, null);
        if (!reference.isEmpty()) {
            PolicyClause clause = clauses.inForce(reference).orElse(null);
            if (clause == null) {
                problems.put("clauseReference", SearchWords.text("search.rule.clauseUnknown", reference));
            } else if (quoted.isEmpty()) {
                quoted = clause.text();
            }
        }
        if (quoted.isEmpty()) {
            problems.put("clauseText", SearchWords.text("search.rule.clauseMissing"));
        }
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
            problems.put("windowDays", SearchWords.text("search.rule.windowDays", MAX_WINDOW_DAYS));
        }
        if (keepUntilAge < 18 || keepUntilAge > 100) {
            problems.put("keepUntilAge", SearchWords.text("search.rule.keepUntilAge"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String ref = reference.isEmpty() ? null : reference;
        String clause = quoted;
        searches.rule().ifPresentOrElse(
                r -> r.change(rule, ref, clause, windowDays, keepUntilAge, caller.username(), now),
                () -> searches.add(new ChildSearchRule(rule, ref, clause, windowDays, keepUntilAge,
                        caller.username(), now)));
        timeline.record(null, AuditAction.CHILD_SEARCH_RULE_SET, "Searches about a child: "
                + (rule == SearchRuleKind.PROHIBITED ? "prohibited" : "allowed with authorisation")
                + (ref == null ? "" : ", clause " + ref) + ": “" + quoted + "”; windows of up to " + windowDays
                + " days; kept until the child's " + keepUntilAge + "th birthday. Set by " + caller.displayName()
                + ".");
    }

    /**
     * An officer asks for a search about a child on a justifiable concern (LSCB §3); answers its reference. Refused,
     * quoting the clause, where the board's rule prohibits searching.
     */
    public String request(ChildSearchRequestDetails input) {
        Caller caller = CallerContext.require(Role.OFFICER);
        ChildSearchRule rule = currentRule();
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
        } else if (input.childBirthYear() < EARLIEST_BIRTH_YEAR || input.childBirthYear() > thisYear) {
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
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
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
        timeline.record(null, AuditAction.CHILD_SEARCH_REQUESTED, reference + ": a search about a child on "
                + labels(search.platforms()) + " requested by " + caller.displayName()
                + ", declaring open methods only.");
        return reference;
    }

    /**
     * A senior who is not the requester authorises the search (LSCB §3), limited in time ({@code days}, at most the
     * board's window) and scope (the platforms named, a subset of those asked for, and what may be looked at).
     */
    public void authorise(String reference, String reason, Set<Platform> platforms, String scope, int days) {
        Caller caller = CallerContext.require(Role.SENIOR);
        ChildSearch search = decidable(reference, caller);
        ChildSearchRule rule = currentRule();
        Map<String, String> problems = new LinkedHashMap<>();
        String why = text(problems, "decisionReason", reason, 2000,
                SearchWords.text("search.authorisation.reasonMissing"));
        String limits = text(problems, "authorisedScope", scope, 2000, SearchWords.text("search.scope.missing"));
        if (platforms == null || platforms.isEmpty()) {
            problems.put("authorisedPlatforms", SearchWords.text("search.platforms.missing"));
        } else if (!search.platforms().containsAll(platforms)) {
            problems.put("authorisedPlatforms", SearchWords.text("search.platforms.notAsked"));
        }
        if (days < 1 || days > rule.windowDays()) {
            problems.put("days", SearchWords.text("search.days.invalid", rule.windowDays()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Instant until = now.plus(days, ChronoUnit.DAYS);
        search.authorise(caller.username(), now, why, platforms, limits, until);
        complete(search, ChildSearchProcess.AUTHORISE, caller, Map.of(ChildSearchProcess.DECISION, "AUTHORISED",
                ChildSearchProcess.AUTHORISED_UNTIL, Date.from(until)));
        timeline.record(null, AuditAction.CHILD_SEARCH_AUTHORISED, search.reference() + ": authorised by "
                + caller.displayName() + " on " + labels(search.authorisedPlatforms()) + " until " + PlainFormat.when(Locale.ENGLISH, until) + ".");
    }

    /** A senior who is not the requester refuses the search, with the reason. */
    public void refuse(String reference, String reason) {
        Caller caller = CallerContext.require(Role.SENIOR);
        ChildSearch search = decidable(reference, caller);
        Map<String, String> problems = new LinkedHashMap<>();
        String why = text(problems, "decisionReason", reason, 2000, SearchWords.text("search.refusal.reasonMissing"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        search.refuse(caller.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS), why);
        complete(search, ChildSearchProcess.AUTHORISE, caller, Map.of(ChildSearchProcess.DECISION, "REFUSED"));
        timeline.record(null, AuditAction.CHILD_SEARCH_REFUSED, search.reference() + ": refused by "
                + caller.displayName() + ".");
    }

    /**
     * The officer logs one search (LSCB §3: open methods only, "the process and its outcomes logged"). Refused when
     * the authorisation has expired or ended, or the platform is not one authorised. The evidence captured is fixed
     * by its SHA-256 as the investigation's is: the file's bytes, else the text.
     */
    public int logSearch(String reference, SearchLogDetails input) {
        Caller caller = CallerContext.require(Role.OFFICER);
        ChildSearch search = find(reference);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (search.status() == ChildSearchStatus.AWAITING_AUTHORISATION) {
            throw new OutsideAuthorisationException(SearchWords.text("search.notAuthorised", search.reference()));
        }
        if (search.status() == ChildSearchStatus.REFUSED) {
            throw new OutsideAuthorisationException(SearchWords.text("search.refused", search.reference()));
        }
        if (!search.windowOpenAt(now)) {
            throw new OutsideAuthorisationException(search.windowExpired()
                    || (search.authorisedUntil() != null && !now.isBefore(search.authorisedUntil()))
                    ? SearchWords.text("search.expired", search.reference(), Texts.when(CallerContext.language(),
                            search.authorisedUntil()))
                    : SearchWords.text("search.windowEnded", search.reference()));
        }
        if (input.platform() != null && !search.authorisedOn(input.platform())) {
            throw new OutsideAuthorisationException(SearchWords.text("search.platformNotAuthorised",
                    input.platform().label(), search.reference(), labels(search.authorisedPlatforms())));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (input.platform() == null) {
            problems.put("platform", SearchWords.text("search.platform.missing"));
        }
        Instant searchedAt = input.searchedAt() == null ? now : input.searchedAt().truncatedTo(ChronoUnit.MICROS);
        if (searchedAt.isAfter(now.plusSeconds(60))) {
            problems.put("searchedAt", Texts.text("input.date.future"));
        } else if (search.decidedAt() != null && searchedAt.isBefore(search.decidedAt())) {
            problems.put("searchedAt", SearchWords.text("search.searchedAt.beforeAuthorisation"));
        }
        String searchedFor = text(problems, "searchedFor", input.searchedFor(), 2000,
                SearchWords.text("search.searchedFor.missing"));
        String method = text(problems, "method", input.method(), 1000, SearchWords.text("search.method.missing"));
        String found = text(problems, "found", input.found(), 4000, SearchWords.text("search.found.missing"));
        String captured = input.capturedText() == null || input.capturedText().isBlank() ? null : input.capturedText();
        if (captured != null && captured.length() > 20000) {
            problems.put("capturedText", Texts.text("input.tooLong", 20000));
        }
        byte[] file = input.fileContent() == null || input.fileContent().length == 0 ? null : input.fileContent();
        String fileName = file == null ? null : text(problems, "fileName", input.fileName(), 255,
                SearchWords.text("search.fileName.missing"));
        if (file != null && SearchLogEntry.fileTooLarge(file.length)) {
            problems.put("file", SearchWords.text("search.file.tooLarge",
                    SearchLogEntry.MAX_FILE_BYTES / (1024 * 1024)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String sha256 = file == null && captured == null ? null : ContentHash.ofEvidence(file, captured, null, null);
        searches.add(new SearchLogEntry(search.id(), searchedAt, input.platform(), searchedFor, method, found,
                captured, fileName, file, sha256, caller.username(), now));
        int number = searches.countLog(search.id());
        timeline.record(null, AuditAction.CHILD_SEARCH_LOGGED, search.reference() + ": search " + number + " on "
                + input.platform().label() + " logged by " + caller.displayName()
                + (sha256 == null ? "" : "; evidence SHA-256 " + sha256) + ".");
        return number;
    }

    /** The officer has finished searching: the window ends before its time, and the outcome is next. */
    public void finishSearching(String reference) {
        Caller caller = CallerContext.require(Role.OFFICER);
        ChildSearch search = find(reference);
        if (search.status() != ChildSearchStatus.AUTHORISED) {
            throw new TaskAlreadyDoneException(Texts.text("task.noLongerOpen", search.reference()));
        }
        complete(search, ChildSearchProcess.SEARCH, caller, Map.of());
        search.endWindow(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), false);
        timeline.record(null, AuditAction.CHILD_SEARCH_WINDOW_ENDED, search.reference()
                + ": searching finished by " + caller.displayName() + ".");
    }

    /** From the process, as the board's system: the authorisation expired, so the search window ends. Idempotent. */
    public void authorisationExpired(long searchId) {
        searches.byId(searchId).ifPresent(search -> {
            if (search.endWindow(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), true)) {
                timeline.record(null, AuditAction.CHILD_SEARCH_WINDOW_ENDED, search.reference()
                        + ": the authorisation expired; no further search may be logged.");
            }
        });
    }

    /**
     * The outcome, once the window has ended: no concern, or a referral to children's social care, the police, CEOP
     * or the LADO (their reference recorded); closed with a summary.
     */
    public void recordOutcome(String reference, ChildSearchOutcome outcome, String theirReference, String summary) {
        Caller caller = CallerContext.require(Role.OFFICER);
        ChildSearch search = find(reference);
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
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        complete(search, ChildSearchProcess.OUTCOME, caller, Map.of(ChildSearchProcess.OUTCOME_VARIABLE,
                outcome.name()));
        search.close(outcome, theirs.isEmpty() ? null : theirs, said, caller.username(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        timeline.record(null, AuditAction.CHILD_SEARCH_CLOSED, search.reference() + ": closed by "
                + caller.displayName() + ", outcome " + outcome.name()
                + (theirs.isEmpty() ? "" : " (their reference " + theirs + ")") + ".");
    }

    /** One search of the board; another board's is not found. */
    public ChildSearchView search(String reference) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        return views(List.of(find(reference)), caller).get(0);
    }

    /** The register: the board's searches, newest first, filtered; every authorisation and its use. */
    public List<ChildSearchView> register(RegisterFilter filter) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        RegisterFilter f = filter == null ? RegisterFilter.all() : filter;
        List<ChildSearch> found = searches.all().stream()
                .filter(s -> f.status() == null || s.status() == f.status())
                .filter(s -> f.platform() == null || s.platforms().contains(f.platform()))
                .filter(s -> f.from() == null || !day(s.requestedAt()).isBefore(f.from()))
                .filter(s -> f.to() == null || !day(s.requestedAt()).isAfter(f.to()))
                .toList();
        return views(found, caller);
    }

    /** The search's log, in the order searched. */
    public List<SearchLogView> log(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        ChildSearch search = find(reference);
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
        timeline.record(null, AuditAction.CHILD_SEARCH_REGISTER_EXPORTED, "The search register ("
                + PlainFormat.count(rows.size(), "search", "searches") + ") exported as CSV by "
                + CallerContext.current().displayName() + ".");
        return rows;
    }

    /** The register as a PDF, for inspection. */
    public byte[] registerPdf(RegisterFilter filter) {
        List<ChildSearchView> rows = register(filter);
        timeline.record(null, AuditAction.CHILD_SEARCH_REGISTER_EXPORTED, "The search register ("
                + PlainFormat.count(rows.size(), "search", "searches") + ") exported as PDF by " + CallerContext.current().displayName() + ".");
        return documents.register(boards.current().name(), filter == null ? RegisterFilter.all() : filter, rows,
                Instant.now(clock));
    }

    /** One search with its authorisation, its log and its outcome, as a PDF. */
    public byte[] logPdf(String reference) {
        ChildSearchView search = search(reference);
        List<SearchLogView> log = log(reference);
        timeline.record(null, AuditAction.CHILD_SEARCH_REGISTER_EXPORTED, search.reference()
                + ": its log exported as PDF by " + CallerContext.current().displayName() + ".");
        return documents.searchLog(boards.current().name(), search, log, Instant.now(clock));
    }

    /**
     * Retention carried out (from the nightly purge, as the board's system): the board's closed or refused searches
     * whose "keep until" date (the child's 25th birthday, or the board's age) has passed are removed with their log
     * and the engine's history of them; the timeline keeps that each existed (it never names the child). Answers how
     * many were removed.
     */
    public int removeDue(LocalDate today) {
        int removed = 0;
        for (ChildSearch search : searches.dueForRemoval(today)) {
            searches.remove(search);
            processes.forget(search.reference());
            timeline.record(null, AuditAction.CHILD_SEARCH_REMOVED, search.reference()
                    + ": removed with its log, kept until " + PlainFormat.day(Locale.ENGLISH, search.keepUntil()) + ".");
            removed++;
        }
        return removed;
    }

    private ChildSearchRule currentRule() {
        return searches.rule().orElseGet(ChildSearchRule::standard);
    }

    private ChildSearch find(String reference) {
        return searches.byReference(reference).orElseThrow(() -> new NotFoundException(
                SearchWords.text("search.notFound", reference == null ? "" : reference.strip())));
    }

    private ChildSearch decidable(String reference, Caller caller) {
        ChildSearch search = find(reference);
        if (!search.decidableBy(caller.username())) {
            throw new AccessRefusedException(SearchWords.text("search.ownRequest"));
        }
        if (search.status() != ChildSearchStatus.AWAITING_AUTHORISATION) {
            throw new TaskAlreadyDoneException(Texts.text("task.noLongerOpen", search.reference()));
        }
        return search;
    }

    private void complete(ChildSearch search, String task, Caller caller, Map<String, Object> variables) {
        try {
            processes.complete(search.processInstanceId(), task, caller.username(), variables);
        } catch (StepUnavailableException e) {
            throw new TaskAlreadyDoneException(Texts.text("task.noLongerOpen", search.reference()));
        }
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
                caller.has(Role.SENIOR) && s.status() == ChildSearchStatus.AWAITING_AUTHORISATION
                        && s.decidableBy(caller.username()),
                caller.has(Role.OFFICER) && s.windowOpenAt(now))).toList();
    }

    private String nameOf(String username) {
        return people.displayNames(List.of(username)).getOrDefault(username, username);
    }

    private static String labels(Set<Platform> platforms) {
        return EnumSet.copyOf(platforms.isEmpty() ? EnumSet.noneOf(Platform.class) : platforms).stream()
                .map(Platform::label).collect(Collectors.joining(", "));
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(WorkingCalendar.UK).toLocalDate();
    }

    private static String text(Map<String, String> problems, String field, String value, int max, String whenMissing) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (whenMissing != null) {
                problems.put(field, whenMissing);
            }
        } else if (trimmed.length() > max) {
            problems.put(field, Texts.text("input.tooLong", max));
        }
        return trimmed;
    }
}

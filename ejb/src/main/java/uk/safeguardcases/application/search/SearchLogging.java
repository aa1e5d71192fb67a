package uk.safeguardcases.application.search;

import static uk.safeguardcases.application.search.SearchSteps.check;
import static uk.safeguardcases.application.search.SearchSteps.labels;
import static uk.safeguardcases.application.search.SearchSteps.text;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.search.ChildSearch;
import uk.safeguardcases.domain.search.ChildSearchProcess;
import uk.safeguardcases.domain.search.ChildSearchRepository;
import uk.safeguardcases.domain.search.ChildSearchStatus;
import uk.safeguardcases.domain.search.OutsideAuthorisation;
import uk.safeguardcases.domain.search.SearchAction;
import uk.safeguardcases.domain.search.SearchLogEntry;

/**
 * Searching within the authorisation (LSCB §3: open methods only, "the process and its outcomes logged"): the officer
 * logs each search while the window is open, on a platform authorised ({@link ChildSearch#outsideAuthorisation}), and
 * ends the window when they have finished; the process ends it when the authorisation runs out.
 */
@Stateless
public class SearchLogging {

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
     * The officer logs one search (LSCB §3: open methods only, "the process and its outcomes logged"). Refused when
     * the authorisation has expired or ended, or the platform is not one authorised. The evidence captured is fixed
     * by its SHA-256 as the investigation's is: the file's bytes, else the text. Answers its number in the log.
     */
    public int logSearch(String reference, SearchLogDetails input) {
        Caller caller = CallerContext.require(Role.OFFICER);
        ChildSearch search = SearchSteps.find(searches, reference);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        search.outsideAuthorisation(input.platform(), now).ifPresent(outside -> {
            throw new OutsideAuthorisationException(refusal(search, outside, input));
        });
        Map<String, String> problems = new LinkedHashMap<>();
        if (input.platform() == null) {
            problems.put("platform", SearchWords.text("search.platform.missing"));
        }
        Instant searchedAt = input.searchedAt() == null ? now : input.searchedAt().truncatedTo(ChronoUnit.MICROS);
        if (searchedAt.isAfter(now.plusSeconds(60))) {
            problems.put("searchedAt", Texts.text("input.date.future"));
        } else if (search.searchedBeforeAuthorisation(searchedAt)) {
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
        check(problems);
        String sha256 = file == null && captured == null ? null : ContentHash.ofEvidence(file, captured, null, null);
        searches.add(new SearchLogEntry(search.id(), searchedAt, input.platform(), searchedFor, method, found,
                captured, fileName, file, sha256, caller.username(), now));
        int number = searches.countLog(search.id());
        timeline.record(null, SearchAction.CHILD_SEARCH_LOGGED, search.reference() + ": search " + number + " on "
                + input.platform().label() + " logged by " + caller.displayName()
                + (sha256 == null ? "" : "; evidence SHA-256 " + sha256) + ".");
        return number;
    }

    /** Why the search may not be logged, in the caller's words. */
    private static String refusal(ChildSearch search, OutsideAuthorisation outside, SearchLogDetails input) {
        return switch (outside) {
            case NOT_YET_AUTHORISED -> SearchWords.text("search.notAuthorised", search.reference());
            case REFUSED -> SearchWords.text("search.refused", search.reference());
            case EXPIRED -> SearchWords.text("search.expired", search.reference(),
                    Texts.when(CallerContext.language(), search.authorisedUntil()));
            case ENDED -> SearchWords.text("search.windowEnded", search.reference());
            case PLATFORM -> SearchWords.text("search.platformNotAuthorised", input.platform().label(),
                    search.reference(), labels(search.authorisedPlatforms()));
        };
    }

    /** The officer has finished searching: the window ends before its time, and the outcome is next. */
    public void finishSearching(String reference) {
        Caller caller = CallerContext.require(Role.OFFICER);
        ChildSearch search = SearchSteps.find(searches, reference);
        if (search.status() != ChildSearchStatus.AUTHORISED) {
            throw new TaskAlreadyDoneException(Texts.text("task.noLongerOpen", search.reference()));
        }
        SearchSteps.complete(processes, search, ChildSearchProcess.SEARCH, caller.username(), Map.of());
        search.endWindow(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), false);
        timeline.record(null, SearchAction.CHILD_SEARCH_WINDOW_ENDED, search.reference()
                + ": searching finished by " + caller.displayName() + ".");
    }

    /** From the process, as the board's system: the authorisation expired, so the search window ends. Idempotent. */
    public void authorisationExpired(long searchId) {
        searches.byId(searchId).ifPresent(search -> {
            if (search.endWindow(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), true)) {
                timeline.record(null, SearchAction.CHILD_SEARCH_WINDOW_ENDED, search.reference()
                        + ": the authorisation expired; no further search may be logged.");
            }
        });
    }
}

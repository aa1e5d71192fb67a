package uk.safeguardcases.application.search;

import static uk.safeguardcases.application.search.SearchSteps.check;
import static uk.safeguardcases.application.search.SearchSteps.labels;
import static uk.safeguardcases.application.search.SearchSteps.text;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.search.ChildSearch;
import uk.safeguardcases.domain.search.ChildSearchProcess;
import uk.safeguardcases.domain.search.ChildSearchRepository;
import uk.safeguardcases.domain.search.ChildSearchRule;
import uk.safeguardcases.domain.search.SearchAction;

/**
 * LSCB §3: "The activity must be authorised by a member of staff of appropriate seniority." A senior manager who did
 * not ask (four eyes, {@link ChildSearch#decidableBy}) authorises a search, limited in time and scope, or refuses it.
 */
@Stateless
public class SearchAuthorisations {

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
     * A senior who is not the requester authorises the search (LSCB §3), limited in time ({@code days}, at most the
     * board's window) and scope (the platforms named, a subset of those asked for, and what may be looked at).
     */
    public void authorise(String reference, String reason, Set<Platform> platforms, String scope, int days) {
        Caller caller = CallerContext.require(Role.SENIOR);
        ChildSearch search = decidable(reference, caller);
        ChildSearchRule rule = searches.ruleInForce();
        Map<String, String> problems = new LinkedHashMap<>();
        String why = text(problems, "decisionReason", reason, 2000,
                SearchWords.text("search.authorisation.reasonMissing"));
        String limits = text(problems, "authorisedScope", scope, 2000, SearchWords.text("search.scope.missing"));
        if (platforms == null || platforms.isEmpty()) {
            problems.put("authorisedPlatforms", SearchWords.text("search.platforms.missing"));
        } else if (!search.askedFor(platforms)) {
            problems.put("authorisedPlatforms", SearchWords.text("search.platforms.notAsked"));
        }
        if (!rule.allowsWindowOf(days)) {
            problems.put("days", SearchWords.text("search.days.invalid", rule.windowDays()));
        }
        check(problems);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Instant until = now.plus(days, ChronoUnit.DAYS);
        search.authorise(caller.username(), now, why, platforms, limits, until);
        SearchSteps.complete(processes, search, ChildSearchProcess.AUTHORISE, caller.username(),
                Map.of(ChildSearchProcess.DECISION, "AUTHORISED", ChildSearchProcess.AUTHORISED_UNTIL,
                        Date.from(until)));
        timeline.record(null, SearchAction.CHILD_SEARCH_AUTHORISED, search.reference() + ": authorised by "
                + caller.displayName() + " on " + labels(search.authorisedPlatforms()) + " until "
                + PlainFormat.when(Locale.ENGLISH, until) + ".");
    }

    /** A senior who is not the requester refuses the search, with the reason. */
    public void refuse(String reference, String reason) {
        Caller caller = CallerContext.require(Role.SENIOR);
        ChildSearch search = decidable(reference, caller);
        Map<String, String> problems = new LinkedHashMap<>();
        String why = text(problems, "decisionReason", reason, 2000, SearchWords.text("search.refusal.reasonMissing"));
        check(problems);
        search.refuse(caller.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS), why);
        SearchSteps.complete(processes, search, ChildSearchProcess.AUTHORISE, caller.username(),
                Map.of(ChildSearchProcess.DECISION, "REFUSED"));
        timeline.record(null, SearchAction.CHILD_SEARCH_REFUSED, search.reference() + ": refused by "
                + caller.displayName() + ".");
    }

    private ChildSearch decidable(String reference, Caller caller) {
        ChildSearch search = SearchSteps.find(searches, reference);
        if (!search.decidableBy(caller.username())) {
            throw new AccessRefusedException(SearchWords.text("search.ownRequest"));
        }
        if (!search.awaitingAuthorisation()) {
            throw new TaskAlreadyDoneException(Texts.text("task.noLongerOpen", search.reference()));
        }
        return search;
    }
}

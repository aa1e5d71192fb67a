package uk.safeguardcases.application.search;

import static uk.safeguardcases.application.search.SearchSteps.check;
import static uk.safeguardcases.application.search.SearchSteps.text;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.clause.ClauseRepository;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.search.ChildSearchRepository;
import uk.safeguardcases.domain.search.ChildSearchRule;
import uk.safeguardcases.domain.search.SearchAction;
import uk.safeguardcases.domain.search.SearchRuleKind;

/**
 * The board's rule on searching about a child (issue 16, part 2): prohibited (Cwm Taf: "Not to gather information
 * about service users from social networking / online sources"), or allowed with authorisation as LSCB §3, quoting
 * the clause it rests on; the longest window a senior may authorise; how long a child's searches are kept.
 */
@Stateless
public class SearchRules {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private ClauseRepository clauses;

    @Inject
    private ChildSearchRepository searches;

    @Inject
    private PersonRepository people;

    @Inject
    private TimelineService timeline;

    /** The board's rule on searching: its own, or allowed with authorisation (LSCB §3) when it has set none. */
    public SearchRuleView rule() {
        CallerContext.require(Role.OFFICER, Role.SENIOR, Role.ADMIN);
        ChildSearchRule r = searches.ruleInForce();
        return new SearchRuleView(r.rule(), r.prohibits(), r.clauseReference(), r.clauseText(), r.windowDays(),
                r.keepUntilAge(), people.displayNames(List.of(r.setBy())).getOrDefault(r.setBy(), r.setBy()),
                r.setAt());
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
        if (!ChildSearchRule.possibleWindow(windowDays)) {
            problems.put("windowDays", SearchWords.text("search.rule.windowDays", ChildSearchRule.MAX_WINDOW_DAYS));
        }
        if (!ChildSearchRule.possibleKeepUntilAge(keepUntilAge)) {
            problems.put("keepUntilAge", SearchWords.text("search.rule.keepUntilAge"));
        }
        check(problems);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String ref = reference.isEmpty() ? null : reference;
        String clause = quoted;
        searches.rule().ifPresentOrElse(
                r -> r.change(rule, ref, clause, windowDays, keepUntilAge, caller.username(), now),
                () -> searches.add(new ChildSearchRule(rule, ref, clause, windowDays, keepUntilAge,
                        caller.username(), now)));
        timeline.record(null, SearchAction.CHILD_SEARCH_RULE_SET, "Searches about a child: "
                + (rule == SearchRuleKind.PROHIBITED ? "prohibited" : "allowed with authorisation")
                + (ref == null ? "" : ", clause " + ref) + ": “" + quoted + "”; windows of up to " + windowDays
                + " days; kept until the child's " + keepUntilAge + "th birthday. Set by " + caller.displayName()
                + ".");
    }
}

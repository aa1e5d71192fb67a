package uk.safeguardcases.application.lowlevel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.lowlevel.LowLevelAction;
import uk.safeguardcases.domain.lowlevel.LowLevelPolicy;
import uk.safeguardcases.domain.lowlevel.LowLevelPolicyRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The board's own rule for its register (issue 41): the pattern's threshold and window, and how many years a concern
 * is kept once its member has left. A board that has set none keeps the standard rule.
 */
@Stateless
public class LowLevelPolicies {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private LowLevelPolicyRepository policies;

    @Inject
    private TimelineService timeline;

    /** The caller's board's rule, or the standard one. */
    public LowLevelPolicy ofBoard() {
        String board = CallerContext.current().tenantId();
        return policies.of(board).orElseGet(() -> new LowLevelPolicy(board));
    }

    public PolicyView policy() {
        CallerContext.require(Role.ADMIN, Role.SENIOR, Role.OFFICER);
        LowLevelPolicy policy = ofBoard();
        return new PolicyView(policy.rule().threshold(), policy.rule().windowMonths(), policy.keepYears());
    }

    /** The board's administrator sets the threshold, the window and the years kept after the member left. */
    public void changePolicy(Integer threshold, Integer windowMonths, Integer keepYears) {
        Caller caller = CallerContext.require(Role.ADMIN);
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> refused = LowLevelPolicy.refused(threshold, windowMonths, keepYears);
        if (refused.contains("threshold")) {
            problems.put("threshold", LowLevelWords.text("problem.threshold"));
        }
        if (refused.contains("windowMonths")) {
            problems.put("windowMonths", LowLevelWords.text("problem.window"));
        }
        if (refused.contains("keepYears")) {
            problems.put("keepYears", LowLevelWords.text("problem.keepYears"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LowLevelPolicy policy = policies.of(caller.tenantId()).orElse(null);
        if (policy == null) {
            policy = new LowLevelPolicy(caller.tenantId());
            policy.change(threshold, windowMonths, keepYears, caller.username(), Instant.now(clock));
            policies.add(policy);
        } else {
            policy.change(threshold, windowMonths, keepYears, caller.username(), Instant.now(clock));
        }
        timeline.record(null, LowLevelAction.LOW_LEVEL_POLICY_CHANGED, "Alert at " + threshold
                + " low-level concerns and cases within " + windowMonths + " months; kept " + keepYears
                + " years once the member has left.");
    }
}

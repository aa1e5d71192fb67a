package uk.safeguardcases.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.PolicyCitation;

/**
 * The signed-in person's board's own policy, as a page cites it: {@code #{policy.inBrackets('OPEN_METHODS_ONLY')}}
 * gives " (LSCB §3)" on a board whose policy has the rule and nothing on any other (see {@link PolicyCitation}).
 */
@Named
@ApplicationScoped
public class Policy {

    public String inBrackets(String rule) {
        return PolicyCitation.valueOf(rule).inBrackets(CallerContext.current().tenantId());
    }
}

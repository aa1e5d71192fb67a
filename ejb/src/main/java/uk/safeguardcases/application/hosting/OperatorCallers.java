package uk.safeguardcases.application.hosting;

import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/** Who may do the hosting operator's work: a signed-in operator, whose caller has no board. */
public final class OperatorCallers {

    private OperatorCallers() {
    }

    /** The signed-in operator's name; refused for anyone else (a board's person, a board's job, nobody). */
    public static String requireOperator() {
        Caller caller = CallerContext.currentOrNull();
        if (caller == null || caller.tenantId() != null
                || !caller.username().startsWith(HostOperators.PRINCIPAL_PREFIX)) {
            throw new AccessRefusedException(HostingWords.text("operator.only"));
        }
        return caller.username().substring(HostOperators.PRINCIPAL_PREFIX.length());
    }
}

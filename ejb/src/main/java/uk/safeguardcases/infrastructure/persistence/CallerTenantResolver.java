package uk.safeguardcases.infrastructure.persistence;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.AccessScope;

/**
 * Tells Hibernate which board the current session belongs to; Hibernate then filters every query on
 * the {@code @TenantId} column and fills it on insert. With nobody signed in the session belongs to no
 * board, so a forgotten check finds nothing rather than everything.
 */
public class CallerTenantResolver implements CurrentTenantIdentifierResolver<String> {

    /** The board of a session opened for nobody: no row has it. */
    public static final String NO_BOARD = "-";

    /**
     * Hibernate makes this resolver before any session is opened; the same caller also decides the limits within the
     * board (an HR partner's organisation, a member's own cases: {@link AccessScope}), so they are plugged in here.
     */
    public CallerTenantResolver() {
        AccessScope.readFrom(() -> {
            Caller caller = CallerContext.currentOrNull();
            return caller == null ? AccessScope.Limits.NONE
                    : AccessScope.of(caller.roles(), caller.organisationId(), caller.username());
        });
    }

    @Override
    public String resolveCurrentTenantIdentifier() {
        String tenant = CallerContext.currentTenantOrNull();
        return tenant == null ? NO_BOARD : tenant;
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}

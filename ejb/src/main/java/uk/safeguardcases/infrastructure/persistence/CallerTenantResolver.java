package uk.safeguardcases.infrastructure.persistence;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * Tells Hibernate which board the current session belongs to; Hibernate then filters every query on
 * the {@code @TenantId} column and fills it on insert. With nobody signed in the session belongs to no
 * board, so a forgotten check finds nothing rather than everything.
 */
public class CallerTenantResolver implements CurrentTenantIdentifierResolver<String> {

    static final String NO_BOARD = "-";

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

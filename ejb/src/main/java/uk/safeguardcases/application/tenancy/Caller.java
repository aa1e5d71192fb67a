package uk.safeguardcases.application.tenancy;

import java.io.Serializable;
import java.util.Set;
import uk.safeguardcases.domain.people.Role;

/**
 * Who is acting, for which board. Resolved once per request (or per job, from the process execution)
 * and read by the services and by Hibernate's tenant resolver.
 *
 * @param organisationId the parent organisation an HR partner or member belongs to; null for board staff
 */
public record Caller(String username, String displayName, String tenantId, Set<Role> roles, Long organisationId)
        implements Serializable {

    /** The engine and start-up jobs act for a board without a person behind them. */
    public static Caller system(String tenantId) {
        return new Caller("system", "Safeguard Cases", tenantId, Set.of(), null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

package uk.safeguardcases.application.tenancy;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import uk.safeguardcases.domain.people.Role;

/**
 * Who is acting, for which board, in which language. Resolved once per request (or per job, from the process
 * execution) and read by the services and by Hibernate's tenant resolver.
 *
 * @param organisationId the parent organisation an HR partner or member belongs to; null for board staff
 * @param language the language the services answer in (see {@code Texts}); English unless the web layer says
 *        otherwise for this request
 */
public record Caller(String username, String displayName, String tenantId, Set<Role> roles, Long organisationId,
        Locale language) implements Serializable {

    /**
     * Begins the name of anyone signed in who belongs to no board (the hosting operator's people): no board's person has
     * a colon in theirs, so the board's caller is never looked up for them.
     */
    public static final String NO_BOARD_PREFIX = "host:";

    /** The language everyone is answered in unless they chose Welsh. */
    public static final Locale ENGLISH = Locale.UK;

    public Caller {
        language = language == null ? ENGLISH : language;
        // Unmodifiable, so a caller kept in the session never changes (distributable-web.xml declares it immutable).
        roles = roles == null || roles.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(roles));
    }

    /** A caller who is answered in English: jobs, the API, tests. */
    public Caller(String username, String displayName, String tenantId, Set<Role> roles, Long organisationId) {
        this(username, displayName, tenantId, roles, organisationId, ENGLISH);
    }

    /** The engine and start-up jobs act for a board without a person behind them. */
    public static Caller system(String tenantId) {
        return new Caller("system", "Safeguard Cases", tenantId, Set.of(), null);
    }

    /** The same caller, answered in {@code language}. */
    public Caller speaking(Locale language) {
        return new Caller(username, displayName, tenantId, roles, organisationId, language);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

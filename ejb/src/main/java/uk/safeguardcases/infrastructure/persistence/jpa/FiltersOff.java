package uk.safeguardcases.infrastructure.persistence.jpa;

import java.util.List;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.binder.internal.TenantIdBinder;
import uk.safeguardcases.domain.people.AccessScope;

/**
 * A session's filters turned off for the length of one load by id or one query, and back on afterwards as they were.
 * While any filter is on, Hibernate builds a fresh loader for every load by id of a filtered entity (a case is one),
 * and translates every query afresh, never keeping its plan; with none on it uses the entity's loader, built once, and
 * each query's plan from its cache. A session always has filters on: the board's ({@code @TenantId} is a filter
 * Hibernate turns on when the session opens for a board) and the access scope's two ({@link AccessScope}).
 *
 * <p>Only for a load by an id the caller has already found within their board, or a query that holds every row it
 * reads to the board itself ({@link BoardQuery}), in a session of that board, and only for a caller the scope does not
 * limit ({@link AccessScope.Limits#NONE}): for them the scope's conditions hold for every row, and the board's holds
 * for the id they found or the rows the query reads. It checks the scope and the session's board itself, and
 * otherwise runs with the filters as they are.
 */
final class FiltersOff {

    private static final List<String> SCOPE = List.of(AccessScope.HR_ORGANISATION, AccessScope.OWN_CASES);

    private FiltersOff() {
    }

    /** {@code load}, with the session's filters off if the session is {@code board}'s and the caller unlimited. */
    static <T> T whileLoading(Session session, String board, Supplier<T> load) {
        return whileRunning(session, board, load);
    }

    /**
     * {@code query}, run with the session's filters off if the session is {@code board}'s and the caller unlimited;
     * only {@link BoardQuery} calls it, for a query it has checked.
     */
    static <T> T whileQuerying(Session session, String board, Supplier<T> query) {
        return whileRunning(session, board, query);
    }

    private static <T> T whileRunning(Session session, String board, Supplier<T> load) {
        // The value Hibernate gave the board's filter when it opened the session.
        Object sessionBoard = session.getTenantIdentifierValue();
        if (!AccessScope.now().equals(AccessScope.Limits.NONE) || board == null || !board.equals(sessionBoard)) {
            return load.get();
        }
        List<String> scopeWereOn = SCOPE.stream().filter(name -> session.getEnabledFilter(name) != null).toList();
        boolean boardWasOn = session.getEnabledFilter(TenantIdBinder.FILTER_NAME) != null;
        scopeWereOn.forEach(session::disableFilter);
        if (boardWasOn) {
            session.disableFilter(TenantIdBinder.FILTER_NAME);
        }
        try {
            return load.get();
        } finally {
            // On again as the session turned them on: the scope's first (their parameters come from the same
            // resolvers), then the board's with the session's board, each whatever happens to the other.
            try {
                scopeWereOn.forEach(session::enableFilter);
            } finally {
                if (boardWasOn) {
                    session.enableFilter(TenantIdBinder.FILTER_NAME)
                            .setParameter(TenantIdBinder.PARAMETER_NAME, sessionBoard);
                }
            }
        }
    }
}

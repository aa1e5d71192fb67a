package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.query.hql.spi.SqmQueryImplementor;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.infrastructure.persistence.CallerTenantResolver;

/**
 * A query that holds every row it reads to the board itself ({@code <alias>.tenantId = :board} for each entity of a
 * board it reads, checked by {@link BoardCondition}), run so that Hibernate translates it once: while any filter is on
 * (and the board's {@code @TenantId} is one, on in every session), Hibernate 6.6 never keeps a query's plan and
 * translates it again at every execution. So the board is bound here, to the session's own board (as the filter would
 * have bound it; nothing else can bind it), and the query runs with the session's filters off ({@link FiltersOff}):
 * only for a caller the access scope does not limit, in a transaction whose session belongs to the caller's board;
 * for anyone else with the filters on as always, the query's own condition then only repeating the board's filter.
 *
 * <p>A query that does not hold a row of a board to {@code :board} is refused before it runs, whoever calls it.
 */
public final class BoardQuery {

    private BoardQuery() {
    }

    public static <T> List<T> list(TypedQuery<T> query) {
        return run(query, query::getResultList);
    }

    public static <T> Optional<T> first(TypedQuery<T> query) {
        query.setMaxResults(1);
        return run(query, query::getResultList).stream().findFirst();
    }

    public static <T> T single(TypedQuery<T> query) {
        return run(query, query::getSingleResult);
    }

    /**
     * {@code query} with {@code :board} bound to its session's board, to be run with the filters on as always (a
     * query read as a stream, whose rows are used while it runs, shares the conditions of one run here).
     */
    static <T> TypedQuery<T> boardBound(TypedQuery<T> query) {
        bindBoard(query, (Session) query.unwrap(SqmQueryImplementor.class).getSession());
        return query;
    }

    private static void bindBoard(TypedQuery<?> query, Session session) {
        Object sessionBoard = session.getTenantIdentifierValue();
        query.setParameter(BoardCondition.PARAMETER, sessionBoard == null ? CallerTenantResolver.NO_BOARD
                : sessionBoard);
    }

    private static <T, R> R run(TypedQuery<T> query, Supplier<R> execute) {
        SqmQueryImplementor<?> hql = query.unwrap(SqmQueryImplementor.class);
        List<String> gaps = BoardCondition.gapsIn(hql.getQueryString(), hql.getSqmStatement());
        if (!gaps.isEmpty()) {
            throw new IllegalStateException("Not held to one board: " + String.join("; ", gaps) + ", in: "
                    + hql.getQueryString());
        }
        Session session = (Session) hql.getSession();
        bindBoard(query, session);
        String board = CallerContext.currentTenantOrNull();
        if (board == null || !session.isJoinedToTransaction()) {
            return execute.get();
        }
        return FiltersOff.whileQuerying(session, board, execute);
    }
}

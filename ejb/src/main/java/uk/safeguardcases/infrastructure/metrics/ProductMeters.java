package uk.safeguardcases.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguardcases.application.metrics.AccountLockedOut;
import uk.safeguardcases.application.cases.IssuedReferences;
import uk.safeguardcases.application.metrics.BoardFigures;
import uk.safeguardcases.application.metrics.LatestFigures;
import uk.safeguardcases.application.metrics.OverdueKind;
import uk.safeguardcases.application.metrics.RequestFamily;
import uk.safeguardcases.application.metrics.RequestTimes;
import uk.safeguardcases.application.metrics.SignInFailed;

/**
 * The product's figures as Micrometer meters, which WildFly's micrometer subsystem serves to Prometheus (the
 * management interface's {@code /prometheus}). The gauges read the last figures, taken every 30 s in one grouped query
 * per figure across all boards ({@link BoardFigureQueries}), so a scrape costs no query. Labels are board ids, model
 * step ids and fixed kinds and families only: never a name, an address, a reference or a path.
 */
@Singleton
@LocalBean
@Local({RequestTimes.class, LatestFigures.class})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProductMeters implements RequestTimes, LatestFigures {

    public static final String CASES_OPEN = "safeguard_cases_open";
    public static final String DEADLINES_OVERDUE = "safeguard_deadlines_overdue";
    public static final String INCIDENTS = "safeguard_incidents";
    public static final String OUTBOX_BACKLOG = "safeguard_outbox_backlog";
    public static final String OUTBOX_OLDEST_AGE = "safeguard_outbox_oldest_age_seconds";
    public static final String CHAIN_CHECK_AGE = "safeguard_chain_check_age_seconds";
    public static final String CHAIN_CHECK_BROKEN = "safeguard_chain_check_broken";
    public static final String OUTBOX_GIVEN_UP = "safeguard_outbox_given_up";
    public static final String OUTBOX_FAILING = "safeguard_outbox_failing";
    /** The node's own: 1 while its last reading of the figures from the database succeeded and is fresh, else 0. */
    public static final String DATABASE_UP = "safeguard_database_up";
    /** Jobs of no board out of retries (the engine's history cleanup): the operator's, on no board's page. */
    public static final String INCIDENTS_NO_BOARD = "safeguard_incidents_no_board";
    /** The node's own, where references are kept: 1 while its folder takes a number, 0 while raising is refused. */
    public static final String REFERENCES_WRITABLE = "safeguard_references_writable";
    /** Counters: Prometheus shows them with {@code _total}. */
    public static final String SIGN_IN_FAILURES = "safeguard_sign_in_failures";
    public static final String LOCKOUTS = "safeguard_lockouts";
    /**
     * A timer: Prometheus shows {@code safeguard_request_seconds_count}, {@code _sum} and {@code _max}. No histogram
     * buckets: WildFly's registry for applications takes meters only by name and tags (a meter built with options,
     * such as a histogram's, stays in the application and never reaches Prometheus), and refuses any configuration.
     */
    public static final String REQUEST = "safeguard_request";

    /** Every name this bean gives a meter. */
    private static final Set<String> OURS = Set.of(CASES_OPEN, DEADLINES_OVERDUE, INCIDENTS, OUTBOX_BACKLOG,
            OUTBOX_OLDEST_AGE, CHAIN_CHECK_AGE, CHAIN_CHECK_BROKEN, OUTBOX_GIVEN_UP, OUTBOX_FAILING, DATABASE_UP,
            INCIDENTS_NO_BOARD, REFERENCES_WRITABLE, SIGN_IN_FAILURES, LOCKOUTS, REQUEST);

    private static final Logger LOG = Logger.getLogger(ProductMeters.class.getName());
    /**
     * Figures older than this are not served (NaN) and the database reads as down: two refreshes missed. A figure
     * that kept its last value while the database was gone said all was well for as long as the outage lasted.
     */
    static final Duration FRESH = Duration.ofSeconds(75);
    /** Two pings missed: the database reads as down even while a ping hangs. */
    static final Duration PING_FRESH = Duration.ofSeconds(25);

    @Inject
    private MeterRegistry registry;

    @Inject
    private BoardFigureQueries queries;

    @Inject
    private IssuedReferences issuedReferences;

    /** Whether the last refresh read the database; false from its first failure until one succeeds. */
    private volatile boolean lastRefreshRead;
    /** When the database last answered this node's ping (every 10 s), or null while it does not. */
    private volatile Instant databaseAnswered;

    private volatile BoardFigures figures = BoardFigures.none();
    /** The gauges and counters made so far, by name and labels: a gauge once made stays (reading 0 when empty). */
    private final Set<String> made = ConcurrentHashMap.newKeySet();
    private final Map<RequestFamily, Timer> requestTimers = new ConcurrentHashMap<>();

    /**
     * The deployment is going (undeployed, or deployed again on a running server): its meters go with it. The server's
     * registry outlives the deployment and keeps a meter by its name and tags, so a gauge left behind would read this
     * bean after it has gone (NaN: the database "not up", every board's figure unknown) and the next deployment's
     * gauges of the same names would never be made.
     */
    @PreDestroy
    void removeMeters() {
        try {
            registry.getMeters().stream().filter(meter -> OURS.contains(meter.getId().getName())).toList()
                    .forEach(registry::remove);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The product's meters could not be taken off the server's registry: {0}",
                    e.toString());
        }
    }

    /** Takes the figures afresh; every 30 s, on every node (each serves its own scrape). */
    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "product figures")
    public void refresh() {
        nodeMeters();
        try {
            BoardFigures now = queries.takeAt(Instant.now());
            figures = now;
            lastRefreshRead = true;
            meters(now);
        } catch (RuntimeException e) {
            // From now the database reads as down and no board's figure is served until a refresh succeeds.
            lastRefreshRead = false;
            LOG.log(Level.WARNING, "The board figures could not be taken: {0}", e.toString());
        }
    }

    /**
     * Asks the database whether it answers, every 10 s: the figures' refresh runs every 30 s and is too slow a sign of
     * an outage that must raise an alert within a minute. One trivial statement; a scrape itself still runs none.
     */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "database ping")
    public void ping() {
        nodeMeters();
        databaseAnswered = queries.answers() ? Instant.now() : null;
    }

    /** Whether the database answered this node's last ping, and that ping is recent. */
    boolean databaseUp() {
        Instant answered = databaseAnswered;
        return answered != null && answered.isAfter(Instant.now().minus(PING_FRESH));
    }

    /** Whether the figures now served were read from the database recently enough to be true. */
    boolean fresh() {
        return lastRefreshRead && databaseUp() && figures.takenAt().isAfter(Instant.now().minus(FRESH));
    }

    private void nodeMeters() {
        if (made.add(DATABASE_UP)) {
            registry.gauge(DATABASE_UP, Tags.empty(), this, meters -> meters.databaseUp() ? 1 : 0);
        }
        if (made.add(INCIDENTS_NO_BOARD)) {
            registry.gauge(INCIDENTS_NO_BOARD, Tags.empty(), this,
                    meters -> meters.fresh() ? meters.figures.incidentsOfNoBoard() : Double.NaN);
        }
        if (issuedReferences.kept() && made.add(REFERENCES_WRITABLE)) {
            registry.gauge(REFERENCES_WRITABLE, Tags.empty(), this,
                    meters -> meters.issuedReferences.problem() == null ? 1 : 0);
        }
    }

    /** The last figures taken. */
    @Override
    public BoardFigures figures() {
        return figures;
    }

    public void signInFailed(@Observes SignInFailed failed) {
        counter(SIGN_IN_FAILURES, failed.board()).increment();
    }

    public void lockedOut(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountLockedOut locked) {
        counter(LOCKOUTS, locked.board()).increment();
    }

    @Override
    public void served(RequestFamily family, long nanos) {
        requestTimers.computeIfAbsent(family, f -> registry.timer(REQUEST, Tags.of("family", f.label())))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private void meters(BoardFigures now) {
        counter(SIGN_IN_FAILURES, SignInFailed.UNKNOWN);
        for (String board : now.boards()) {
            gauge(INCIDENTS, board, null, null, f -> f.incidents().getOrDefault(board, 0L));
            gauge(OUTBOX_BACKLOG, board, null, null, f -> f.outboxBacklog().getOrDefault(board, 0L));
            gauge(OUTBOX_OLDEST_AGE, board, null, null, f -> f.outboxOldestAgeSeconds().getOrDefault(board, 0L));
            gauge(CHAIN_CHECK_AGE, board, null, null, f -> f.chainCheckAgeSeconds().getOrDefault(board, 0L));
            gauge(CHAIN_CHECK_BROKEN, board, null, null, f -> f.chainBroken().contains(board) ? 1 : 0);
            gauge(OUTBOX_GIVEN_UP, board, null, null, f -> f.outboxGivenUp().getOrDefault(board, 0L));
            gauge(OUTBOX_FAILING, board, null, null, f -> f.outboxFailing().getOrDefault(board, 0L));
            for (OverdueKind kind : OverdueKind.values()) {
                gauge(DEADLINES_OVERDUE, board, "kind", kind.label(),
                        f -> f.overdue().getOrDefault(board, Map.of()).getOrDefault(kind, 0L));
            }
            counter(SIGN_IN_FAILURES, board);
            counter(LOCKOUTS, board);
        }
        // A step appears once a case of the board is at it, and stays (at 0) when none is any longer.
        now.openCases().forEach((board, steps) -> steps.keySet().forEach(step -> gauge(CASES_OPEN, board, "step", step,
                f -> f.openCases().getOrDefault(board, Map.of()).getOrDefault(step, 0L))));
    }

    private void gauge(String name, String board, String label, String value, ToDoubleFunction<BoardFigures> read) {
        if (made.add(name + '|' + board + '|' + label + '|' + value)) {
            // Held by the registry through this bean, which lives as long as the deployment.
            registry.gauge(name, label == null ? Tags.of("board", board) : Tags.of("board", board, label, value), this,
                    meters -> meters.fresh() ? read.applyAsDouble(meters.figures) : Double.NaN);
        }
    }

    private Counter counter(String name, String board) {
        return registry.counter(name, Tags.of("board", board));
    }
}

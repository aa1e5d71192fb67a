package uk.safeguardcases.application.cases;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.people.Role;

/**
 * A concern raised and rolled back, for a cluster node's warm-up (issue 44): the first concern a node takes after a
 * restart ran code nothing else had run yet (the case's insert, its investigation's start, the chain), 1.6–2.1 s
 * while later ones took a tenth of that. Rehearsed once before the node says it is ready, all of it runs, and then
 * the transaction is rolled back: no case, no process, no timeline entry and no reference is kept, and the board's
 * counter gives its number back (the reference is kept outside the database only on commit).
 *
 * <p>It is numbered on a counter of its own (year {@value #REHEARSAL_YEAR}, made in its transaction and so rolled
 * back with it; {@link CaseReferences#next} asks {@link #yearRehearsed()}), so it holds no board's real counter. It
 * does hold the chosen board's audit chain from the moment its timeline entry is chained to the rollback
 * (milliseconds; for {@link #raiseToBeRolledBack}, while its caller draws the case's page): the board chosen is the
 * one that raised the fewest cases this year (of those with a parent organisation to raise it about).
 */
@Stateless
public class ConcernRehearsal {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** A year no case is ever numbered in. */
    static final int REHEARSAL_YEAR = 1;

    /** Set on the thread while the rehearsed concern is raised (the services it calls run on the same thread). */
    private static final ThreadLocal<Integer> REHEARSING = new ThreadLocal<>();

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private CaseService cases;

    @Inject
    private TimelineService timeline;

    @Inject
    private ReferenceCounters counters;

    @Inject
    private CaseRepository caseRecords;

    @Inject
    private RehearsedHistory history;

    /** The board and organisation to rehearse on, chosen outside any board's session. */
    public record Stage(String tenantId, long organisationId) {
    }

    /**
     * Raises a concern on the quietest board and rolls it back. Returns the board and organisation rehearsed on, or
     * empty when no board has a parent organisation yet.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Stage> rehearse() {
        Optional<Stage> stage = self().quietestBoard(Instant.now(clock).atZone(UK).getYear());
        stage.ifPresent(s -> CallerContext.runAs(new Caller("warm-up", "Warm-up", s.tenantId(), Set.of(Role.OFFICER),
                null), () -> self().raiseAndRollBack(s.tenantId(), s.organisationId())));
        return stage;
    }

    /** The concern raised as an officer would, written to the database (and chained), then rolled back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void raiseAndRollBack(String tenantId, long organisationId) {
        try {
            raise(tenantId, organisationId);
        } finally {
            context.setRollbackOnly();
        }
    }

    /**
     * A concern raised as {@link #raiseAndRollBack} raises it, in the caller's transaction, which the caller rolls
     * back once it has drawn the case's page (the reference returned) in it: the case page met for the first time
     * took 121 ms at p95 on a node that had just said it was ready, against 51 ms settled, and no real case can be
     * drawn for a warm-up, since opening one is recorded as a read of it. The caller is the one set on the thread
     * (an officer of {@code stage}'s board). The board's audit chain is held until the rollback, while the page
     * is drawn (on the quietest board). The caller must roll the transaction back, whatever happens: marking it
     * here would fail the calls the raise makes after the mark.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String raiseToBeRolledBack(Stage stage) {
        return raise(stage.tenantId(), stage.organisationId(), true);
    }

    private String raise(String tenantId, long organisationId) {
        return raise(tenantId, organisationId, false);
    }

    /**
     * The concern raised; with {@code withHistory}, a case's history added as an officer adds it (an allegation,
     * {@value RehearsedHistory#EVIDENCE_ITEMS} evidence items and {@value RehearsedHistory#NOTES} notes), so the page
     * drawn of it renders the rows a long case's page renders: measured cold, on a node that had just said it was
     * ready, the long case's page gave 83 ms at p95 against 49 ms settled while the warm-up drew only a fresh
     * concern's page, and 68 ms with the history (benchmarks/rounds/national.md, rounds eight and nine).
     */
    private String raise(String tenantId, long organisationId, boolean withHistory) {
        counters.create(tenantId, REHEARSAL_YEAR);
        REHEARSING.set(REHEARSAL_YEAR);
        CaseSummary raised;
        try {
            raised = cases.raiseConcern(new NewConcern("Warm-up – “Ŵyn” 🙂", organisationId,
                    CaseSource.COLLEAGUE_REPORT, "A rehearsal of a concern, rolled back: not a case.", null));
        } finally {
            REHEARSING.remove();
        }
        if (withHistory) {
            history.add(raised);
        }
        // What a commit would do before it ends: the inserts sent and the timeline chained.
        timeline.flushPending();
        caseRecords.writeNow();
        return raised.reference();
    }

    /**
     * The board with a parent organisation that raised the fewest cases this year, read outside any board (a native
     * query: the boards' tables, not one board's rows).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Stage> quietestBoard(int year) {
        return counters.quietestBoard(year);
    }

    /** The year a concern raised on this thread is numbered in when it is the rehearsal; null for a real one. */
    static Integer yearRehearsed() {
        return REHEARSING.get();
    }

    private ConcernRehearsal self() {
        return context.getBusinessObject(ConcernRehearsal.class);
    }
}

package uk.safeguardcases.application.retention;

import java.time.Clock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * Retention carried out: a board's closed cases whose "keep until" date has passed are removed ({@link CaseRemoval}),
 * except those on legal hold; then each process's own {@link RetentionStep} runs. Idempotent and safe on several
 * servers: a case is removed once, by whichever run claims it first. Run every night for each board by its
 * {@code retention-purge} process (a timer job of the board's own, run once however many servers share the database).
 */
@Stateless
public class RetentionPurge {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(RetentionPurge.class.getName());

    private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");
    /** Cases claimed per query; the run goes on until none are due. */
    private static final int BATCH = 500;

    @Inject
    private CaseRepository caseRecords;

    @Inject
    private DueRemovalReadModel dueRemovals;

    @Inject
    private CaseRemoval removal;

    /** Each process's own part of the run (subject access answers, searches about children…). */
    @Inject
    @Any
    private Instance<RetentionStep> steps;

    /** Removes all the caller's board's cases due on {@code today}; answers how many this run removed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int removeDue(LocalDate today) {
        return removeDue(today, null).removed();
    }

    /**
     * Removes the caller's board's cases due on {@code today} for at most {@code budget} (null: until none are
     * due), each in a transaction of its own. A long backlog (the first night after an import, say) is then removed
     * in turns, each well inside the engine's job lock and the server's transaction timeout, instead of one job
     * that outlives both and is retried while it still runs.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PurgeTurn removeDue(LocalDate today, java.time.Duration budget) {
        long started = System.nanoTime();
        int removed = 0;
        long after = 0;
        while (true) {
            List<Long> due = caseRecords.dueForRemoval(today, after, BATCH);
            for (Long id : due) {
                if (budget != null && System.nanoTime() - started > budget.toNanos()) {
                    return new PurgeTurn(removed, true);
                }
                after = id;
                try {
                    if (removal.removeIfDue(id, today)) {
                        removed++;
                    }
                } catch (RuntimeException e) {
                    // Another run (another server) claimed it at the same moment, or it failed: it rolled back,
                    // and the next run finds it again if it is still there.
                    LOG.log(Level.FINE, "Case " + id + " was not removed by this run", e);
                }
            }
            if (due.size() < BATCH) {
                // The cases done, what each process keeps (in a fixed order, so a run repeats the last one's).
                steps.stream().sorted(Comparator.comparing(step -> step.getClass().getName()))
                        .forEach(step -> step.removeDue(today));
                return new PurgeTurn(removed, false);
            }
        }
    }

    /**
     * What the retention rule will remove in the next {@code days} days (and what is overdue), soonest first, for
     * the board's administrators and senior managers; cases on legal hold are listed too, marked, since they stay.
     */
    public List<DueRemoval> dueWithin(int days) {
        CallerContext.require(Role.ADMIN, Role.SENIOR);
        LocalDate until = LocalDate.now(clock.withZone(UK)).plusDays(days);
        return dueRemovals.dueBy(until, 1000);
    }
}

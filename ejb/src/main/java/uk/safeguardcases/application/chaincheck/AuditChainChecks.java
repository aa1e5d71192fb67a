package uk.safeguardcases.application.chaincheck;

import java.time.Clock;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import uk.safeguardcases.application.audit.ChainCheckView;
import uk.safeguardcases.application.audit.ChainVerification;
import uk.safeguardcases.application.audit.ChainWalk;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.notification.Notifications;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.turns.Turns;
import uk.safeguardcases.domain.audit.ChainCheck;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.audit.TimelineRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The product checks its own record: a board's audit chain is verified every night (the
 * {@code audit-chain-check} process) and whenever its administrator asks, and each check is kept. A check
 * that finds the chain broken, somewhere the last check did not, is e-mailed to the board's senior managers
 * and administrators at once.
 * <p>
 * The nightly check goes on from the last entry the previous check verified (its checkpoint: the entry's sequence
 * number and hash, read again to see that it still matches), so a night reads only what the day wrote; but once a
 * week ({@link #WHOLE_CHAIN_EVERY}), after any broken check, and whenever an administrator asks, the whole chain is
 * walked from its first entry, so an old entry changed in the database is still found within a week.
 */
@Stateless
public class AuditChainChecks {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    /** How long the nightly check may go on from checkpoints before it walks the whole chain again. */
    public static final Duration WHOLE_CHAIN_EVERY = Duration.ofDays(7);

    @Inject
    private TimelineRepository checks;

    @Inject
    private TimelineService timeline;

    @Inject
    private Notifications notifications;

    @Inject
    private ChainCheckTurns turns;

    @Resource
    private SessionContext context;

    /**
     * The board's administrator checks the chain now: the whole of it, in its turn ({@link ChainCheckTurns}), waited
     * for outside any transaction.
     *
     * @throws ChainCheckBusyException when no turn came within the wait: nothing checked or recorded
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainCheckView checkNow() {
        String by = CallerContext.require(Role.ADMIN).username();
        Optional<Turns.Turn> turn;
        try {
            turn = turns.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = Optional.empty();
        }
        try (Turns.Turn held = turn.orElseThrow(ChainCheckBusyException::new)) {
            return context.getBusinessObject(AuditChainChecks.class).checkWhole(by);
        }
    }

    /** The whole chain walked for {@link #checkNow()}, in its turn; an administrator's only. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ChainCheckView checkWhole(String by) {
        CallerContext.require(Role.ADMIN);
        return check(by, last(), null);
    }

    /**
     * The nightly check, as the board's system caller: from the last check's checkpoint if that check was intact
     * and the whole chain was walked and found intact within {@link #WHOLE_CHAIN_EVERY}; else the whole chain.
     */
    public ChainCheckView checkNightly() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        ChainCheck previous = last();
        ChainCheck lastWhole = lastIntactWhole();
        boolean goOn = previous != null && previous.intact() && previous.verifiedToSequence() != null
                && lastWhole != null && lastWhole.checkedAt().isAfter(now.minus(WHOLE_CHAIN_EVERY));
        return check(ChainCheck.NIGHTLY, previous, goOn ? previous : null);
    }

    /** The board's last check, for its administrator. */
    public ChainCheckView latest() {
        CallerContext.require(Role.ADMIN);
        ChainCheck last = last();
        return last == null ? ChainCheckView.never() : view(last);
    }

    private ChainCheckView check(String by, ChainCheck previous, ChainCheck checkpoint) {
        ChainWalk walk = checkpoint == null ? timeline.walk(0, TimelineEntry.GENESIS)
                : timeline.walk(checkpoint.verifiedToSequence(), checkpoint.verifiedToHash());
        ChainVerification result = walk.verification();
        ChainCheck check = new ChainCheck(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), by, walk.fromSequence(),
                result.intact(), result.entriesChecked(), result.firstBrokenSequence(), result.problem(),
                walk.verifiedToSequence(), walk.verifiedToHash());
        checks.add(check);
        boolean newlyBroken = !result.intact() && (previous == null || previous.intact()
                || !Objects.equals(previous.firstBrokenSequence(), result.firstBrokenSequence()));
        if (newlyBroken) {
            notifications.auditChainBroken(result.firstBrokenSequence(), result.problem(), check.checkedAt());
        }
        return view(check);
    }

    private ChainCheck last() {
        return checks.lastCheck().orElse(null);
    }

    /** The last check that walked the whole chain and found it intact. */
    private ChainCheck lastIntactWhole() {
        return checks.lastIntactWholeCheck().orElse(null);
    }

    private ChainCheckView view(ChainCheck check) {
        ChainCheck whole = check.whole() ? check : lastIntactWhole();
        return new ChainCheckView(true, check.checkedAt(), check.checkedBy(), check.intact(), check.entriesChecked(),
                check.firstBrokenSequence(), check.problem(), check.fromSequence(),
                whole == null ? null : whole.checkedAt());
    }
}

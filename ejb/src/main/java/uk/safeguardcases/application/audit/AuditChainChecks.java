package uk.safeguardcases.application.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import uk.safeguardcases.application.notification.Notifications;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.ChainCheck;
import uk.safeguardcases.domain.people.Role;

/**
 * The product checks its own record: a board's audit chain is verified every night (the
 * {@code audit-chain-check} process) and whenever its administrator asks, and each check is kept. A check
 * that finds the chain broken, somewhere the last check did not, is e-mailed to the board's senior managers
 * and administrators at once.
 */
@Stateless
public class AuditChainChecks {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimelineService timeline;

    @Inject
    private Notifications notifications;

    /** The board's administrator checks the chain now. */
    public ChainCheckView checkNow() {
        return check(CallerContext.require(Role.ADMIN).username());
    }

    /** The nightly check, as the board's system caller. */
    public ChainCheckView checkNightly() {
        return check(ChainCheck.NIGHTLY);
    }

    /** The board's last check, for its administrator. */
    public ChainCheckView latest() {
        CallerContext.require(Role.ADMIN);
        ChainCheck last = last();
        return last == null ? ChainCheckView.never() : view(last);
    }

    private ChainCheckView check(String by) {
        ChainCheck previous = last();
        ChainVerification result = timeline.verify();
        ChainCheck check = new ChainCheck(Instant.now().truncatedTo(ChronoUnit.MICROS), by, result.intact(),
                result.entriesChecked(), result.firstBrokenSequence(), result.problem());
        em.persist(check);
        boolean newlyBroken = !result.intact() && (previous == null || previous.intact()
                || !Objects.equals(previous.firstBrokenSequence(), result.firstBrokenSequence()));
        if (newlyBroken) {
            notifications.auditChainBroken(result.firstBrokenSequence(), result.problem(), check.checkedAt());
        }
        return view(check);
    }

    private ChainCheck last() {
        return em.createQuery("select c from ChainCheck c order by c.checkedAt desc, c.id desc", ChainCheck.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private static ChainCheckView view(ChainCheck check) {
        return new ChainCheckView(true, check.checkedAt(), check.checkedBy(), check.intact(), check.entriesChecked(),
                check.firstBrokenSequence(), check.problem());
    }
}

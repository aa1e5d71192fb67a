package uk.safeguardcases.infrastructure.retention;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.safeguardcases.application.retention.RetentionPurge;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.infrastructure.persistence.BoardIds;

/**
 * Runs the retention purge every night at 02:30 for every board, on every server (each case is removed once,
 * whichever server claims it). "Today" is the process engine's clock, the one every deadline of the product runs
 * on, so a test that moves it moves the purge too.
 */
@Stateless
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private RetentionPurge purge;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "retention purge")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        purgeEveryBoard();
    }

    /** Removes every board's cases due today; answers how many were removed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int purgeEveryBoard() {
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(UK).toLocalDate();
        int total = 0;
        for (String board : BoardIds.all(dataSource)) {
            try {
                int removed = CallerContext.runAs(Caller.system(board), () -> purge.removeDue(today));
                if (removed > 0) {
                    LOG.info(() -> "Retention purge of board " + board + ": " + removed + " case(s) removed");
                }
                total += removed;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Retention purge of board " + board + " failed; it runs again tomorrow", e);
            }
        }
        return total;
    }
}

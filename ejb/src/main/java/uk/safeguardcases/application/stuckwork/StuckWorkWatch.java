package uk.safeguardcases.application.stuckwork;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * Every minute, on every node, looks for steps that have just stopped after their last try and has each board's senior
 * managers and administrators told of them ({@link StuckWork#noticeNewStuckSteps()}), each board in a transaction of
 * its own. Nodes that look at the same moment tell them once between them.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StuckWorkWatch {

    private static final Logger LOG = Logger.getLogger(StuckWorkWatch.class.getName());

    @Inject
    private Processes processes;

    @Inject
    private StuckWork stuckWork;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "stuck work watch")
    void everyMinute() {
        watch();
    }

    /** Answers how many stuck steps were new, on every board together. */
    public int watch() {
        Map<String, Long> stuck;
        try {
            stuck = processes.stuckStepsByBoard();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Stuck work watch skipped: the engine is not ready", e);
            return 0;
        }
        int fresh = 0;
        for (String board : stuck.keySet()) {
            try {
                fresh += CallerContext.runAs(Caller.system(board), () -> stuckWork.noticeNewStuckSteps());
            } catch (RuntimeException e) {
                // Most often another node told them first (the notice's key); whatever it was, the next minute retries.
                LOG.log(Level.INFO, () -> "Stuck work of board " + board + " not noticed this minute ("
                        + e.getClass().getSimpleName() + "); trying again in a minute");
            }
        }
        return fresh;
    }
}

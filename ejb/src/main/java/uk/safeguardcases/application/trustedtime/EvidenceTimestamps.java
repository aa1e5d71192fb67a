package uk.safeguardcases.application.trustedtime;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.evidence.EvidenceRecorded;
import uk.safeguardcases.domain.trustedtime.EvidenceTimestamp;
import uk.safeguardcases.domain.trustedtime.TrustedTimeRecords;

/**
 * Each piece of evidence gets a timestamp token when it is received: in the transaction that records it, a row waits
 * beside it for its token (so it is never forgotten, whatever happens next); once that transaction has committed, the
 * authority is asked on another thread, so neither the recording transaction nor the person who recorded it waits on
 * the network. What is still waiting is asked for again every few minutes (the {@code trusted-time} process), and
 * before a referral pack is sent ({@link TrustedTimeInPack}).
 */
@ApplicationScoped
public class EvidenceTimestamps {

    private static final Logger LOG = Logger.getLogger(EvidenceTimestamps.class.getName());

    @Inject
    private Clock clock;

    @Inject
    private TrustedTimeRecords records;

    @Inject
    private EvidenceStamping stamping;

    @Resource
    private ManagedExecutorService executor;

    /** In the recording transaction: the evidence waits for its token from now. */
    public void recorded(@Observes EvidenceRecorded recorded) {
        records.add(EvidenceTimestamp.awaiting(recorded.evidence().id(), recorded.caseId(),
                recorded.evidence().contentSha256(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
    }

    /** Once the evidence is committed: its token asked for at once, on another thread, as the board's system. */
    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceRecorded recorded) {
        if (!stamping.configured()) {
            return;
        }
        String board = recorded.evidence().tenantId() != null ? recorded.evidence().tenantId()
                : CallerContext.current().tenantId();
        long evidenceId = recorded.evidence().id();
        try {
            executor.submit(() -> CallerContext.runAs(Caller.system(board), () -> {
                try {
                    stamping.stampOne(evidenceId);
                } catch (RuntimeException e) {
                    // The retry finds it waiting: the evidence is kept whatever the authority does.
                    LOG.log(Level.WARNING, "Evidence {0} of board {1} waits for its timestamp: {2}",
                            new Object[] {evidenceId, board, e.toString()});
                }
            }));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "Evidence {0} of board {1} waits for the next retry of its timestamp",
                    new Object[] {evidenceId, board});
        }
    }
}

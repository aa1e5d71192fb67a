package uk.safeguardcases.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguardcases.application.notification.MessagesQueued;

/**
 * Sends queued messages as soon as the transaction that queued them has committed, on another thread, so
 * neither the commit nor the user waits for the mail server. Whatever this misses, the sweep sends. One round a
 * board waits at a time: a commit that queued ten messages (each queued message says so) starts one round, which
 * sends all ten, not ten rounds (with the mail server down, ten rounds would each try a message).
 */
@ApplicationScoped
public class OutboxTrigger {

    private static final Logger LOG = Logger.getLogger(OutboxTrigger.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private MailSender sender;

    /** Boards whose round is waiting to start; a round that has started sends what was queued before it. */
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagesQueued queued) {
        String board = queued.tenantId();
        if (!waiting.add(board)) {
            return;
        }
        try {
            executor.execute(() -> {
                waiting.remove(board);
                sender.deliver(board);
            });
        } catch (RejectedExecutionException e) {
            waiting.remove(board);
            LOG.log(Level.FINE, "Busy: the sweep sends the board's messages shortly", e);
        }
    }
}

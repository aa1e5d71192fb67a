package uk.safeguardcases.infrastructure.webhook;

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
import uk.safeguardcases.application.webhook.WebhooksQueued;

/**
 * Delivers queued webhook deliveries as soon as the transaction that queued them has committed, on another thread, so
 * neither the commit nor the user waits for a receiver; whatever this misses, the sweep sends. One round a board waits
 * at a time, as for e-mail ({@code OutboxTrigger}).
 */
@ApplicationScoped
public class WebhookTrigger {

    private static final Logger LOG = Logger.getLogger(WebhookTrigger.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private WebhookSender sender;

    private final Set<String> waiting = ConcurrentHashMap.newKeySet();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhooksQueued queued) {
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
            LOG.log(Level.FINE, "Busy: the sweep delivers the board's webhooks shortly", e);
        }
    }
}

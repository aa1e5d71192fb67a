package uk.safeguardcases.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguardcases.application.notification.MessagesQueued;

/**
 * Sends queued messages as soon as the transaction that queued them has committed, on another thread, so
 * neither the commit nor the user waits for the mail server. Whatever this misses, the sweep sends.
 */
@ApplicationScoped
public class OutboxTrigger {

    private static final Logger LOG = Logger.getLogger(OutboxTrigger.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private MailSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagesQueued queued) {
        try {
            executor.execute(() -> sender.deliver(queued.tenantId()));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "Busy: the sweep sends the board's messages shortly", e);
        }
    }
}

package uk.safeguardcases.infrastructure.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import uk.safeguardcases.application.audit.AuditChain;
import uk.safeguardcases.application.audit.PendingEntry;

/**
 * A transaction's entries, kept as its own resource and chained by {@link ChainAtCommit}, registered with the
 * transaction by its first entry.
 */
@ApplicationScoped
public class JtaAuditChain implements AuditChain {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/TransactionManager")
    private TransactionManager transactions;

    @Resource
    private TransactionSynchronizationRegistry registry;

    @Override
    public void add(PendingEntry entry) {
        pending().add(entry);
    }

    @Override
    public void chainPending() {
        PendingEntries pending = (PendingEntries) registry.getResource(PendingEntries.class);
        if (pending != null && !pending.isEmpty()) {
            ChainAtCommit.chain(em, pending);
            em.flush();
        }
    }

    /** This transaction's pending entries, made (and their chaining at commit registered) by its first entry. */
    private PendingEntries pending() {
        PendingEntries pending = (PendingEntries) registry.getResource(PendingEntries.class);
        if (pending == null) {
            pending = new PendingEntries();
            try {
                transactions.getTransaction().registerSynchronization(new ChainAtCommit(em, pending));
            } catch (RollbackException e) {
                throw new IllegalStateException("The transaction is already rolling back: nothing it did is kept", e);
            } catch (SystemException e) {
                throw new IllegalStateException("The transaction manager refused the audit chain's commit step", e);
            }
            registry.putResource(PendingEntries.class, pending);
        }
        return pending;
    }
}

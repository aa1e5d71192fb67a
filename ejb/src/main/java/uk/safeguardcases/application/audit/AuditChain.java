package uk.safeguardcases.application.audit;

/**
 * The board's audit chain as a transaction writes to it (implemented beside the persistence, on the transaction
 * manager): entries are recorded at once and chained when the transaction commits, or dropped with it.
 */
public interface AuditChain {

    /** Adds an entry to the caller's transaction's entries, to be chained at its commit. */
    void add(PendingEntry entry);

    /** Chains the transaction's entries now and writes them, for work that reads what it has just recorded. */
    void chainPending();
}

package uk.safeguardcases.application.audit;

import java.time.Instant;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.domain.audit.Visibility;

/**
 * An entry recorded in a transaction that has not yet reached its commit: everything it says is fixed when it is
 * recorded (who, what, when, on which case, who may see it); only its place in the board's chain is given later,
 * at the commit, when the transaction's entries are chained one after another.
 */
public record PendingEntry(Caller caller, Long caseId, String action, String detail, Instant occurredAt,
        Visibility visibility) {
}

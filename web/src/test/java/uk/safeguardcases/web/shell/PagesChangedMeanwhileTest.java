package uk.safeguardcases.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

/**
 * A step whose record another write changed first is said in words, not answered with a 500: found however deep the
 * container wrapped it (the 2026-12-01 working day's one error: two HR partners' outcomes on one referral at once,
 * Hibernate's "unexpected row count" inside the engine's command inside an EJB's rollback). Anything else is not.
 */
class PagesChangedMeanwhileTest {

    /** A subclass, as Hibernate's own stale-state exceptions are of the one the product names. */
    private static final class StaleRow extends OptimisticLockException {
        private static final long serialVersionUID = 1L;

        StaleRow() {
            super("Batch update returned unexpected row count from update [0]");
        }
    }

    @Test
    void aConflictIsFoundThroughItsWrappersAndByItsKind() {
        RuntimeException engine = new IllegalStateException("ENGINE-16004", new StaleRow());
        assertThat(Pages.changedMeanwhile(new EJBTransactionRolledbackException("rolled back", engine))).isTrue();
        assertThat(Pages.changedMeanwhile(new OptimisticLockException())).isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(Pages.changedMeanwhile(new EJBTransactionRolledbackException("rolled back",
                new IllegalStateException("Batch update returned unexpected row count")))).isFalse();
        assertThat(Pages.changedMeanwhile(new NullPointerException())).isFalse();
    }
}

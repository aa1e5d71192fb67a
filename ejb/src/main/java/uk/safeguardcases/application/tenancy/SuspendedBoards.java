package uk.safeguardcases.application.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which boards the hosting operator has suspended ({@code board_suspension}): the one place the product asks. Their
 * people cannot sign in (the people directory finds none of them), their API keys open nothing, their public page
 * says it is closed, their e-mails wait in the outbox and their processes' timers wait in the engine.
 */
@ApplicationScoped
public class SuspendedBoards {

    /** The condition on a row's {@code tenant_id} column (in {@code alias}) that its board is not suspended. */
    public static String notSuspended(String alias) {
        return "not exists (select 1 from board_suspension bs where bs.tenant_id = " + alias + ".tenant_id)";
    }

    @PersistenceContext
    private EntityManager em;

    public boolean suspended(String board) {
        return board != null && !em.createNativeQuery("select 1 from board_suspension where tenant_id = ?1")
                .setParameter(1, board).getResultList().isEmpty();
    }

    /** Every suspended board's id. */
    public Set<String> all() {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select tenant_id from board_suspension").getResultList();
        return new HashSet<>(ids);
    }
}

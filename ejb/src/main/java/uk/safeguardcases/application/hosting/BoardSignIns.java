package uk.safeguardcases.application.hosting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * When a board's people last signed in ({@code board_activity}), for the operator's view of the board's health: a
 * time per board, nobody's name. Written at each sign-in, in a transaction of its own; the sign-in goes on if it fails.
 */
@Stateless
public class BoardSignIns {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signedIn(String board) {
        Instant now = Instant.now(clock);
        int updated = em.createNativeQuery("update board_activity set last_sign_in_at = ?1 where tenant_id = ?2")
                .setParameter(1, now).setParameter(2, board).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into board_activity (tenant_id, last_sign_in_at) values (?1, ?2)")
                    .setParameter(1, board).setParameter(2, now).executeUpdate();
        }
    }
}

package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;

@ApplicationScoped
public class JpaBoardRepository implements BoardRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Board current() {
        return em.find(Board.class, CallerContext.current().tenantId());
    }

    @Override
    public Optional<Board> byId(String id) {
        return Optional.ofNullable(em.find(Board.class, id));
    }

    @Override
    public void signedIn(String board, Instant at) {
        int updated = em.createNativeQuery("update board_activity set last_sign_in_at = ?1 where tenant_id = ?2")
                .setParameter(1, at).setParameter(2, board).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into board_activity (tenant_id, last_sign_in_at) values (?1, ?2)")
                    .setParameter(1, board).setParameter(2, at).executeUpdate();
        }
    }

    @Override
    public void lock(Board board) {
        em.lock(board, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Board locked(String id) {
        return em.find(Board.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public boolean suspended(String board) {
        return !em.createNativeQuery("select 1 from board_suspension where tenant_id = ?1")
                .setParameter(1, board).getResultList().isEmpty();
    }

    @Override
    public java.util.Set<String> suspendedBoards() {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select tenant_id from board_suspension").getResultList();
        return new java.util.HashSet<>(ids);
    }
}

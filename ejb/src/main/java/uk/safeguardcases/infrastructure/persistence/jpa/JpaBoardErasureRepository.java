package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.safeguardcases.domain.leaving.BoardErasure;
import uk.safeguardcases.domain.leaving.BoardErasureRepository;

@ApplicationScoped
public class JpaBoardErasureRepository implements BoardErasureRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<BoardErasure> erased(String boardId) {
        return em.createQuery("select e from BoardErasure e where e.boardId = :board and e.erasedAt is not null",
                BoardErasure.class).setParameter("board", boardId).getResultStream().findFirst();
    }

    @Override
    public Optional<BoardErasure> open(String boardId) {
        return em.createQuery("select e from BoardErasure e where e.boardId = :board and e.withdrawnAt is null"
                        + " and e.erasedAt is null", BoardErasure.class)
                .setParameter("board", boardId).getResultStream().findFirst();
    }

    @Override
    public Optional<BoardErasure> byId(long id) {
        return Optional.ofNullable(em.find(BoardErasure.class, id));
    }

    @Override
    public void add(BoardErasure erasure) {
        em.persist(erasure);
    }

    @Override
    public void writeAndForget() {
        em.flush();
        em.clear();
    }

    @Override
    public void writeAndEmptyTheCache() {
        em.flush();
        em.getEntityManagerFactory().getCache().evictAll();
    }
}

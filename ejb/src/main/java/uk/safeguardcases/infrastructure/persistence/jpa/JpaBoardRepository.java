package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}

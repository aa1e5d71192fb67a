package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.publicconcern.ReportingBoards;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

@ApplicationScoped
public class JpaReportingBoards implements ReportingBoards {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Board> board(String boardId) {
        return Optional.ofNullable(em.find(Board.class, boardId));
    }

    @Override
    public List<ParentOrganisation> activeOrganisations() {
        return em.createQuery("select o from ParentOrganisation o where o.active = true order by o.name",
                ParentOrganisation.class).getResultList();
    }

    @Override
    public Optional<ParentOrganisation> organisation(long id) {
        return Optional.ofNullable(em.find(ParentOrganisation.class, id));
    }

    @Override
    public Optional<ParentOrganisation> organisationNamed(String name) {
        return em.createQuery("select o from ParentOrganisation o where o.name = :name", ParentOrganisation.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public void addOrganisation(ParentOrganisation organisation) {
        em.persist(organisation);
        em.flush();
    }
}

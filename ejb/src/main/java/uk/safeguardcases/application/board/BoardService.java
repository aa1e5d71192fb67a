package uk.safeguardcases.application.board;

import uk.safeguardcases.domain.organisation.OrganisationRepository;
import jakarta.inject.Inject;
import uk.safeguardcases.domain.board.BoardRepository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.Role;

/** The caller's own board: its profile, policy clauses, parent organisations and people. */
@Stateless
public class BoardService {

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private BoardRepository boards;

    @PersistenceContext
    private EntityManager em;

    public BoardProfile currentBoard() {
        Caller caller = CallerContext.current();
        Board board = boards.current();
        return new BoardProfile(board.id(), board.name(), board.shortName(), board.referencePrefix(),
                board.policyTitle(), board.primaryColour(), board.accentColour(), board.welshInterface());
    }

    /** Every signed-in person of the board may read its policy: the clauses in force (retired ones are not). */
    public List<ClauseView> clauses() {
        CallerContext.current();
        return em.createQuery("select c from PolicyClause c where c.retired = false order by c.sortOrder",
                        PolicyClause.class)
                .getResultStream()
                .map(c -> new ClauseView(c.id(), c.reference(), c.section(), c.text()))
                .toList();
    }

    /** The organisations in use (a deactivated one is not offered for new cases). */
    public List<OrganisationView> organisations() {
        CallerContext.require(Role.OFFICER, Role.SENIOR, Role.ADMIN);
        return em.createQuery("select o from ParentOrganisation o where o.active = true order by o.name",
                        ParentOrganisation.class)
                .getResultStream()
                .map(BoardService::view)
                .toList();
    }

    /** The parent organisation of the caller (an HR partner or member). */
    public OrganisationView myOrganisation() {
        Caller caller = CallerContext.require(Role.HR, Role.MEMBER);
        ParentOrganisation organisation = caller.organisationId() == null ? null
                : organisations.byId(caller.organisationId()).orElse(null);
        if (organisation == null) {
            throw new IllegalStateException("Your account is not linked to an organisation; ask your board administrator.");
        }
        return view(organisation);
    }

    public List<PersonView> people() {
        CallerContext.require(Role.ADMIN);
        Map<Long, String> organisationNames = em.createQuery("select o from ParentOrganisation o",
                ParentOrganisation.class).getResultStream()
                .collect(Collectors.toMap(ParentOrganisation::id, ParentOrganisation::name));
        return em.createQuery("select p from Person p order by p.displayName", Person.class)
                .getResultStream()
                .map(p -> new PersonView(p.id(), p.username(), p.displayName(), p.email(),
                        p.roles().stream().sorted(Comparator.naturalOrder()).map(Role::label)
                                .collect(Collectors.joining(", ")),
                        p.organisationId() == null ? "" : organisationNames.getOrDefault(p.organisationId(), ""),
                        p.active()))
                .toList();
    }

    private static OrganisationView view(ParentOrganisation o) {
        return new OrganisationView(o.id(), o.name(), o.kind().label(), o.hrEmail());
    }

}

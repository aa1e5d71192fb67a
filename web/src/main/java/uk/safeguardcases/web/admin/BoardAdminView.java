package uk.safeguardcases.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.application.board.OrganisationView;
import uk.safeguardcases.application.board.PersonView;

/** The board administrator's overview: organisations, people and roles, and the clause catalogue. */
@Named
@ViewScoped
public class BoardAdminView implements Serializable {

    @Inject
    private BoardService boards;

    private List<OrganisationView> organisations;
    private List<PersonView> people;
    private List<ClauseView> clauses;

    @PostConstruct
    void load() {
        organisations = boards.organisations();
        people = boards.people();
        clauses = boards.clauses();
    }

    public List<OrganisationView> getOrganisations() {
        return organisations;
    }

    public List<PersonView> getPeople() {
        return people;
    }

    public List<ClauseView> getClauses() {
        return clauses;
    }
}

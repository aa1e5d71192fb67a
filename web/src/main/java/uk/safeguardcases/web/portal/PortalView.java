package uk.safeguardcases.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.application.board.OrganisationView;

/** The member's portal: who they are recorded with, and the policy they are asked to follow. */
@Named
@ViewScoped
public class PortalView implements Serializable {

    @Inject
    private BoardService boards;

    private OrganisationView organisation;
    private List<ClauseView> clauses;

    @PostConstruct
    void load() {
        organisation = boards.myOrganisation();
        clauses = boards.clauses();
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public List<ClauseView> getClauses() {
        return clauses;
    }
}

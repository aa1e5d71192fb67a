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
import uk.safeguardcases.application.investigation.MemberRequestView;
import uk.safeguardcases.application.investigation.MemberRequests;

/** The member's landing page: their open requests with deadlines, and the policy they are asked to follow. */
@Named
@ViewScoped
public class PortalView implements Serializable {

    @Inject
    private BoardService boards;

    @Inject
    private MemberRequests requests;

    private OrganisationView organisation;
    private List<ClauseView> clauses;
    private List<MemberRequestView> openRequests;

    @PostConstruct
    void load() {
        organisation = boards.myOrganisation();
        clauses = boards.clauses();
        openRequests = requests.mine().stream().filter(MemberRequestView::open).toList();
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public List<ClauseView> getClauses() {
        return clauses;
    }

    public List<MemberRequestView> getOpenRequests() {
        return openRequests;
    }
}

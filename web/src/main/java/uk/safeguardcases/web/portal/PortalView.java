package uk.safeguardcases.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.web.shell.BoardClauses;
import uk.safeguardcases.application.board.OrganisationView;
import uk.safeguardcases.application.investigation.MemberRequestView;
import uk.safeguardcases.application.investigation.MemberRequests;

/**
 * The member's landing page: what waits for them (open requests with deadlines, and what each process has waiting,
 * {@link WaitingForMember}: a policy declaration to sign, say), and the policy they are asked to follow.
 */
@Named
@ViewScoped
public class PortalView implements Serializable {

    @Inject
    private BoardService boards;

    @Inject
    private MemberRequests requests;

    @Inject
    @Any
    private Instance<WaitingForMember> processes;

    private OrganisationView organisation;
    /** Read for each request, not kept with the page (see BoardClauses). */
    @Inject
    private BoardClauses clauses;
    private List<MemberRequestView> openRequests;

    @PostConstruct
    void load() {
        organisation = boards.myOrganisation();
        openRequests = requests.mine().stream().filter(MemberRequestView::open).toList();
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public List<ClauseView> getClauses() {
        return clauses.inForce();
    }

    public List<MemberRequestView> getOpenRequests() {
        return openRequests;
    }

    /** What each process has waiting for the member (their own beans, for this request), in their order. */
    public List<WaitingForMember> getWaiting() {
        return processes.stream().sorted(Comparator.comparingInt(WaitingForMember::order)).toList();
    }

    /** Whether nothing at all waits for the member. */
    public boolean isNothingWaiting() {
        return openRequests.isEmpty() && getWaiting().stream().noneMatch(WaitingForMember::isAnything);
    }
}

package uk.safeguardcases.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.web.shell.BoardClauses;
import uk.safeguardcases.application.board.OrganisationView;
import uk.safeguardcases.application.declaration.MemberDeclaration;
import uk.safeguardcases.application.declaration.PolicyDeclarations;
import uk.safeguardcases.application.declaration.ToCountersign;
import uk.safeguardcases.application.investigation.MemberRequestView;
import uk.safeguardcases.application.investigation.MemberRequests;
import uk.safeguardcases.domain.declaration.DeclarationStatus;

/**
 * The member's landing page: what waits for them (open requests with deadlines, a policy declaration to sign, and for a
 * manager their team's declarations to countersign), and the policy they are asked to follow.
 */
@Named
@ViewScoped
public class PortalView implements Serializable {

    @Inject
    private BoardService boards;

    @Inject
    private MemberRequests requests;

    @Inject
    private PolicyDeclarations declarations;

    private OrganisationView organisation;
    /** Read for each request, not kept with the page (see BoardClauses). */
    @Inject
    private BoardClauses clauses;
    private List<MemberRequestView> openRequests;
    private MemberDeclaration toSign;
    private List<ToCountersign> toCountersign;

    @PostConstruct
    void load() {
        organisation = boards.myOrganisation();
        openRequests = requests.mine().stream().filter(MemberRequestView::open).toList();
        toSign = declarations.mine().stream().filter(d -> d.status() == DeclarationStatus.ASKED).findFirst()
                .orElse(null);
        toCountersign = declarations.toCountersign();
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

    /** The policy declaration the member is asked to sign, or null. */
    public MemberDeclaration getToSign() {
        return toSign;
    }

    /** The team's signed declarations waiting for this member, as their manager, to countersign. */
    public List<ToCountersign> getToCountersign() {
        return toCountersign;
    }

    /** Whether nothing at all waits for the member. */
    public boolean isNothingWaiting() {
        return openRequests.isEmpty() && toSign == null && toCountersign.isEmpty();
    }
}

package uk.safeguardcases.web.hr;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.OrganisationView;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;

/** The HR partner's inbox: referrals about staff of their own organisation only. */
@Named
@ViewScoped
public class ReferralsView implements Serializable {

    @Inject
    private CaseService cases;

    @Inject
    private BoardService boards;

    private OrganisationView organisation;
    private List<CaseSummary> referrals;

    @PostConstruct
    void load() {
        organisation = boards.myOrganisation();
        referrals = cases.referralsToMyOrganisation();
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public List<CaseSummary> getReferrals() {
        return referrals;
    }
}

package uk.safeguardcases.web.hr;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.OrganisationView;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.investigation.ReferralService.Show;
import uk.safeguardcases.application.investigation.ReferralSummary;

/** The HR partner's inbox: referrals about staff of their own organisation only, open ones first. */
@Named
@ViewScoped
public class ReferralsView implements Serializable {

    @Inject
    private ReferralService referrals;

    @Inject
    private BoardService boards;

    private String show;
    private OrganisationView organisation;
    private List<ReferralSummary> list;

    /** f:viewAction: {@code ?show=open|closed|all}; anything else shows all. */
    public void load() {
        organisation = boards.myOrganisation();
        list = referrals.inbox(getShown());
    }

    public Show getShown() {
        for (Show candidate : Show.values()) {
            if (candidate.name().equalsIgnoreCase(show)) {
                return candidate;
            }
        }
        return Show.ALL;
    }

    public Show[] getFilters() {
        return Show.values();
    }

    public String param(Show filter) {
        return filter.name().toLowerCase(Locale.ROOT);
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public List<ReferralSummary> getReferrals() {
        return list;
    }
}

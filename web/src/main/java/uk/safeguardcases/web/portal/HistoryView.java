package uk.safeguardcases.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.SelfReport;
import uk.safeguardcases.application.investigation.MemberRequestView;
import uk.safeguardcases.application.investigation.MemberRequests;

/** The member's history: every request the board sent them and their answers, and what they reported. */
@Named
@ViewScoped
public class HistoryView implements Serializable {

    @Inject
    private MemberRequests requests;

    @Inject
    private CaseService cases;

    private List<MemberRequestView> allRequests;
    private List<SelfReport> selfReports;

    @PostConstruct
    void load() {
        allRequests = requests.mine();
        selfReports = cases.mySelfReports();
    }

    public List<MemberRequestView> getRequests() {
        return allRequests;
    }

    public List<SelfReport> getSelfReports() {
        return selfReports;
    }
}

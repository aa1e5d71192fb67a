package uk.safeguardcases.web.officer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Role;
import java.util.List;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.OrganisationView;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/** Raising a concern by hand: the case exists at once, and the officer is taken to it. */
@Named
@ViewScoped
public class RaiseConcernView implements Serializable {

    @Inject
    private CaseService cases;

    @Inject
    private BoardService boards;

    private List<OrganisationView> organisations;

    private String subjectName;
    private Long organisationId;
    private CaseSource source = CaseSource.MANUAL;
    private String summary;
    private String subjectUsername;

    @PostConstruct
    void load() {
        organisations = boards.organisations();
    }

    public void raise() {
        Pages.step("concern", () -> {
            CaseSummary raised = cases.raiseConcern(new NewConcern(subjectName, organisationId, source, summary,
                    subjectUsername));
            return Done.then(CaseView.casePath(raised.reference()),
                    Language.text("officer", "cases.raise.done", raised.reference()));
        });
    }

    /** Officers triage the case they raise next; a senior manager is told who does. */
    public boolean isOfficer() {
        return CallerContext.current().has(Role.OFFICER);
    }

    public List<OrganisationView> getOrganisations() {
        return organisations;
    }

    public CaseSource[] getSources() {
        return CaseSource.values();
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public CaseSource getSource() {
        return source;
    }

    public void setSource(CaseSource source) {
        this.source = source;
    }

    public String getSubjectUsername() {
        return subjectUsername;
    }

    public void setSubjectUsername(String subjectUsername) {
        this.subjectUsername = subjectUsername;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}

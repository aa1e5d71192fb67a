package uk.safeguardcases.web.officer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Role;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.board.MemberChoice;
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

    private static final ZoneId UK = ZoneId.of("Europe/London");

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
    private String occurredAt;
    private String contentUrl;

    private String memberSearch;
    private List<MemberChoice> membersFound = List.of();
    private boolean searched;

    @PostConstruct
    void load() {
        organisations = boards.organisations();
    }

    /** Finds the board's members by name, user name or organisation; the officer then chooses one. */
    public void findMembers() {
        membersFound = boards.findMembers(memberSearch);
        searched = true;
    }

    /** The member chosen from those found: their name, account and organisation fill the form. */
    public void choose(String username) {
        membersFound.stream().filter(m -> m.username().equals(username)).findFirst().ifPresent(m -> {
            subjectName = m.displayName();
            subjectUsername = m.username();
            organisationId = m.organisationId();
        });
        membersFound = List.of();
        searched = false;
    }

    public void raise() {
        Pages.step("concern", () -> {
            Instant when = null;
            if (occurredAt != null && !occurredAt.isBlank()) {
                try {
                    when = LocalDateTime.parse(occurredAt.strip()).atZone(UK).toInstant();
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(Map.of("occurredAt",
                            Language.text("officer", "case.error.dateTime")));
                }
            }
            CaseSummary raised = cases.raiseConcern(new NewConcern(subjectName, organisationId, source, summary,
                    subjectUsername, when, contentUrl));
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

    public String getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(String occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getContentUrl() {
        return contentUrl;
    }

    public void setContentUrl(String contentUrl) {
        this.contentUrl = contentUrl;
    }

    public String getMemberSearch() {
        return memberSearch;
    }

    public void setMemberSearch(String memberSearch) {
        this.memberSearch = memberSearch;
    }

    public List<MemberChoice> getMembersFound() {
        return membersFound;
    }

    public boolean isSearched() {
        return searched;
    }

    /** Whether the search found as many as it lists, so there may be more: the page says to type more. */
    public boolean isMoreToFind() {
        return membersFound.size() >= BoardService.MEMBERS_FOUND;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}

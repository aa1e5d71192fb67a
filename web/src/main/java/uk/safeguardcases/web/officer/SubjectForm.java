package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.MemberChoice;
import uk.safeguardcases.application.board.OrganisationView;
import uk.safeguardcases.application.cases.CaseSubjects;

/**
 * Whom the case is about, said by the officer while it is open: the member found among the board's (as when raising
 * a concern) and linked to the case, or the case moved to another parent organisation. Either is checked first, and
 * a correction asks why (the timeline keeps what it was).
 */
@Dependent
public class SubjectForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseSubjects subjects;
    @Inject
    private BoardService boards;

    private String memberSearch;
    private List<MemberChoice> membersFound = List.of();
    private boolean searched;
    private MemberChoice chosen;
    private boolean useAccountName;
    private Long organisationId;
    private String reason;
    private transient List<OrganisationView> organisations;

    /** Finds the board's active members by name, user name or organisation. */
    public void findMembers() {
        membersFound = boards.findMembers(memberSearch);
        searched = true;
    }

    public void choose(String username) {
        membersFound.stream().filter(m -> m.username().equals(username)).findFirst().ifPresent(m -> chosen = m);
        membersFound = List.of();
        searched = false;
    }

    /** Linking the case to an account shows it to that member and sends it to their employer's HR: checked first. */
    public void identify() {
        if (chosen == null) {
            uk.safeguardcases.web.shell.Pages.fieldErrors("subject", java.util.Map.of("memberSearch",
                    CheckStep.says("case.subject.chooseFirst")));
            return;
        }
        checkFirst(new CheckStep("identify", List.of(
                CheckStep.row("case.subject.member", chosen.displayName() + " · " + chosen.organisationName()),
                CheckStep.row("case.subject.nameShown", useAccountName ? chosen.displayName()
                        : file().summary().subjectName()),
                CheckStep.row("case.subject.reason", reason)),
                CheckStep.says("check.subject.identify", chosen.organisationName())));
    }

    /** Moving the case changes whose HR partner a referral goes to: checked first. */
    public void move() {
        String to = getOrganisations().stream().filter(o -> o.id().equals(organisationId)).map(OrganisationView::name)
                .findFirst().orElse("");
        checkFirst(new CheckStep("move", List.of(
                CheckStep.row("case.subject.organisation", to),
                CheckStep.row("case.subject.reason", reason)),
                CheckStep.says("check.subject.move", to)));
    }

    @Override
    protected void confirmed(String action) {
        if ("identify".equals(action)) {
            send("subject", "case.done.identified", () -> subjects.identifyMember(ref(),
                    chosen == null ? null : chosen.username(), useAccountName, reason));
        } else {
            send("subject", "case.done.moved", () -> subjects.moveToOrganisation(ref(), organisationId, reason));
        }
    }

    public List<OrganisationView> getOrganisations() {
        if (organisations == null) {
            organisations = boards.organisations();
        }
        return organisations;
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

    public MemberChoice getChosen() {
        return chosen;
    }

    public boolean isUseAccountName() {
        return useAccountName;
    }

    public void setUseAccountName(boolean useAccountName) {
        this.useAccountName = useAccountName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

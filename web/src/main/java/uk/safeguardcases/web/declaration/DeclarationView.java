package uk.safeguardcases.web.declaration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.declaration.DeclarationForm;
import uk.safeguardcases.application.declaration.ManagerChoice;
import uk.safeguardcases.application.declaration.MemberDeclaration;
import uk.safeguardcases.application.declaration.PolicyDeclarations;
import uk.safeguardcases.application.declaration.ToCountersign;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/**
 * The member's Employee Declaration Form (NSCB model policy, Appendix 1): the version to declare with its clauses,
 * the form to sign naming their manager, the team members' forms waiting for their countersignature (a manager is a
 * member too), and the declarations they made before.
 */
@Named
@ViewScoped
public class DeclarationView implements Serializable {

    private static final String PAGE = "/portal/declaration.xhtml";

    @Inject
    private PolicyDeclarations declarations;

    @Inject
    private BoardService boards;

    private List<MemberDeclaration> mine;
    private MemberDeclaration open;
    private List<ToCountersign> toCountersign;
    private List<ManagerChoice> managers;
    private String boardName;

    private String name;
    private String jobTitle;
    private String department;
    private String contactNumber;
    private Long managerId;

    @PostConstruct
    void load() {
        mine = declarations.mine();
        open = mine.stream().filter(d -> d.status() == DeclarationStatus.ASKED).findFirst().orElse(null);
        toCountersign = declarations.toCountersign();
        managers = open == null ? List.of() : declarations.managerChoices();
        boardName = boards.currentBoard().name();
        DeclarationForm last = declarations.lastForm();
        name = last.name();
        jobTitle = last.jobTitle();
        department = last.department();
        contactNumber = last.contactNumber();
        managerId = last.managerPersonId();
    }

    /** The member signs: their name, job title, department, contact number and manager; dated today. */
    public void sign() {
        if (open == null) {
            return;
        }
        int version = open.versionNumber();
        long id = open.id();
        Pages.step("declaration", () -> {
            declarations.declare(id, new DeclarationForm(name, jobTitle, department, contactNumber, managerId));
            return Done.then(PAGE, Language.text("declarations", "portal.signed", version));
        });
    }

    /** The manager countersigns one of their team's forms. */
    public void countersign(ToCountersign form) {
        Pages.stepOnListed(() -> {
            declarations.countersign(form.id());
            return Done.then(PAGE, Language.text("declarations", "portal.countersignedDone", form.memberName()));
        });
    }

    public List<MemberDeclaration> getMine() {
        return mine;
    }

    /** The declarations already made or ended (the open one is the form). */
    public List<MemberDeclaration> getHistory() {
        return mine.stream().filter(d -> d != open).toList();
    }

    public MemberDeclaration getOpen() {
        return open;
    }

    public List<ToCountersign> getToCountersign() {
        return toCountersign;
    }

    public List<ManagerChoice> getManagers() {
        return managers;
    }

    public String getBoardName() {
        return boardName;
    }

    public LocalDate getToday() {
        return LocalDate.now(WorkingCalendar.UK);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getContactNumber() {
        return contactNumber;
    }

    public void setContactNumber(String contactNumber) {
        this.contactNumber = contactNumber;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }
}

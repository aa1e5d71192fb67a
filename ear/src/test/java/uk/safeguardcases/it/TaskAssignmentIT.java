package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.CaseFixtures.signedIn;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.cases.CaseFileService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.OpenTask;
import uk.safeguardcases.application.people.PeopleNames;
import uk.safeguardcases.application.investigation.TaskAssignmentService;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.application.work.WorkItem;
import uk.safeguardcases.application.work.WorkQueue;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.people.Role;

/**
 * Who does a case's task: taking it, giving it to a colleague of the right role, and completing it only as the
 * person it is assigned to; in the services and on the case page, where a form shown before the task was
 * reassigned or completed is answered in plain words.
 */
@ExtendWith(ArquillianExtension.class)
class TaskAssignmentIT {

    private static final TriageInput TRIAGE = new TriageInput(false, null, false, null, false, null, false,
            TriageDecision.INVESTIGATE, "Investigate.");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(TaskAssignmentIT.class);
    }

    @Test
    void peopleAreNamedByNameAndRoleOnTheirOwnBoardOnly() {
        PeopleNames names = CaseFixtures.bean(PeopleNames.class);
        assertThat(as("chscb.officer", () -> names.describe("chscb.senior"))).isEqualTo("Sunita Shah (Senior manager)");
        assertThat(as("chscb.hr", () -> names.of(List.of("chscb.officer", "chscb.hr", "system"))))
                .extractingFromEntries(e -> e.getValue().described())
                .containsExactlyInAnyOrder("Olivia Okafor (Compliance officer)", "Harriet Hughes (HR partner)",
                        "Safeguard Cases");
        assertThat(as("nscb.officer", () -> names.describe("chscb.senior")))
                .as("another board's login is not given its person's name").isEqualTo("chscb.senior");
        assertThat(uk.safeguardcases.application.tenancy.CallerContext.runAs(CaseFixtures.caller("cwmtaf.officer")
                .speaking(java.util.Locale.forLanguageTag("cy")),
                () -> names.describeToCaller("cwmtaf.senior"))).endsWith("(Uwch reolwr)");
    }

    @Test
    void anOfficerTakesATaskAndThenOnlyTheyCanCompleteIt() {
        String ref = CaseFixtures.raise("chscb", "Tegan Taken", "A concern an officer takes.");
        OpenTask triage = openTask("chscb.officer", ref);
        assertThat(triage.taskKey()).isEqualTo("triage");
        assertThat(triage.role()).isEqualTo(Role.OFFICER);
        assertThat(triage.assignee()).as("nobody has it yet").isNull();

        OpenTask taken = as("chscb.officer2", () -> service().take(ref, triage.taskId(), null));
        assertThat(taken.assignee()).isEqualTo("chscb.officer2");
        assertThat(taken.assigneeName()).isEqualTo("Owen Price");
        assertThat(openTask("chscb.officer", ref).assigneeName()).as("the case file shows who has it")
                .isEqualTo("Owen Price");

        TaskAlreadyDoneException refused = assertThrows(TaskAlreadyDoneException.class,
                () -> as("chscb.officer", () -> bean(TriageService.class).recordTriage(ref, TRIAGE)));
        assertThat(refused.getMessage()).isEqualTo("Triage of " + ref + " is assigned to Owen Price (Compliance officer):"
                + " only they can complete it, or it must be assigned to you first.");
        assertThat(CaseFixtures.stepOf("chscb", ref)).as("nothing was recorded").isEqualTo(CaseStatus.AWAITING_TRIAGE);
        assertThat(timeline(ref)).extracting(TimelineLine::action).containsExactly("Concern raised", "Task assigned");
        assertThat(timeline(ref).get(1).detail()).isEqualTo("Triage the concern: assigned to Owen Price (Compliance officer)");
        assertThat(timeline(ref).get(1).actor()).isEqualTo("chscb.officer2");

        as("chscb.officer2", () -> bean(TriageService.class).recordTriage(ref, TRIAGE));
        assertThat(CaseFixtures.stepOf("chscb", ref)).isEqualTo(CaseStatus.AWAITING_AUTHORISATION);
        assertThat(as("chscb.officer", () -> bean(CaseService.class).timelineOf(ref)))
                .anyMatch(l -> l.action().equals("Triage recorded") && l.actor().equals("chscb.officer2"));
    }

    @Test
    void aSeniorGivesATaskOnlyToAColleagueOfTheRightRoleOnTheSameBoard() {
        String ref = CaseFixtures.raise("chscb", "Gwen Given", "A concern a senior hands out.");
        OpenTask triage = openTask("chscb.senior", ref);

        InvalidInputException member = assertThrows(InvalidInputException.class,
                () -> as("chscb.senior", () -> service().assign(ref, triage.taskId(), null, "chscb.member")));
        assertThat(member.fieldMessages()).containsEntry("assignee",
                "Morgan Evans cannot do this task: it is for compliance officers.");
        InvalidInputException otherBoard = assertThrows(InvalidInputException.class,
                () -> as("chscb.senior", () -> service().assign(ref, triage.taskId(), null, "nscb.officer")));
        assertThat(otherBoard.fieldMessages()).containsEntry("assignee",
                "Choose someone of your board to give the task to.");
        InvalidInputException seniorTakes = assertThrows(InvalidInputException.class,
                () -> as("chscb.senior", () -> service().take(ref, triage.taskId(), null)));
        assertThat(seniorTakes.fieldMessages().get("assignee")).contains("it is for compliance officers");
        assertThat(openTask("chscb.officer", ref).assignee()).as("still nobody's").isNull();

        assertThrows(NotFoundException.class,
                () -> as("nscb.senior", () -> service().assign(ref, triage.taskId(), null, "nscb.officer")));
        assertThrows(AccessRefusedException.class,
                () -> as("chscb.member", () -> service().take(ref, triage.taskId(), null)));
        assertThat(as("chscb.senior", () -> service().assignable(Role.OFFICER))).extracting(a -> a.username())
                .contains("chscb.officer", "chscb.officer2").allMatch(u -> u.startsWith("chscb."))
                .doesNotContain("chscb.senior", "chscb.member");

        OpenTask given = as("chscb.senior", () -> service().assign(ref, triage.taskId(), null, "chscb.officer"));
        assertThat(given.assigneeName()).isEqualTo("Olivia Okafor");
        assertThat(timeline(ref)).anyMatch(l -> l.action().equals("Task assigned") && l.actor().equals("chscb.senior")
                && l.detail().equals("Triage the concern: assigned to Olivia Okafor (Compliance officer)"));

        List<WorkItem> mine = as("chscb.officer", () -> bean(WorkQueue.class).myTasks());
        assertThat(mine).filteredOn(t -> t.caseReference().equals(ref)).singleElement()
                .satisfies(t -> assertThat(t.assignee()).isEqualTo("chscb.officer"));
        List<WorkItem> colleague = as("chscb.officer2", () -> bean(WorkQueue.class).myTasks());
        assertThat(colleague).as("a task assigned to someone else leaves the others' lists")
                .noneMatch(t -> t.caseReference().equals(ref));
    }

    @Test
    void anAssignmentMadeOnAStaleViewOfTheTaskChangesNothing() {
        String ref = CaseFixtures.raise("chscb", "Steffan Stale", "A concern two people reach for.");
        OpenTask seen = openTask("chscb.officer", ref);
        as("chscb.officer2", () -> service().take(ref, seen.taskId(), null));

        TaskAlreadyDoneException reassigned = assertThrows(TaskAlreadyDoneException.class,
                () -> as("chscb.officer", () -> service().take(ref, seen.taskId(), null)));
        assertThat(reassigned.getMessage()).contains("is assigned to Owen Price (Compliance officer)");
        assertThat(openTask("chscb.officer", ref).assignee()).isEqualTo("chscb.officer2");

        as("chscb.officer2", () -> bean(TriageService.class).recordTriage(ref, TRIAGE));
        TaskAlreadyDoneException done = assertThrows(TaskAlreadyDoneException.class,
                () -> as("chscb.officer", () -> service().take(ref, seen.taskId(), "chscb.officer2")));
        assertThat(done.getMessage()).startsWith("Triage the concern of " + ref + " was already done by Owen Price (Compliance officer) on ");
        assertThat(timeline(ref)).filteredOn(l -> l.action().equals("Task assigned")).hasSize(1);
    }

    @Test
    void onTheCasePageAnOfficerTakesTheTaskAndAStaleFormIsAnsweredInPlainWords() {
        String ref = CaseFixtures.raise("chscb", "Pryderi Page", "A concern handled on the page.");
        Browser olivia = signedIn("chscb.officer");
        Browser owen = signedIn("chscb.officer2");
        Browser.Page owensPage = owen.open("officer/case.xhtml?ref=" + ref);
        assertThat(owensPage.body()).contains("Not assigned yet. Role: Compliance officer").contains("Assign to me");

        Browser.Page page = olivia.open("officer/case.xhtml?ref=" + ref);
        Browser.Page taken = olivia.submit(page, "assignment", Map.of(), "tasks:0:take");
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.body()).contains("The task is assigned to you.").contains("Assigned to Olivia Okafor")
                .contains("Triage the concern");
        assertThat(olivia.open("senior/work.xhtml").body()).contains(ref).contains("You");

        // Owen's page still has the triage form from before Olivia took the task.
        Browser.Page refused = owen.submit(owensPage, "triage", Map.of("decision", "INVESTIGATE",
                "note", "Owen's triage."), "record");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Triage of " + ref + " is assigned to Olivia Okafor (Compliance officer)")
                .doesNotContain("Something went wrong").doesNotContain("Exception:");
        assertThat(refused.body()).as("Owen no longer gets the form").doesNotContain("id=\"triage\"");
        assertThat(CaseFixtures.stepOf("chscb", ref)).isEqualTo(CaseStatus.AWAITING_TRIAGE);

        Browser.Page oliviasForm = olivia.open("officer/case.xhtml?ref=" + ref);
        Browser.Page triaged = olivia.submit(oliviasForm, "triage", Map.of("decision", "INVESTIGATE",
                "note", "Olivia's triage."), "record");
        assertThat(triaged.body()).contains("Triage recorded.");
        // A second submission of the same, now stale, page: the step was already done.
        Browser.Page again = olivia.submit(oliviasForm, "triage", Map.of("decision", "INVESTIGATE",
                "note", "Olivia's triage again."), "record");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Triage of " + ref + " was already done by Olivia Okafor (Compliance officer) on ")
                .doesNotContain("Something went wrong");

        // Given to a colleague from the page.
        String next = CaseFixtures.raise("chscb", "Pryderi Given", "A concern handed to a colleague.");
        Browser sunita = signedIn("chscb.senior");
        Browser.Page senior = sunita.open("officer/case.xhtml?ref=" + next);
        assertThat(senior.body()).as("a senior cannot take an officer's task").doesNotContain("Assign to me")
                .contains("Give it to");
        Browser.Page given = sunita.submit(senior, "assignment", Map.of("tasks:0:assignee", "chscb.officer2"),
                "tasks:0:assign");
        assertThat(given.status()).isEqualTo(200);
        assertThat(given.body()).contains("The task is assigned.").contains("Assigned to Owen Price");
        assertThat(openTask("chscb.officer", next).assignee()).isEqualTo("chscb.officer2");
    }

    /** Found by the working day's load (issue 43): two officers triaging one case from the monitoring tools' burst. */
    @Test
    void aDecisionOnItsCheckStepWhenAColleagueTriagedMeanwhileIsAnsweredInPlainWords() {
        String ref = CaseFixtures.raise("chscb", "Rhodri Rhuthr", "A concern two officers triage at once.");
        Browser olivia = signedIn("chscb.officer");
        Browser.Page checking = olivia.submit(olivia.open("officer/case.xhtml?ref=" + ref), "triage",
                Map.of("concerns", "CHILDREN", "decision", "NO_FURTHER_ACTION", "note", "Nothing in it."), "record");
        assertThat(checking.uri()).endsWith("case.xhtml?ref=" + ref + "&check=triage");
        assertThat(checking.body()).contains("id=\"triage-check\"");

        // Owen triages the same case before Olivia's check step is shown again (its redirect, or a reload).
        as("chscb.officer2", () -> bean(TriageService.class).recordTriage(ref, TRIAGE));
        Browser.Page gone = olivia.open("officer/case.xhtml?ref=" + ref + "&check=triage");
        assertThat(gone.status()).isEqualTo(200);
        assertThat(gone.body()).contains("Your decision was not recorded: the case no longer waits for you to do"
                + " this step").doesNotContain("id=\"triage-check\"").doesNotContain("id=\"triage\"");
        assertThat(CaseFixtures.stepOf("chscb", ref)).as("Owen's decision stands")
                .isEqualTo(CaseStatus.AWAITING_AUTHORISATION);
        assertThat(olivia.open("officer/case.xhtml?ref=" + ref + "&check=triage").uri())
                .as("nothing waits on the check step any more").endsWith("case.xhtml?ref=" + ref);
    }

    private static OpenTask openTask(String username, String ref) {
        return as(username, () -> bean(CaseFileService.class).fileOf(ref)).tasks().stream()
                .filter(t -> t.taskKey().equals("triage")).findFirst().orElseThrow();
    }

    private static List<TimelineLine> timeline(String ref) {
        return as("chscb.officer", () -> bean(CaseService.class).timelineOf(ref));
    }

    private static TaskAssignmentService service() {
        return bean(TaskAssignmentService.class);
    }
}

package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.ChainVerification;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.OrganisationView;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseReferences;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.application.work.WorkItem;
import uk.safeguardcases.application.work.WorkQueue;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.TriageDecision;

import uk.safeguardcases.domain.people.Role;

/** The foundation on the real server: a board's investigation, tenant isolation, JTA and the audit chain. */
@ExtendWith(ArquillianExtension.class)
class InvestigationIT {

    private static final Caller CHSCB_OFFICER = new Caller("chscb.officer", "Olivia Okafor", "chscb",
            Set.of(Role.OFFICER), null);
    private static final Caller CHSCB_OFFICER_2 = new Caller("chscb.officer2", "Owen Price", "chscb",
            Set.of(Role.OFFICER), null);
    private static final Caller NSCB_OFFICER = new Caller("nscb.officer", "Olivia Okafor", "nscb",
            Set.of(Role.OFFICER), null);
    private static final Caller NSCB_SENIOR = new Caller("nscb.senior", "Sunita Shah", "nscb",
            Set.of(Role.SENIOR), null);
    private static final Caller CHSCB_MEMBER = new Caller("chscb.member", "Morgan Evans", "chscb",
            Set.of(Role.MEMBER), 1L);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(InvestigationIT.class);
    }

    @Inject
    private CaseService cases;

    @Inject
    private TriageService triage;

    @Inject
    private CaseReferences caseReferences;

    @Inject
    private BoardService boards;

    @Inject
    private WorkQueue workQueue;

    @Inject
    private PeopleDirectory people;

    @Inject
    private TimelineService timeline;

    @Inject
    private ProcessEngine engine;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Resource
    private UserTransaction transaction;

    @Test
    void aBoardsConcernRunsThroughTriageToTheEndOfItsProcess() throws InterruptedException {
        CaseSummary raised = raiseAs(CHSCB_OFFICER, "Alex Example");
        assertTrue(raised.reference().matches("CHSCB-\\d{4}-\\d{4}"), raised.reference());
        assertEquals("Awaiting triage", raised.status());

        List<WorkItem> tasks = CallerContext.runAs(CHSCB_OFFICER, () -> workQueue.myTasks());
        WorkItem triageTask = tasks.stream().filter(t -> t.caseReference().equals(raised.reference())).findFirst()
                .orElseThrow(() -> new AssertionError("no triage task for " + raised.reference()));
        assertEquals("Triage the concern", triageTask.name());
        String processInstanceId = engine.getTaskService().createTaskQuery().taskId(triageTask.taskId())
                .singleResult().getProcessInstanceId();
        assertEquals("chscb", engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult().getTenantId());

        CallerContext.runAs(CHSCB_OFFICER, () -> triage.recordTriage(raised.reference(),
                triageInput(TriageDecision.NO_FURTHER_ACTION, "Clause 3.5(d) considered; consent was given.")));

        Waiting.waitingFor("the investigation ended").atMost(Duration.ofSeconds(30)).until(() -> engine
                .getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0);
        assertEquals("case-closed", engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult().getEndActivityId());
        assertEquals("Closed", CallerContext.runAs(CHSCB_OFFICER, () -> cases.findByReference(raised.reference())).status());
        List<String> actions = CallerContext.runAs(CHSCB_OFFICER, () -> cases.timelineOf(raised.reference()))
                .stream().map(line -> line.action()).toList();
        assertEquals(List.of("Concern raised", "Triage recorded", "Case closed"), actions);
    }

    @Test
    void aSecondOfficerCompletingTheSameTriageIsToldWhoDidItAndWhen() {
        CaseSummary raised = raiseAs(CHSCB_OFFICER, "Sam Second");
        CallerContext.runAs(CHSCB_OFFICER, () -> triage.recordTriage(raised.reference(),
                triageInput(TriageDecision.ADVICE_ONLY, "Advice only.")));

        TaskAlreadyDoneException refused = assertThrows(TaskAlreadyDoneException.class, () ->
                CallerContext.runAs(CHSCB_OFFICER_2, () -> triage.recordTriage(raised.reference(),
                        triageInput(TriageDecision.INVESTIGATE, "Investigate."))));
        assertTrue(refused.getMessage().contains("already done by Olivia Okafor (Compliance officer) on "), refused.getMessage());
    }

    @Test
    void anotherBoardsOfficerSeesNeitherTheCaseNorItsTaskAndCannotTouchIt() {
        CaseSummary raised = raiseAs(CHSCB_OFFICER, "Jordan Private");

        List<CaseSummary> nscbCases = CallerContext.runAs(NSCB_OFFICER, () -> cases.boardCases());
        assertTrue(nscbCases.stream().noneMatch(c -> c.reference().equals(raised.reference())));
        assertTrue(nscbCases.stream().noneMatch(c -> c.reference().startsWith("CHSCB-")));
        assertThrows(NotFoundException.class,
                () -> CallerContext.runAs(NSCB_OFFICER, () -> cases.findByReference(raised.reference())));
        assertThrows(NotFoundException.class,
                () -> CallerContext.runAs(NSCB_OFFICER, () -> cases.timelineOf(raised.reference())));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(NSCB_OFFICER,
                () -> triage.recordTriage(raised.reference(),
                        triageInput(TriageDecision.NO_FURTHER_ACTION, "Trying to close another board's case"))));
        for (Caller nscb : List.of(NSCB_OFFICER, NSCB_SENIOR)) {
            List<WorkItem> tasks = CallerContext.runAs(nscb, () -> workQueue.myTasks());
            assertTrue(tasks.stream().noneMatch(t -> t.caseReference().startsWith("CHSCB-")), nscb.username());
        }
        List<String> nscbOrganisations = CallerContext.runAs(NSCB_OFFICER, () -> boards.organisations())
                .stream().map(OrganisationView::name).toList();
        List<String> chscbOrganisations = CallerContext.runAs(CHSCB_OFFICER, () -> boards.organisations())
                .stream().map(OrganisationView::name).toList();
        assertTrue(nscbOrganisations.stream().noneMatch(chscbOrganisations::contains));

        // The case is untouched and still waiting for its own board.
        assertEquals("Awaiting triage",
                CallerContext.runAs(CHSCB_OFFICER, () -> cases.findByReference(raised.reference())).status());
    }

    @Test
    void aConcernCannotCiteAnotherBoardsOrganisation() {
        Long nscbOrganisation = CallerContext.runAs(NSCB_OFFICER, () -> boards.organisations()).get(0).id();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () ->
                CallerContext.runAs(CHSCB_OFFICER, () -> cases.raiseConcern(
                        new NewConcern("Casey Cross", nscbOrganisation, CaseSource.MANUAL, "Cross-board attempt"))));
        assertTrue(refused.fieldMessages().containsKey("organisationId"));
    }

    @Test
    void anHrPartnerSeesReferralsAboutTheirOwnOrganisationOnly() throws Exception {
        Caller chscbHr = people.callerFor("chscb.hr").orElseThrow();
        Caller nscbHr = people.callerFor("nscb.hr").orElseThrow();
        List<OrganisationView> organisations = CallerContext.runAs(CHSCB_OFFICER, () -> boards.organisations());
        Long own = chscbHr.organisationId();
        Long other = organisations.stream().map(OrganisationView::id).filter(id -> !id.equals(own)).findFirst()
                .orElseThrow();
        CaseSummary aboutOwnStaff = CallerContext.runAs(CHSCB_OFFICER, () -> cases.raiseConcern(
                new NewConcern("Own Staff", own, CaseSource.COLLEAGUE_REPORT, "Referred to this HR partner")));
        CaseSummary aboutOtherStaff = CallerContext.runAs(CHSCB_OFFICER, () -> cases.raiseConcern(
                new NewConcern("Other Staff", other, CaseSource.COLLEAGUE_REPORT, "Referred to another employer")));
        markReferred(aboutOwnStaff.id());
        markReferred(aboutOtherStaff.id());

        List<String> inbox = CallerContext.runAs(chscbHr, () -> cases.referralsToMyOrganisation())
                .stream().map(CaseSummary::reference).toList();
        assertTrue(inbox.contains(aboutOwnStaff.reference()), inbox.toString());
        assertFalse(inbox.contains(aboutOtherStaff.reference()), inbox.toString());
        List<String> otherBoard = CallerContext.runAs(nscbHr, () -> cases.referralsToMyOrganisation())
                .stream().map(CaseSummary::reference).toList();
        assertTrue(otherBoard.stream().noneMatch(r -> r.startsWith("CHSCB-")), otherBoard.toString());
        assertThrows(AccessRefusedException.class,
                () -> CallerContext.runAs(chscbHr, () -> cases.findByReference(aboutOwnStaff.reference())));
    }

    /** The full path to a referral is FullInvestigationIT's; here the referral row is written directly. */
    private void markReferred(long caseId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into referral (tenant_id, case_id,"
                        + " organisation_id, kind, approved_by, sent_at, acknowledgement_due) select tenant_id, id,"
                        + " organisation_id, 'DISCIPLINARY_REFERRAL', 'chscb.senior', current_timestamp,"
                        + " current_timestamp from safeguarding_case where id = ?")) {
            insert.setLong(1, caseId);
            assertEquals(1, insert.executeUpdate());
        }
    }

    @Test
    void aMemberCannotRaiseOrListCases() {
        assertThrows(AccessRefusedException.class, () -> CallerContext.runAs(CHSCB_MEMBER, () -> cases.boardCases()));
    }

    @Test
    void aCaseAndItsProcessStartRollBackTogether() throws Exception {
        String subject = "Rollback " + UUID.randomUUID();
        Long organisation = CallerContext.runAs(CHSCB_OFFICER, () -> boards.organisations()).get(0).id();
        String[] reference = new String[1];
        CallerContext.runAs(CHSCB_OFFICER, () -> {
            try {
                transaction.begin();
                reference[0] = cases.raiseConcern(new NewConcern(subject, organisation, CaseSource.MANUAL,
                        "Written, then rolled back")).reference();
                // Inside the transaction both exist...
                assertEquals(1, engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceBusinessKey(reference[0]).count());
                transaction.rollback();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // ...after the rollback neither does, and the reference number is free again.
        assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(reference[0]).count());
        assertEquals(0, engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference[0]).count());
        assertThrows(NotFoundException.class,
                () -> CallerContext.runAs(CHSCB_OFFICER, () -> cases.findByReference(reference[0])));
        CaseSummary next = raiseAs(CHSCB_OFFICER, "After the rollback");
        assertEquals(reference[0], next.reference(), "gap-free: the rolled-back number is reused");
    }

    @Test
    void aCounterBehindTheBoardsCasesNeverGivesAReferenceTwice() throws Exception {
        CaseSummary first = raiseAs(CHSCB_OFFICER, "Before the counter went back");
        int number = Integer.parseInt(first.reference().substring(first.reference().lastIndexOf('-') + 1));
        int year = Integer.parseInt(first.reference().split("-")[1]);
        // A counter restored from an older copy: one behind the last reference given.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement back = connection.prepareStatement("update case_reference_counter set last_value = ?"
                        + " where tenant_id = 'chscb' and counter_year = ?")) {
            back.setInt(1, number - 1);
            back.setInt(2, year);
            assertEquals(1, back.executeUpdate());
        }
        CaseSummary next = raiseAs(CHSCB_OFFICER, "After the counter went back");
        assertEquals(String.format("CHSCB-%d-%04d", year, number + 1), next.reference(),
                "the number after the highest the board's cases hold");
        assertEquals(number + 1, counter("chscb", year), "the counter set there");
        assertEquals(String.format("CHSCB-%d-%04d", year, number + 2),
                raiseAs(CHSCB_OFFICER, "And the one after").reference());
    }

    @Test
    void aReferencePastNineThousandNineHundredAndNinetyNineHasFiveDigits() throws Exception {
        // A year of its own on the counter (no case of the board's is in it), rolled back.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement counter = connection.prepareStatement("insert into case_reference_counter"
                        + " (tenant_id, counter_year, last_value) values ('lscb', 1999, 9999)")) {
            counter.executeUpdate();
        }
        try {
            String[] given = new String[1];
            CallerContext.runAs(new Caller("lscb.officer", "Olivia Okafor", "lscb", Set.of(Role.OFFICER), null), () -> {
                try {
                    transaction.begin();
                    given[0] = caseReferences.next("lscb", "LSCB", 1999);
                    transaction.rollback();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals("LSCB-1999-10000", given[0]);
        } finally {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement counter = connection.prepareStatement(
                            "delete from case_reference_counter where tenant_id = 'lscb' and counter_year = 1999")) {
                counter.executeUpdate();
            }
        }
    }

    private int counter(String board, int year) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("select last_value from case_reference_counter"
                        + " where tenant_id = ? and counter_year = ?")) {
            read.setString(1, board);
            read.setInt(2, year);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                return row.getInt(1);
            }
        }
    }

    @Test
    void theAuditChainDetectsAChangedEntryAndIsIntactOnceItIsRestored() throws Exception {
        CaseSummary raised = raiseAs(CHSCB_OFFICER, "Audit Subject");
        CallerContext.runAs(CHSCB_OFFICER, () -> triage.recordTriage(raised.reference(),
                triageInput(TriageDecision.INVESTIGATE, "Original finding")));
        ChainVerification before = CallerContext.runAs(CHSCB_OFFICER, () -> timeline.verify());
        assertTrue(before.intact(), String.valueOf(before));

        long entryId;
        String original;
        long sequence;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id, detail, sequence_no from timeline_entry"
                        + " where tenant_id = 'chscb' and case_id = ? and action = 'Triage recorded'")) {
            select.setLong(1, raised.id());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                entryId = row.getLong(1);
                original = row.getString(2);
                sequence = row.getLong(3);
            }
        }
        try {
            updateDetail(entryId, "Nothing found");
            ChainVerification tampered = CallerContext.runAs(CHSCB_OFFICER, () -> timeline.verify());
            assertFalse(tampered.intact());
            assertEquals(sequence, tampered.firstBrokenSequence());
            assertEquals("content changed after it was written", tampered.problem());
            // Another board's chain is not affected.
            assertTrue(CallerContext.runAs(NSCB_OFFICER, () -> timeline.verify()).intact());
        } finally {
            updateDetail(entryId, original);
        }
        assertTrue(CallerContext.runAs(CHSCB_OFFICER, () -> timeline.verify()).intact());
    }

    @Test
    void aTimerFiresOnTheContainersJobExecutor() throws InterruptedException {
        BpmnModelInstance model = Bpmn.createExecutableProcess("job-executor-check")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent("wait-a-second").timerWithDuration("PT1S")
                .endEvent("timer-fired")
                .done();
        String deployment = engine.getRepositoryService().createDeployment().tenantId("chscb")
                .addModelInstance("job-executor-check.bpmn", model).deploy().getId();
        try {
            String instance = engine.getRuntimeService().createProcessInstanceByKey("job-executor-check")
                    .processDefinitionTenantId("chscb").execute().getId();
            Waiting.waitingFor("the timer fired by the job executor").atMost(Duration.ofSeconds(30))
                    .until(() -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
                            .count() == 0);
            assertEquals("timer-fired", engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceId(instance).singleResult().getEndActivityId(),
                    "the job executor ran the timer within 30 s");
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    /** What someone with database access might do behind the product's back. */
    private void updateDetail(long entryId, String detail) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update timeline_entry set detail = ? where id = ?")) {
            update.setString(1, detail);
            update.setLong(2, entryId);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static TriageInput triageInput(TriageDecision decision, String note) {
        return new TriageInput(false, null, false, null, false, null, false, decision, note);
    }

    private CaseSummary raiseAs(Caller officer, String subject) {
        return CallerContext.runAs(officer, () -> {
            Long organisation = boards.organisations().get(0).id();
            CaseSummary raised = cases.raiseConcern(new NewConcern(subject, organisation, CaseSource.MONITORING,
                    "Photograph of a service user posted on a public profile."));
            assertNotNull(raised.id());
            return raised;
        });
    }

}

package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.administration.BoardSettings;
import uk.safeguardcases.application.administration.DeadlineSettings;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.CaseFile;
import uk.safeguardcases.application.cases.CaseFileService;
import uk.safeguardcases.application.cases.CaseFilter;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.cases.CaseSearch;
import uk.safeguardcases.application.cases.CaseSort;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.dashboard.ConcernCount;
import uk.safeguardcases.application.dashboard.DashboardService;
import uk.safeguardcases.application.cases.DeadlineKind;
import uk.safeguardcases.application.investigation.InvestigationSteps;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.ConcernsWhom;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.referral.Agency;

/**
 * Adults at risk (issue 16, part 3; Cwm Taf is a children's and an adults' board) on the real server: the board sets
 * the adults' route's timescale; the officer says at triage whom the concern puts at risk and that an adult at risk
 * may be harmed; the case waits for the report to the adult safeguarding team, with its deadline on the case, the
 * case list and the dashboard; a missed timescale is recorded and told to the senior managers once; the report with
 * the team's reference moves the case on. The dashboard and the case list split the board's cases by whom they
 * concern. Another board touches none of it, and the HR partner never sees it.
 */
@ExtendWith(ArquillianExtension.class)
class AdultsAtRiskIT {

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(AdultsAtRiskIT.class);
    }

    @Test
    void anAdultAtRiskIsReportedToTheAdultSafeguardingTeamWithinTheBoardsTimescale() throws Exception {
        TestBoard board = TestBoard.like("cwmtaf");
        DeadlineSettings before = as(board.admin(), () -> bean(BoardSettings.class).deadlines());
        assertThat(before.adultReportDays()).as("one working day by default").isEqualTo(1);
        as(board.admin(), () -> bean(BoardSettings.class).changeDeadlines(new DeadlineSettings(before.ladoDays(),
                before.removalDays(), before.removalReminderDays(), before.cooperationDays(),
                before.hrAcknowledgementDays(), before.hrReminderDays(), 2)));
        assertThat(as(board.admin(), () -> bean(BoardSettings.class).deadlines()).adultReportDays()).isEqualTo(2);

        String ref = CaseFixtures.raise(board.id(), "Morgan Evans",
                "Post about a resident of a care home – “Mrs Ŵ.” – naming her ward, £5 collection");
        TriageService triage = bean(TriageService.class);
        // An adult at risk, but "children only": said, nothing recorded.
        assertThatThrownBy(() -> as(board.officer(), () -> triage.recordTriage(ref, new TriageInput(false, null,
                false, null, false, null, false, TriageDecision.INVESTIGATE, "Investigate.", true,
                ConcernsWhom.CHILDREN)))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages()).containsKey("concerns"));
        assertThat(CaseFixtures.stepOf(board.id(), ref)).isEqualTo(CaseStatus.AWAITING_TRIAGE);

        as(board.officer(), () -> triage.recordTriage(ref, new TriageInput(false, null, false, null, false, null,
                false, TriageDecision.INVESTIGATE, "Preswylydd cartref gofal – adult at risk.", true,
                ConcernsWhom.ADULTS_AT_RISK)));
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.AWAITING_ADULT_SAFEGUARDING_REPORT);
        CaseFile file = as(board.officer(), () -> bean(CaseFileService.class).fileOf(ref));
        assertThat(file.concernsWhom()).isEqualTo(ConcernsWhom.ADULTS_AT_RISK);
        // A Welsh board's case about a partner's member also runs the designated person's deadline (Section 5).
        assertThat(file.deadlines()).extracting(CaseFile.Deadline::kind).containsExactlyInAnyOrder(
                DeadlineKind.ADULT_SAFEGUARDING_REPORT,
                uk.safeguardcases.application.practitioner.DesignatedPersonDeadlines.DESIGNATED_PERSON);
        java.time.Instant due = file.deadlines().stream()
                .filter(d -> d.kind().equals(DeadlineKind.ADULT_SAFEGUARDING_REPORT)).findFirst().orElseThrow().due();
        long caseId = as(board.officer(), () -> bean(CaseLookup.class).byReference(ref).id());
        assertThat(bean(ProcessEngine.class).getManagementService().createJobQuery().tenantIdIn(board.id()).timers()
                .list()).extracting(j -> j.getDuedate().toInstant()).contains(due);
        assertThat(java.time.Duration.between(java.time.Instant.now(), due).toDays())
                .as("two working days: at least a day and a half away, at most a long weekend's 5 days").isBetween(1L, 5L);

        // The dashboard and the case list split the board's cases by whom they concern.
        assertThat(as(board.officer(), () -> bean(DashboardService.class).casesByConcern()))
                .extracting(c -> c.whom() + ":" + c.open())
                .containsExactly("CHILDREN:0", "ADULTS_AT_RISK:1", "BOTH:0");
        // The dashboard lists deadlines due within DUE_SOON: two working days from a Thursday or a Friday fall after
        // the weekend, further off than that.
        var dashboardDeadlines = assertThat(as(board.officer(), () -> bean(DashboardService.class).deadlines()))
                .extracting(d -> d.kind() + " " + d.caseReference());
        if (due.isBefore(java.time.Instant.now().plus(DashboardService.DUE_SOON))) {
            dashboardDeadlines.contains(DeadlineKind.ADULT_SAFEGUARDING_REPORT + " " + ref);
        } else {
            dashboardDeadlines.doesNotContain(DeadlineKind.ADULT_SAFEGUARDING_REPORT + " " + ref);
        }
        assertThat(list(board, ConcernsWhom.ADULTS_AT_RISK)).extracting(CaseSummary::reference).containsExactly(ref);
        assertThat(list(board, ConcernsWhom.CHILDREN)).isEmpty();

        // The timescale missed: recorded and told to the senior managers once, however often the job runs.
        CallerContext.runAs(Caller.system(board.id()), () -> {
            bean(InvestigationSteps.class).escalateAdultReport(caseId);
            bean(InvestigationSteps.class).escalateAdultReport(caseId);
        });
        assertThat(actions(board, caseId)).filteredOn("Adult safeguarding report timescale missed"::equals).hasSize(1);
        assertThat(outbox(board.id())).filteredOn(m -> m[0].equals("ADULT_REPORT_TIMESCALE_MISSED"))
                .extracting(m -> m[1]).as("each senior manager once").containsExactlyInAnyOrder(
                        board.person("senior") + "@demo.example.org", board.person("senior2") + "@demo.example.org");

        // The report, with the team's reference: the case moves on.
        assertThatThrownBy(() -> as(board.officer(), () -> triage.recordAdultSafeguardingReport(ref, " ")))
                .isInstanceOf(InvalidInputException.class);
        String teamReference = "ASA/2026/17 – Tîm Diogelu Oedolion ŵ";
        as(board.officer(), () -> triage.recordAdultSafeguardingReport(ref, teamReference));
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.AWAITING_AUTHORISATION);
        CaseFile after = as(board.officer(), () -> bean(CaseFileService.class).fileOf(ref));
        assertThat(after.externalReferrals()).singleElement().satisfies(r -> {
            assertThat(r.agency()).isEqualTo(Agency.ADULT_SAFEGUARDING);
            assertThat(r.reference()).isEqualTo(teamReference);
        });
        assertThat(after.deadlines()).extracting(CaseFile.Deadline::kind).as("the report's deadline ended; the"
                + " designated person's runs until they are told").containsExactly(
                uk.safeguardcases.application.practitioner.DesignatedPersonDeadlines.DESIGNATED_PERSON);
        assertThat(actions(board, caseId)).contains("Reported to the adult safeguarding team");
        // The board's record: never the HR partner's.
        assertThat(as(board.officer(), () -> bean(TimelineService.class).sharedWithHr(caseId)))
                .extracting(TimelineEntry::action).doesNotContain("Reported to the adult safeguarding team",
                        "Adult safeguarding report timescale missed");
    }

    @Test
    void aConcernAboutChildrenAndAnAdultGoesToTheLadoThenTheAdultTeamAndAnotherBoardTouchesNothing() {
        TestBoard board = TestBoard.like("cwmtaf");
        TestBoard other = TestBoard.like("chscb");
        String ref = CaseFixtures.raise(board.id(), "Morgan Evans", "A post about a child and their grandmother");
        as(board.officer(), () -> bean(TriageService.class).recordTriage(ref, new TriageInput(false, null, false,
                null, false, null, true, TriageDecision.INVESTIGATE, "Both.", true, ConcernsWhom.BOTH)));
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.AWAITING_LADO_REFERRAL);
        as(board.officer(), () -> bean(TriageService.class).recordLadoReferral(ref, "LADO-1"));
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.AWAITING_ADULT_SAFEGUARDING_REPORT);

        assertThatThrownBy(() -> as(other.officer(), () -> bean(TriageService.class)
                .recordAdultSafeguardingReport(ref, "X"))).isInstanceOf(NotFoundException.class);
        assertThat(as(other.officer(), () -> bean(DashboardService.class).casesByConcern()))
                .extracting(ConcernCount::open).containsOnly(0L);
        assertThat(as(other.officer(), () -> bean(DashboardService.class).deadlines())).isEmpty();
        assertThat(CaseFixtures.stepOf(board.id(), ref)).isEqualTo(CaseStatus.AWAITING_ADULT_SAFEGUARDING_REPORT);
        assertThat(list(board, ConcernsWhom.BOTH)).extracting(CaseSummary::reference).containsExactly(ref);

        as(board.officer(), () -> bean(TriageService.class).recordAdultSafeguardingReport(ref, "ASA-2"));
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.AWAITING_AUTHORISATION);
    }

    private static List<CaseSummary> list(TestBoard board, ConcernsWhom whom) {
        return as(board.officer(), () -> bean(CaseSearch.class).page(new CaseFilter(null, null, null, null, null,
                null, null, null, null, whom), CaseSort.newestFirst(), 0, 25)).rows();
    }

    private static List<String> actions(TestBoard board, long caseId) {
        return as(board.officer(), () -> bean(TimelineService.class).forCase(caseId)).stream()
                .map(TimelineEntry::action).toList();
    }

    private List<String[]> outbox(String board) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select kind, recipient from outbox_message"
                        + " where tenant_id = ? order by id")) {
            query.setString(1, board);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new String[] {row.getString(1), row.getString(2)});
                }
            }
            return rows;
        }
    }
}

package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.official.AccountRegister;
import uk.safeguardcases.application.official.AccreditationCycle;
import uk.safeguardcases.application.official.AccreditationView;
import uk.safeguardcases.application.official.Accreditations;
import uk.safeguardcases.application.official.BusinessCaseDecisions;
import uk.safeguardcases.application.official.BusinessCases;
import uk.safeguardcases.application.official.CaseOfficialAccounts;
import uk.safeguardcases.application.official.OfficialAccountChoice;
import uk.safeguardcases.application.official.OfficialAccountRequestDetails;
import uk.safeguardcases.application.official.OfficialAccountRequestView;
import uk.safeguardcases.application.official.OfficialAccountView;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.application.work.WorkItem;
import uk.safeguardcases.application.work.WorkQueue;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.official.Certification;
import uk.safeguardcases.domain.official.OfficialAccountRequestStatus;

/**
 * Official accounts and accredited users (issue 15, part 2; CHSCB Authorised Use of Official Social Media Accounts)
 * on the real server, per role: a member's business case consulted on and approved by a senior (never by who asked),
 * the account registered with its profile picture checked; accreditation, listing, the reminders 60 and 30 days
 * before expiry and, at expiry, suspension from every account with the owners told; renewal; an investigation naming
 * the account. Another board sees and touches none of it.
 */
@ExtendWith(ArquillianExtension.class)
class OfficialAccountsIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(OfficialAccountsIT.class, Typed.class);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aMembersBusinessCaseIsConsultedOnThenApprovedAndRegisteredBySomeoneElse() {
        TestBoard board = TestBoard.like("chscb");
        String member = board.person("member");
        String senior = board.person("senior");
        String businessCase = Typed.text("Tweets about the board’s “Online Safety Week” in Ystradgynlais");

        String ref = as(member, () -> businessCases().request(new OfficialAccountRequestDetails(Platform.X_TWITTER,
                "lscb_ywenllian", Typed.text("Gwenllïan Ŵyn"), "Safeguarding Lead – Schools", "Lead for “e-safety”",
                businessCase)));
        assertThat(ref).matches("T[A-Z0-9]{6}-OA-\\d{4}-0001");
        OfficialAccountRequestView asked = as(member, () -> businessCases().request(ref));
        assertThat(asked.businessCase()).isEqualTo(businessCase);
        assertThat(asked.setUpName()).isEqualTo(Typed.text("Gwenllïan Ŵyn"));
        assertThat(asked.handle()).isEqualTo("@lscb_ywenllian");
        assertThat(asked.status()).isEqualTo(OfficialAccountRequestStatus.AWAITING_DECISION);

        // The senior's task list has the decision; the senior consults the requester.
        assertThat(tasks(senior)).anySatisfy(t -> {
            assertThat(t.caseReference()).isEqualTo(ref);
            assertThat(t.taskKey()).isEqualTo("decide-official-account");
            assertThat(pageOf(t)).isEqualTo("/senior/official-account.xhtml");
        });
        assertThat(problems(senior, () -> decisions().consult(ref, " "))).containsKey("consultationQuestion");
        as(senior, () -> decisions().consult(ref, "Who covers the account when you are on leave – £ budget?"));

        // The requester's own task: answer the consultation.
        assertThat(tasks(member)).anySatisfy(t -> {
            assertThat(t.caseReference()).isEqualTo(ref);
            assertThat(t.taskKey()).isEqualTo("answer-official-account-consultation");
        });
        assertThat(as(member, () -> businessCases().myRequests())).singleElement()
                .satisfies(r -> assertThat(r.answerable()).isTrue());
        String answer = Typed.text("Dafydd ap Ŷr covers it, and @lscb_chscb is the fallback");
        as(member, () -> businessCases().answerConsultation(ref, answer));
        assertThat(as(senior, () -> businessCases().request(ref)).consultationAnswer()).isEqualTo(answer);

        // Approved only with the head-and-shoulders picture checked (2.4).
        assertThat(problems(senior, () -> decisions().approve(ref, "", false))).containsKey("pictureChecked");
        long id = as(senior, () -> decisions().approve(ref, Typed.text("Approved"), true));

        OfficialAccountView account = as(board.officer(), () -> register().account(id));
        assertThat(account.handle()).isEqualTo("@lscb_ywenllian");
        assertThat(account.jobTitle()).isEqualTo("Safeguarding Lead – Schools");
        assertThat(account.pictureCheckedByName()).isNotBlank().isNotEqualTo(senior);
        assertThat(account.pictureCheckedAt()).isNotNull();
        assertThat(as(member, () -> businessCases().request(ref)).status())
                .isEqualTo(OfficialAccountRequestStatus.APPROVED);
        assertThat(tasks(senior)).noneMatch(t -> ref.equals(t.caseReference()));
        assertThat(actions(board)).contains("Official account requested", "Further consultation on an official account",
                "Official account consultation answered", "Official account approved", "Official account registered");
    }

    @Test
    void nobodyDecidesTheirOwnBusinessCaseAndARefusalGivesItsReason() {
        TestBoard board = TestBoard.like("chscb");
        String senior = board.person("senior");
        String own = as(senior, () -> businessCases().request(details("@chscb_senior")));
        assertThatThrownBy(() -> as(senior, () -> decisions().approve(own, "", true)))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("someone else");
        assertThatThrownBy(() -> as(senior, () -> decisions().refuse(own, "No")))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(as(senior, () -> businessCases().request(own)).decidable()).isFalse();
        assertThat(as(senior, () -> businessCases().request(own)).status())
                .isEqualTo(OfficialAccountRequestStatus.AWAITING_DECISION);

        String members = as(board.person("member"), () -> businessCases().request(details("@chscb_member")));
        // Only a senior decides; a member or an officer may not.
        assertThatThrownBy(() -> as(board.person("member"), () -> decisions().approve(members, "", true)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(board.officer(), () -> decisions().refuse(members, "No")))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(board.person("member"), () -> register().register()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(board.person("member"), () -> register().choices()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(board.person("hr"), () -> register().choices()))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(problems(senior, () -> decisions().refuse(members, ""))).containsKey("decisionNote");
        as(senior, () -> decisions().refuse(members, Typed.text("Use @lscb_chscb instead (2.5)")));
        OfficialAccountRequestView refused = as(board.person("member"), () -> businessCases().request(members));
        assertThat(refused.status()).isEqualTo(OfficialAccountRequestStatus.REFUSED);
        assertThat(refused.decisionNote()).isEqualTo(Typed.text("Use @lscb_chscb instead (2.5)"));
        assertThat(as(senior, () -> register().register())).isEmpty();
        // Another member does not see someone else's business case.
        assertThatThrownBy(() -> as(board.person("hr"), () -> businessCases().request(members)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anExpiredUserIsSuspendedFromEveryAccountTheOwnersToldAndARenewalAuthorisesThemAgain() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        String senior = board.person("senior");
        String member = board.person("member");
        long shared = as(senior, () -> register().register(Platform.X_TWITTER, "@lscb_chscb", senior,
                "CHSCB", "City & Hackney Safeguarding Children Board", "Official account of the CHSCB", true, true));
        long own = as(senior, () -> register().register(Platform.FACEBOOK, "chscb.officer.page", board.officer(),
                "Ceri Jones", "Compliance Officer", null, false, true));
        LocalDate passed = LocalDate.now(UK).minusDays(2);

        // Not listed before accreditation (3.2).
        assertThat(problems(senior, () -> accreditations().list(shared, member, "Editor"))).containsKey("username");
        as(senior, () -> accreditations().recordAccreditation(member, passed.minusDays(7), passed));
        as(senior, () -> accreditations().list(shared, member, Typed.text("Editor")));
        as(senior, () -> accreditations().list(own, member, "Moderator"));
        AccreditationView accredited = as(senior, () -> accreditations().accreditations()).get(0);
        assertThat(accredited.expiresOn()).isEqualTo(passed.plusYears(3));

        LocalDate expires = accredited.expiresOn();
        ClockUtil.setCurrentTime(Date.from(Certification.firstReminderAt(expires).plus(1, ChronoUnit.MINUTES)));
        runDueJobs(member, () -> accreditation(senior).firstReminderSentAt() != null, "the 60-day reminder");
        ClockUtil.setCurrentTime(Date.from(Certification.secondReminderAt(expires).plus(1, ChronoUnit.MINUTES)));
        runDueJobs(member, () -> accreditation(senior).secondReminderSentAt() != null, "the 30-day reminder");
        assertThat(outbox(board.id(), "ACCREDITATION_EXPIRING")).extracting(m -> m[0])
                .contains(member + "@demo.example.org", senior + "@demo.example.org");

        long accreditationId = ((Number) bean(ProcessEngine.class).getRuntimeService().getVariable(
                bean(ProcessEngine.class).getRuntimeService().createProcessInstanceQuery()
                        .processInstanceBusinessKey("ACCREDITATION-" + member).singleResult().getId(),
                uk.safeguardcases.domain.official.OfficialAccountProcess.ACCREDITATION_ID)).longValue();
        ClockUtil.setCurrentTime(Date.from(Certification.expiresAt(expires).plus(1, ChronoUnit.MINUTES)));
        runDueJobs(member, () -> accreditation(senior).expired(), "the expiry");

        // A job runs at least once: each step of the cycle run again (as a retried job would) changes nothing.
        int mailOnce = outbox(board.id(), "ACCREDITATION_EXPIRING").size() + outbox(board.id(), "ACCREDITATION_EXPIRED")
                .size();
        List<String> actionsOnce = actions(board);
        CallerContext.runAs(Caller.system(board.id()), () -> {
            cycle().remind(accreditationId, Certification.FIRST_REMINDER_DAYS, expires);
            cycle().remind(accreditationId, Certification.SECOND_REMINDER_DAYS, expires);
            cycle().expire(accreditationId, expires);
        });
        assertThat(outbox(board.id(), "ACCREDITATION_EXPIRING").size() + outbox(board.id(), "ACCREDITATION_EXPIRED")
                .size()).as("no e-mail sent again").isEqualTo(mailOnce);
        assertThat(actions(board)).as("nothing recorded again").isEqualTo(actionsOnce);
        for (long account : List.of(shared, own)) {
            assertThat(as(board.officer(), () -> register().account(account)).users()).singleElement()
                    .satisfies(u -> assertThat(u.suspended()).as("suspended from every account").isTrue());
        }
        assertThat(outbox(board.id(), "ACCREDITATION_EXPIRED")).extracting(m -> m[0])
                .as("the user and each account's owner").contains(member + "@demo.example.org",
                        senior + "@demo.example.org", board.officer() + "@demo.example.org");
        assertThat(outbox(board.id(), "ACCREDITATION_EXPIRED")).allSatisfy(m -> assertThat(m[1])
                .contains("@lscb_chscb").contains("@chscb.officer.page"));
        assertThat(actions(board)).contains("Accreditation test passed", "Accredited user listed",
                "Accreditation renewal reminder sent", "Accredited user suspended");

        // Renewed: authorised again, and a new three-year cycle.
        ClockUtil.reset();
        as(senior, () -> accreditations().recordAccreditation(member, LocalDate.now(UK), LocalDate.now(UK)));
        assertThat(as(board.officer(), () -> register().account(shared)).users()).singleElement()
                .satisfies(u -> assertThat(u.suspended()).isFalse());
        assertThat(accreditation(senior).expiresOn()).isEqualTo(LocalDate.now(UK).plusYears(3));
        assertThat(accreditation(senior).renewals()).isOne();
        assertThat(actions(board)).contains("Accreditation renewed");
    }

    @Test
    void anInvestigationAboutAnOfficialAccountShowsItAndItsAccreditedUsersAndCanCiteTheAuthorisedUseClauses()
            throws Exception {
        TestBoard board = TestBoard.like("chscb");
        String senior = board.person("senior");
        long shared = as(senior, () -> register().register(Platform.X_TWITTER, "@lscb_chscb", senior, "CHSCB",
                "City & Hackney Safeguarding Children Board", null, true, true));
        as(senior, () -> accreditations().recordAccreditation(board.officer(), LocalDate.now(UK), LocalDate.now(UK)));
        as(senior, () -> accreditations().list(shared, board.officer(), "Editor"));
        Long organisation = CaseFixtures.caller(board.person("member")).organisationId();
        String ref = as(board.officer(), () -> bean(CaseService.class).raiseConcern(new NewConcern("Morgan Evans",
                organisation, CaseSource.COLLEAGUE_REPORT, Typed.text("A tweet about lunch from @lscb_chscb"), null))
                .reference());

        as(board.officer(), () -> caseAccounts().linkCase(ref, shared));
        OfficialAccountView shown = as(board.officer(), () -> caseAccounts().accountOfCase(ref)).orElseThrow();
        assertThat(shown.handle()).isEqualTo("@lscb_chscb");
        assertThat(shown.users()).extracting(OfficialAccountView.AccreditedUserView::designatedRole)
                .containsExactly("Editor");
        assertThat(clauseText(board.id(), "AU 4.3")).isEqualTo("Don't tweet about personal issues – no one wants to"
                + " know what you had for lunch – but tweet if you're having a public meeting in a town hall, leisure"
                + " centre or coffee shop.");
        assertThat(clauseText(board.id(), "AU 5.3")).startsWith("When circulating photographs");
    }

    @Test
    void anotherBoardSeesAndTouchesNoneOfIt() {
        TestBoard chscb = TestBoard.like("chscb");
        TestBoard cwmtaf = TestBoard.like("cwmtaf");
        String senior = chscb.person("senior");
        String ref = as(chscb.person("member"), () -> businessCases().request(details("@chscb_only")));
        long account = as(senior, () -> register().register(Platform.X_TWITTER, "@lscb_chscb", senior, "CHSCB",
                "Board", null, true, true));
        as(senior, () -> accreditations().recordAccreditation(chscb.person("member"), LocalDate.now(UK),
                LocalDate.now(UK)));
        Long organisation = CaseFixtures.caller(chscb.person("member")).organisationId();
        String caseRef = as(chscb.officer(), () -> bean(CaseService.class).raiseConcern(new NewConcern("Morgan Evans",
                organisation, CaseSource.COLLEAGUE_REPORT, "A post", null)).reference());

        String other = cwmtaf.person("senior");
        assertThat(as(other, () -> businessCases().requests())).isEmpty();
        assertThat(as(other, () -> register().register())).isEmpty();
        assertThat(as(cwmtaf.officer(), () -> register().choices())).isEmpty();
        assertThat(as(other, () -> accreditations().accreditations())).isEmpty();
        assertThat(tasks(other)).noneMatch(t -> ref.equals(t.caseReference()));
        assertThatThrownBy(() -> as(other, () -> businessCases().request(ref))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other, () -> decisions().approve(ref, "", true)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other, () -> decisions().refuse(ref, "No"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other, () -> register().account(account))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other, () -> accreditations().list(account, other, "Editor")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(cwmtaf.officer(), () -> caseAccounts().linkCase(caseRef, account)))
                .isInstanceOf(NotFoundException.class);
        assertThat(problems(other, () -> accreditations().recordAccreditation(chscb.person("member"), LocalDate.now(UK),
                LocalDate.now(UK)))).containsKey("username");
        // Their own case cannot name another board's account either.
        Long theirOrganisation = CaseFixtures.caller(cwmtaf.person("member")).organisationId();
        String theirCase = as(cwmtaf.officer(), () -> bean(CaseService.class).raiseConcern(new NewConcern("Rhys Jones",
                theirOrganisation, CaseSource.COLLEAGUE_REPORT, "Post", null)).reference());
        assertThatThrownBy(() -> as(cwmtaf.officer(), () -> caseAccounts().linkCase(theirCase, account)))
                .isInstanceOf(NotFoundException.class);
        // Still all there for its own board.
        assertThat(as(senior, () -> businessCases().request(ref)).status())
                .isEqualTo(OfficialAccountRequestStatus.AWAITING_DECISION);
        assertThat(as(senior, () -> register().register())).hasSize(1);
        // The case page's choice of account: the board's own, in its handle and platform.
        assertThat(as(chscb.officer(), () -> register().choices()))
                .containsExactly(new OfficialAccountChoice(account, Platform.X_TWITTER, "@lscb_chscb"));
    }

    private static OfficialAccountRequestDetails details(String handle) {
        return new OfficialAccountRequestDetails(Platform.X_TWITTER, handle, "Ceri Jones", "Designated Officer", null,
                "Supports the board’s strategic objective on online safety.");
    }

    private static BusinessCases businessCases() {
        return bean(BusinessCases.class);
    }

    private static BusinessCaseDecisions decisions() {
        return bean(BusinessCaseDecisions.class);
    }

    private static AccountRegister register() {
        return bean(AccountRegister.class);
    }

    private static Accreditations accreditations() {
        return bean(Accreditations.class);
    }

    private static AccreditationCycle cycle() {
        return bean(AccreditationCycle.class);
    }

    private static CaseOfficialAccounts caseAccounts() {
        return bean(CaseOfficialAccounts.class);
    }

    private static List<WorkItem> tasks(String person) {
        return as(person, () -> bean(WorkQueue.class).myTasks());
    }

    private static AccreditationView accreditation(String senior) {
        return as(senior, () -> accreditations().accreditations()).get(0);
    }

    private static List<String> actions(TestBoard board) {
        return as(board.admin(), () -> bean(TimelineService.class).boardEntries(50)).stream()
                .map(TimelineEntry::action).toList();
    }

    private static Map<String, String> problems(String person, Runnable step) {
        try {
            as(person, step);
        } catch (InvalidInputException e) {
            return e.fieldMessages();
        }
        throw new AssertionError("The input was accepted");
    }

    /** Runs the accreditation's due jobs (the job executor may get there first) until {@code done}. */
    private static void runDueJobs(String username, BooleanSupplier done, String what) {
        ProcessEngine engine = bean(ProcessEngine.class);
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("ACCREDITATION-" + username).singleResult().getId();
        Waiting.runningJobsUntil(what + " of " + username, engine.getManagementService(),
                () -> engine.getManagementService().createJobQuery().processInstanceId(instance).executable().list(),
                done);
    }

    private List<String[]> outbox(String board, String kind) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select recipient, body from outbox_message where tenant_id = ? and kind = ?")) {
            query.setString(1, board);
            query.setString(2, kind);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new String[] {row.getString(1), row.getString(2)});
                }
            }
            return rows;
        }
    }

    private String clauseText(String board, String reference) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select clause_text from policy_clause where tenant_id = ? and reference = ?")) {
            query.setString(1, board);
            query.setString(2, reference);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** The page the work lists link a task to, as the pages work it out ({@code #{contributions.taskPage(…)}}). */
    private static String pageOf(uk.safeguardcases.application.work.WorkItem task) {
        jakarta.el.ELProcessor el = new jakarta.el.ELProcessor();
        el.getELManager().addELResolver(jakarta.enterprise.inject.spi.CDI.current().getBeanManager().getELResolver());
        return (String) el.eval("contributions.taskPage('" + task.taskKey() + "')");
    }
}

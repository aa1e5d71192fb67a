package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.api.ApiKeyService;
import uk.safeguardcases.application.api.PersonalAccessTokens;
import uk.safeguardcases.application.hosting.BoardHealth;
import uk.safeguardcases.application.hosting.HostedBoards;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.api.PersonalAccessToken;
import uk.safeguardcases.domain.audit.ChainCheck;
import uk.safeguardcases.domain.hosting.HostingNotice;
import uk.safeguardcases.infrastructure.mail.MailSender;

/**
 * The hosting operator suspends a board and resumes it: while suspended its people cannot sign in (those signed in
 * lose their caller), its public page says it is closed, its e-mails wait and its timers wait; on resumption a timer
 * that fell due meanwhile runs once, the e-mails go, and the board's timeline says both. Only an operator may.
 */
@ExtendWith(ArquillianExtension.class)
class BoardSuspensionIT {

    private static final Caller OPERATOR = new Caller("host:it.operator", "Ceri Ŵyn", null, Set.of(), null);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(BoardSuspensionIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Test
    void aSuspendedBoardIsClosedAndItsTimersAndEmailsWaitThenRunOnceOnResumption() throws Exception {
        TestBoard board = TestBoard.like("lscb");
        HostedBoards boards = bean(HostedBoards.class);
        ManagementService management = bean(ProcessEngine.class).getManagementService();
        Job nightly = management.createJobQuery().tenantIdIn(board.id()).processDefinitionKey("audit-chain-check")
                .timers().singleResult();
        assertNotNull(nightly, "the board's nightly chain check waits for its time");
        assertFalse(new Browser(CaseFixtures.base()).signIn(board.officer(), CaseFixtures.PASSWORD).uri()
                .contains("login.xhtml"), "before: the officer signs in");

        CaseFixtures.raise(board.id(), "Dafydd Health-Check",
                "A post for the operator's counts – “only counts”.");
        BoardHealth open = CallerContext.runAs(OPERATOR, boards::boards).stream()
                .filter(b -> b.code().equals(board.id())).findFirst().orElseThrow();
        assertEquals(1, open.openCases(), "the operator sees the board's open case as a count");
        assertTrue(open.openTasks() >= 1, "and its step waiting");
        assertTrue(open.people() >= 7, "and its people, counted");
        assertNotNull(open.lastSignIn(), "the officer's sign-in above, as the board's last");
        assertFalse(open.suspended());

        String key = CaseFixtures.as(board.admin(),
                () -> bean(ApiKeyService.class).create("Monitoring – “ŵ”").key());
        String token = CaseFixtures.as(board.officer(), () -> bean(PersonalAccessTokens.class).issue("Laptop",
                PersonalAccessToken.Scope.READ, 30).token());
        assertTrue(bean(ApiKeyService.class).callerForKey(key).isPresent());
        assertTrue(bean(PersonalAccessTokens.class).callerFor(token, "GET", "/api/cases").isPresent());

        String reason = "Contract paused – £0 owed, “review” ✓";
        CallerContext.runAs(OPERATOR, () -> boards.suspend(board.id(), reason));

        assertTrue(bean(ApiKeyService.class).callerForKey(key).isEmpty(), "the board's API key opens nothing");
        assertTrue(bean(PersonalAccessTokens.class).callerFor(token, "GET", "/api/cases").isEmpty(),
                "nor a personal token of its people");

        assertTrue(bean(PeopleDirectory.class).callerFor(board.officer()).isEmpty(), "nobody of the board is let in");
        Browser.Page refused = new Browser(CaseFixtures.base()).signIn(board.officer(), CaseFixtures.PASSWORD);
        assertTrue(refused.uri().contains("login.xhtml"), refused.uri());
        Browser.Page publicPage = new Browser(CaseFixtures.base()).open("concern/raise.xhtml?board=" + board.id());
        assertEquals(503, publicPage.status());
        assertTrue(publicPage.body().contains("Closed for now") && !publicPage.body().contains("<form"),
                publicPage.body());
        BoardHealth health = CallerContext.runAs(OPERATOR, boards::boards).stream()
                .filter(b -> b.code().equals(board.id())).findFirst().orElseThrow();
        assertTrue(health.suspended());
        assertEquals(reason, health.suspensionReason());

        long message = CallerContext.runAs(Caller.system(board.id()), () -> bean(Outbox.class).queue(null,
                HostingNotice.ADMINISTRATOR_INVITATION, "waits@example.org", "Waits", "While the board is suspended."));
        assertEquals(0, bean(MailSender.class).deliver(board.id()), "the suspended board's e-mails wait");
        assertEquals(0, attempts(message));

        assertTrue(management.createJobQuery().jobId(nightly.getId()).singleResult().isSuspended(),
                "the engine holds the board's jobs");
        management.setJobDuedate(nightly.getId(), Date.from(Instant.now().minus(Duration.ofHours(1))));
        long checksBefore = nightlyChecks(board.id());
        Waiting.waitingFor("a timer due while suspended waits, for several rounds of the job executor's acquisition")
                .during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(11))
                .until(() -> nightlyChecks(board.id()) == checksBefore);

        CallerContext.runAs(OPERATOR, () -> boards.resume(board.id()));

        assertTrue(bean(PeopleDirectory.class).callerFor(board.officer()).isPresent());
        assertTrue(bean(ApiKeyService.class).callerForKey(key).isPresent(), "the key opens again");
        assertFalse(new Browser(CaseFixtures.base()).signIn(board.officer(), CaseFixtures.PASSWORD).uri()
                .contains("login.xhtml"));
        assertEquals(200, new Browser(CaseFixtures.base()).open("concern/raise.xhtml?board=" + board.id()).status());
        // The job executor's own acquisition, as in production.
        Waiting.waitingFor("the nightly check that fell due while suspended, after resumption")
                .atMost(Duration.ofSeconds(90)).until(() -> nightlyChecks(board.id()) > checksBefore);
        Waiting.waitingFor("it ran once").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8))
                .until(() -> nightlyChecks(board.id()) == checksBefore + 1);
        bean(MailSender.class).deliver(board.id());
        assertTrue(attempts(message) >= 1, "the e-mail that waited is tried now");
        String timeline = timeline(board.id());
        assertTrue(timeline.contains("Board suspended by the hosting operator")
                && timeline.contains("Board resumed by the hosting operator"), timeline);
    }

    @Test
    void onlyAHostingOperatorSuspendsAndABoardIsResumedOnlyWhenSuspended() {
        TestBoard board = TestBoard.like("nscb");
        HostedBoards boards = bean(HostedBoards.class);
        assertThrows(AccessRefusedException.class,
                () -> CaseFixtures.as(board.admin(), () -> boards.suspend(board.id(), "Not theirs")));
        assertThrows(AccessRefusedException.class, () -> CallerContext.runAs(Caller.system(board.id()),
                () -> boards.boards()), "the board's own jobs are not the operator");
        InvalidInputException notSuspended = assertThrows(InvalidInputException.class,
                () -> CallerContext.runAs(OPERATOR, () -> boards.resume(board.id())));
        assertTrue(notSuspended.getMessage().contains("is not suspended"), notSuspended.getMessage());
        assertThrows(InvalidInputException.class, () -> CallerContext.runAs(OPERATOR, () -> boards.suspend(board.id(),
                "  ")));
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> CallerContext.runAs(OPERATOR, () -> boards.suspend("nosuchboard", "Why")));
        assertTrue(unknown.getMessage().contains("no board"), unknown.getMessage());
        assertTrue(bean(PeopleDirectory.class).callerFor(board.officer()).isPresent(), "nothing was suspended");
        List<String> codes = CallerContext.runAs(OPERATOR, boards::boards).stream().map(BoardHealth::code).toList();
        assertTrue(codes.containsAll(List.of(board.id(), "chscb", "cwmtaf")), codes.toString());
    }

    private long attempts(long message) throws SQLException {
        return single("select attempts from outbox_message where id = ?", message);
    }

    private long nightlyChecks(String board) {
        try {
            return single("select count(*) from audit_chain_check where tenant_id = ? and checked_by = '"
                    + ChainCheck.NIGHTLY + "'", board);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String timeline(String board) throws SQLException {
        StringBuilder actions = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select action from timeline_entry where tenant_id = ? order by sequence_no")) {
            query.setString(1, board);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.append(rows.getString(1)).append('\n');
                }
            }
        }
        return actions.toString();
    }

    private long single(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}

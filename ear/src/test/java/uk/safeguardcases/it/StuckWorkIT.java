package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.health.HealthService;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.stuckwork.StuckItem;
import uk.safeguardcases.application.stuckwork.StuckWork;
import uk.safeguardcases.application.stuckwork.StuckWorkWatch;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.infrastructure.engine.EngineSettings;
import uk.safeguardcases.infrastructure.engine.StepFaults;

/**
 * Nothing fails in silence: a timer's step that keeps failing (the test-only fault switch) is retried with back-off,
 * then shown on its board's Stuck work page (and no other board's), e-mailed once to the board's senior managers and
 * administrators, counted by readiness, and done when a senior tries it again. An e-mail given up on is shown too,
 * and tried again or dealt with another way. Each action is on the timeline with who did it.
 */
@ExtendWith(ArquillianExtension.class)
class StuckWorkIT {

    private static final String ESCALATE_LADO = "escalate-lado-referral";
    private static final String PASSWORD = "Safeguard-Demo-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(StuckWorkIT.class);
    }

    @Inject
    private PeopleDirectory people;

    @Inject
    private uk.safeguardcases.domain.people.PersonRepository personRepository;

    @Inject
    private CaseService cases;

    @Inject
    private TriageService triage;

    @Inject
    private StuckWork stuckWork;

    @Inject
    private StuckWorkWatch watch;

    @Inject
    private HealthService health;

    @Inject
    private Outbox outbox;

    @Inject
    private ProcessEngine engine;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @AfterEach
    void realTimeAndNoFaults() {
        ClockUtil.reset();
        StepFaults.disarm("chscb", ESCALATE_LADO);
    }

    @Test
    void aLadoEscalationThatKeepsFailingIsRetriedShownToItsBoardMailedOnceAndDoneWhenTriedAgain() throws Exception {
        String ref = raiseNeedingTheLado("Steffan Stuck");
        StepFaults.failNext("chscb", ESCALATE_LADO, 1000);
        long mailedBefore = stuckMailsOf("chscb");

        // The LADO's day passes: the escalation fails, and is to be tried again a minute later.
        Instant missed = Instant.now().plus(5, ChronoUnit.DAYS);
        ClockUtil.setCurrentTime(Date.from(missed));
        await(() -> retriesOf(ref) >= 0 && retriesOf(ref) < EngineSettings.TRIES, "the first failure of " + ref);
        int afterFirst = retriesOf(ref);
        assertThat(afterFirst).isEqualTo(EngineSettings.TRIES - 1);
        Job job = jobOf(ref);
        Instant again = missed.plus(1, ChronoUnit.MINUTES);
        assertThat(job.getDuedate().toInstant()).isBetween(again.minusSeconds(1), again.plusSeconds(1));
        assertThat(actions(ref)).doesNotContain("LADO timescale missed");
        // Meanwhile the page lists it as being tried again by itself, its next try beside it, with nothing to press.
        assertThat(as("chscb.senior", () -> stuckWork.list())).anySatisfy(item -> {
            assertThat(item.kind()).isEqualTo(StuckItem.Kind.STEP_RETRYING);
            assertThat(item.caseReference()).isEqualTo(ref);
            assertThat(item.name()).isEqualTo("Escalate to the senior manager");
            assertThat(item.isStopped()).isFalse();
            assertThat(item.since()).isEqualTo(job.getDuedate().toInstant());
        });
        assertThat(as("nscb.senior", () -> stuckWork.list())).noneMatch(item -> ref.equals(item.caseReference()));

        // The retries happen: when it is due, it is tried again (and fails again).
        ClockUtil.setCurrentTime(Date.from(again.plusSeconds(30)));
        await(() -> retriesOf(ref) >= 0 && retriesOf(ref) < afterFirst, "the second try of " + ref);

        // The day of retries passes (its schedule is the engine test's): the last try fails, and it stops.
        Job last = jobOf(ref);
        engine.getManagementService().setJobRetries(1).jobId(last.getId()).dueDate(ClockUtil.getCurrentTime())
                .execute();
        await(() -> engine.getRuntimeService().createIncidentQuery().processInstanceId(instanceOf(ref).getId())
                .count() == 1, "an incident for " + ref);

        // Shown on the board's Stuck work page, in plain words: the step, the case, and the last error.
        StuckItem stuck = stuckOf("chscb.senior", ref);
        assertThat(stuck.kind()).isEqualTo(StuckItem.Kind.STEP);
        assertThat(stuck.name()).isEqualTo("Escalate to the senior manager");
        assertThat(stuck.processName()).isNotBlank();
        assertThat(stuck.caseReference()).isEqualTo(ref);
        assertThat(stuck.error()).isEqualTo("Test fault: the step escalate-lado-referral was made to fail")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(as("chscb.admin", () -> stuckWork.list())).extracting(StuckItem::id).contains(stuck.id());

        // Another board sees none of it and cannot touch it; an officer is not shown it.
        assertThat(as("nscb.senior", () -> stuckWork.list())).extracting(StuckItem::id).doesNotContain(stuck.id());
        assertThatThrownBy(() -> as("nscb.senior", () -> {
            stuckWork.tryStepAgain(stuck.id());
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("chscb.officer", () -> stuckWork.list())).isInstanceOf(AccessRefusedException.class);

        // Readiness counts it for the board, without failing.
        assertThat(health.readiness().ready()).isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Long> byBoard = (Map<String, Long>) health.readiness().engine().get("stuckStepsByBoard");
        assertThat(byBoard).containsKey("chscb");
        assertThat(byBoard.get("chscb")).isPositive();

        // The seniors and administrators are e-mailed once, however often the watch looks (every node, every minute).
        watch.watch();
        long mailed = stuckMailsOf("chscb") - mailedBefore;
        assertThat(mailed).as("one e-mail to each senior manager and administrator").isEqualTo(seniorsAndAdminsOf("chscb"));
        watch.watch();
        watch.watch();
        assertThat(stuckMailsOf("chscb") - mailedBefore).isEqualTo(mailed);
        assertThat(stuckMailsOf("nscb")).isZero();
        assertThat(actions(ref)).contains("Step stopped after every try");

        // A senior tries it again before the cause is mended: it fails at once and is back on the page. The timeline says
        // just that; nobody is told again that it "failed every try for a day".
        as("chscb.senior", () -> {
            stuckWork.tryStepAgain(stuck.id());
            return null;
        });
        await(() -> engine.getRuntimeService().createIncidentQuery().processInstanceId(instanceOf(ref).getId())
                .list().stream().anyMatch(i -> !i.getId().equals(stuck.id())), "the step failing again for " + ref);
        watch.watch();
        assertThat(stuckMailsOf("chscb") - mailedBefore).as("no second e-mail").isEqualTo(mailed);
        List<TimelineLine> afterTrying = as("chscb.officer", () -> cases.timelineOf(ref));
        assertThat(afterTrying).filteredOn(line -> line.action().equals("Step stopped after every try")).hasSize(1);
        assertThat(afterTrying).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo("Stopped step failed again when tried again");
            assertThat(line.detail()).contains("was tried again and failed again");
        });
        StuckItem stuckAgain = stuckOf("chscb.senior", ref);
        assertThat(stuckAgain.id()).isNotEqualTo(stuck.id());

        // The fault is put right and a senior tries it again: the escalation is done, and the page is clear of it.
        StepFaults.disarm("chscb", ESCALATE_LADO);
        as("chscb.senior", () -> {
            stuckWork.tryStepAgain(stuckAgain.id());
            return null;
        });
        await(() -> actions(ref).contains("LADO timescale missed"), "the escalation of " + ref);
        assertThat(as("chscb.senior", () -> stuckWork.list())).extracting(StuckItem::id)
                .doesNotContain(stuckAgain.id());
        List<TimelineLine> timeline = as("chscb.officer", () -> cases.timelineOf(ref));
        assertThat(timeline).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo("Stopped step tried again");
            assertThat(line.detail()).contains("Escalate to the senior manager").contains(ref);
        });
        assertThatThrownBy(() -> as("chscb.senior", () -> {
            stuckWork.tryStepAgain(stuckAgain.id());
            return null;
        })).as("tried again already").isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEmailGivenUpOnIsShownToItsBoardAndTriedAgainOrDealtWithAnotherWay() throws Exception {
        long first = givenUpMessage("chscb", "Ŵyn “Dŵr” – £5 📧");
        assertThat(as("chscb.senior", () -> stuckWork.list())).anySatisfy(item -> {
            assertThat(item.kind()).isEqualTo(StuckItem.Kind.EMAIL);
            assertThat(item.id()).isEqualTo(String.valueOf(first));
            assertThat(item.name()).isEqualTo("Ŵyn “Dŵr” – £5 📧");
            assertThat(item.audience()).as("the warning goes to seniors and administrators alike")
                    .isEqualTo("SENIOR_AND_ADMIN");
            assertThat(item.error()).isEqualTo("550 mailbox unavailable");
        });
        assertThat(as("nscb.admin", () -> stuckWork.list())).extracting(StuckItem::id)
                .doesNotContain(String.valueOf(first));
        assertThatThrownBy(() -> as("nscb.admin", () -> {
            stuckWork.emailDealtWith(first);
            return null;
        })).isInstanceOf(NotFoundException.class);

        as("chscb.admin", () -> {
            stuckWork.tryEmailAgain(first);
            return null;
        });
        // Off the list of what was given up; once the sender has tried it again (no mail server here) it may be
        // listed as being tried, with nothing to press.
        assertThat(as("chscb.senior", () -> stuckWork.list())).noneMatch(item -> item.isStopped()
                && item.id().equals(String.valueOf(first)));
        assertThat(givenUpAtOf(first)).as("queued afresh").isNull();

        long second = givenUpMessage("chscb", "Second");
        as("chscb.senior", () -> {
            stuckWork.emailDealtWith(second);
            return null;
        });
        assertThat(as("chscb.senior", () -> stuckWork.list())).extracting(StuckItem::id)
                .doesNotContain(String.valueOf(second));
        assertThatThrownBy(() -> as("chscb.senior", () -> {
            stuckWork.tryEmailAgain(second);
            return null;
        })).as("dealt with already").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aWarningTheRelayCannotTakeIsNeverGivenUpAndIsListedAsBeingTriedWhileMailFails() throws Exception {
        String subject = "Rhybudd – ŵ “" + System.nanoTime() + "” 📧";
        long id = as("chscb.officer", () -> outbox.queue(null, Notice.MAIL_UNDELIVERABLE, "uwch@chscb.example",
                "Ref: " + subject, "Body"));
        String down = "MailConnectException: Couldn't connect to host, port: 127.0.0.1, 9; timeout 10000";
        // Far past the attempts any other message gets: still not given up, so it goes once the relay is back.
        boolean givenUp = as("chscb.officer", () -> outbox.failed(id, 100_000, down, false, Instant.now()));
        assertThat(givenUp).isFalse();
        assertThat(givenUpAtOf(id)).isNull();

        assertThat(as("chscb.senior", () -> stuckWork.list())).anySatisfy(item -> {
            assertThat(item.kind()).isEqualTo(StuckItem.Kind.EMAIL_RETRYING);
            assertThat(item.id()).isEqualTo(String.valueOf(id));
            assertThat(item.name()).isEqualTo(subject);
            assertThat(item.cause()).isEqualTo("MAIL_SERVER_UNREACHABLE");
            assertThat(item.isStopped()).isFalse();
        });
        assertThat(as("nscb.senior", () -> stuckWork.list())).extracting(StuckItem::id)
                .doesNotContain(String.valueOf(id));
        Browser.Page page = signedIn("chscb.senior").open("senior/stuck-work.xhtml");
        assertThat(page.body()).contains(subject).contains("The mail server could not be reached.")
                .contains("being tried again by itself").doesNotContain("Nothing is stuck");

        // The relay works again: sent, and gone from the page.
        as("chscb.officer", () -> {
            outbox.sent(id, Instant.now());
            return null;
        });
        assertThat(as("chscb.senior", () -> stuckWork.list())).extracting(StuckItem::id)
                .doesNotContain(String.valueOf(id));
    }

    @Test
    void theStuckWorkPageIsForTheBoardsSeniorManagersAndAdministrators() {
        for (String allowed : List.of("chscb.senior", "chscb.admin")) {
            Browser.Page page = signedIn(allowed).open("senior/stuck-work.xhtml");
            assertThat(page.status()).as(allowed).isEqualTo(200);
            assertThat(page.body()).contains("Stuck work at").contains("Stuck work</a>");
        }
        assertThat(signedIn("chscb.officer").open("senior/stuck-work.xhtml").status()).isEqualTo(403);
        assertThat(signedIn("chscb.member").open("senior/stuck-work.xhtml").status()).isEqualTo(403);
    }

    @Test
    void onThePageAnEmailIsDealtWithAnotherWayOnlyAfterACheckStepAndARefreshRepeatsNothing() throws Exception {
        String subject = "Neges – ŵ " + System.nanoTime();
        long id = givenUpMessage("chscb", subject);
        Browser senior = signedIn("chscb.senior");
        Browser.Page page = senior.open("senior/stuck-work.xhtml");
        assertThat(page.body()).contains(subject).contains("550 mailbox unavailable")
                .contains("The mail server refused the e-mail or its address.");

        Browser.Page asked = senior.submit(page, "stuck", Map.of(), "items:" + rowOf(page, subject) + ":dealtWith");
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains("The e-mail will leave this page and will not be sent.").contains(subject);
        assertThat(dealtWithByOf(id)).as("nothing done before the check step is confirmed").isNull();

        Browser.Page done = senior.submit(asked, "stuck", Map.of(),
                "items:" + rowOf(asked, subject) + ":confirmDealtWith");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.uri()).as("back at the page's own address").endsWith("/senior/stuck-work.xhtml");
        assertThat(done.body()).contains("is recorded as dealt with another way").doesNotContain("items:0:confirmDealtWith");
        assertThat(dealtWithByOf(id)).isEqualTo("chscb.senior");
        assertThat(senior.open("senior/stuck-work.xhtml").body()).doesNotContain(subject);
    }

    /** The row index of the page's Stuck work table whose row shows {@code text}. */
    private static String rowOf(Browser.Page page, String text) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr[^>]*data-ri=\"(\\d+)\"[^>]*>(.*?)</tr>",
                java.util.regex.Pattern.DOTALL).matcher(page.body());
        while (row.find()) {
            if (row.group(2).contains(text)) {
                return row.group(1);
            }
        }
        throw new AssertionError("no row shows " + text);
    }

    private Object dealtWithByOf(long id) throws SQLException {
        return messageColumn("dealt_with_by", id);
    }

    private Browser signedIn(String username) {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        Browser browser = new Browser(URI.create("http://localhost:" + (8080 + offset) + "/"));
        Browser.Page landed = browser.signIn(username, PASSWORD);
        assertThat(landed.status()).as(landed.body()).isEqualTo(200);
        return browser;
    }

    /** A message of the board queued and then refused by the mail server: given up on at once. */
    private long givenUpMessage(String board, String subject) throws Exception {
        long id = as(board + ".officer", () -> outbox.queue(null, Notice.MAIL_UNDELIVERABLE, "nobody@" + board
                + ".example", "Ref: " + subject, "Body"));
        as(board + ".officer", () -> outbox.failed(id, 1, "550 mailbox unavailable", true, Instant.now()));
        return id;
    }

    private String raiseNeedingTheLado(String subject) throws Exception {
        Caller hr = caller("chscb.hr");
        String ref = as("chscb.officer", () -> cases.raiseConcern(new NewConcern(subject, hr.organisationId(),
                CaseSource.COLLEAGUE_REPORT, "Reported by a colleague.", "chscb.member"))).reference();
        as("chscb.officer", () -> {
            triage.recordTriage(ref, new TriageInput(false, null, false, null, false, null, true,
                    TriageDecision.INVESTIGATE, "Harm threshold met."));
            return null;
        });
        assertThat(as("chscb.officer", () -> cases.findByReference(ref)).status())
                .isEqualTo(CaseStatus.AWAITING_LADO_REFERRAL.label());
        return ref;
    }

    private StuckItem stuckOf(String username, String ref) throws Exception {
        return as(username, () -> stuckWork.list()).stream()
                .filter(i -> i.kind() == StuckItem.Kind.STEP && ref.equals(i.caseReference())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing stuck for " + ref));
    }

    private List<String> actions(String ref) {
        try {
            return as("chscb.officer", () -> cases.timelineOf(ref)).stream().map(TimelineLine::action).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ProcessInstance instanceOf(String ref) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ref).singleResult();
    }

    private Job jobOf(String ref) {
        return engine.getManagementService().createJobQuery().processInstanceId(instanceOf(ref).getId()).timers()
                .singleResult();
    }

    private int retriesOf(String ref) {
        Job job = jobOf(ref);
        return job == null ? -1 : job.getRetries();
    }

    /**
     * Waits until {@code condition} holds. The job executor runs the case's due jobs; a moved clock does not wake it
     * (it polls less often while idle), so it is told a job was added, as the engine tells it when one is. Only the
     * executor runs them: a test running a failing job beside it could fail it twice at once and move its next try.
     */
    private void await(BooleanSupplier condition, String what) {
        var executor = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getJobExecutor();
        Waiting.waitingFor(what).pollInterval(Duration.ofMillis(100)).atMost(Duration.ofSeconds(40))
                .until(() -> {
                    if (condition.getAsBoolean()) {
                        return true;
                    }
                    executor.jobWasAdded();
                    return false;
                });
    }

    private long stuckMailsOf(String board) throws SQLException {
        return single("select count(*) from outbox_message where tenant_id = ? and kind = 'STEP_STUCK'", board);
    }

    private long seniorsAndAdminsOf(String board) {
        return CallerContext.runAs(Caller.system(board), () -> (long) personRepository.emailsOf(
                List.of(uk.safeguardcases.domain.people.Role.SENIOR, uk.safeguardcases.domain.people.Role.ADMIN))
                .size());
    }

    private Object givenUpAtOf(long id) throws SQLException {
        return messageColumn("undeliverable_at", id);
    }

    /** A column of an outbox message, read from the table itself. */
    private Object messageColumn(String column, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select " + column + " from outbox_message where id = ?")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getObject(1);
            }
        }
    }

    private long single(String sql, String board) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, board);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private Caller caller(String username) {
        return people.callerFor(username).orElseThrow();
    }

    private <T> T as(String username, java.util.concurrent.Callable<T> work) throws Exception {
        return CallerContext.runAs(caller(username), work);
    }
}

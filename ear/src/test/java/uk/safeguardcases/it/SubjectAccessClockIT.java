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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.access.SubjectAccessClock;
import uk.safeguardcases.application.access.SubjectAccessDetail;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.access.SubjectAccessPause;
import uk.safeguardcases.domain.access.SubjectAccessRequestDetails;

/**
 * Subject access after the Data (Use and Access) Act 2025 on the real server (issue 65): the clock paused while the
 * board waits for the requester (UK GDPR Article 12A), the process's timers gone meanwhile and set again for the due
 * date moved by the pause; the board's rule that switches it; each search logged; an extension refused without a
 * notice to the person within the first month, and one given with a notice e-mailed in their language. Another
 * board and the wrong roles get none of it.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectAccessClockIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    /** The subject access model as it was before the pause (commit 73a7029d), for a request started on it. */
    private static final String MODEL_BEFORE_THE_PAUSE = "uk/safeguardcases/it/subject-access-request-before-the-pause.bpmn";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.inServerWith(SubjectAccessClockIT.class);
        ear.getAsType(org.jboss.shrinkwrap.api.spec.WebArchive.class, "safeguard-web.war")
                .addAsResource(MODEL_BEFORE_THE_PAUSE);
        return ear;
    }

    private static String recorded(TestBoard board, LocalDate received) {
        return as(board.officer(), () -> bean(SubjectAccessRequests.class).record(new SubjectAccessRequestDetails(
                "Gwenllïan ap Dafydd – “her solicitor”", "Gwenllïan ap Dafydd", null, received, "Ceri Jones",
                "Trwydded yrru – driving licence seen")));
    }

    @Test
    void aPausedRequestHasNoTimersAndResumedItsDueDateAndReminderMoveByThePause() {
        TestBoard board = TestBoard.like("cwmtaf");
        LocalDate today = LocalDate.now(UK);
        String sar = recorded(board, today.minusDays(10));
        SubjectAccessDetail before = detail(board.officer(), sar);
        assertThat(timerDates(sar)).contains(endOf(before.answerDue()));

        SubjectAccessClock clock = bean(SubjectAccessClock.class);
        Map<String, String> bad = problems(board.officer(), () -> clock.pause(sar, null, " ", today.plusDays(1)));
        assertThat(bad).containsOnlyKeys("pausedFor", "pausedAsked", "pausedOn");
        assertThat(detail(board.officer(), sar).paused()).as("bad input pauses nothing").isFalse();

        as(board.officer(), () -> clock.pause(sar, SubjectAccessPause.CLARIFICATION,
                "Which e-mails – the 2024 ones, or “all of them”? 🙂", today.minusDays(8)));
        SubjectAccessDetail paused = detail(board.officer(), sar);
        assertThat(paused.paused()).isTrue();
        assertThat(paused.pausedFor()).isEqualTo(SubjectAccessPause.CLARIFICATION);
        assertThat(paused.pausedAsked()).isEqualTo("Which e-mails – the 2024 ones, or “all of them”? 🙂");
        assertThat(timerDates(sar)).as("no reminder or escalation while the clock is paused").isEmpty();
        assertThat(as(board.officer(), () -> bean(SubjectAccessRequests.class).list())).singleElement()
                .satisfies(s -> assertThat(s.pausedOn()).isEqualTo(today.minusDays(8)));
        assertThat(problems(board.officer(), () -> clock.pause(sar, SubjectAccessPause.IDENTITY, "ID", today)))
                .containsKey("pausedFor");
        assertThat(problems(board.officer(), () -> bean(SubjectAccessRequests.class).answer(sar)))
                .as("not answered while paused").containsKey("answer");
        assertThat(problems(board.officer(), () -> bean(SubjectAccessRequests.class).extend(sar,
                before.latestExtension(), "Complex", "gwen@example.org", Locale.ENGLISH)).get("extendedTo"))
                .contains("paused");

        assertThat(problems(board.officer(), () -> clock.resume(sar, today.minusDays(9)))).containsKey("resumedOn");
        as(board.officer(), () -> clock.resume(sar, today));
        SubjectAccessDetail resumed = detail(board.officer(), sar);
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.pausedDays()).isEqualTo(8);
        assertThat(resumed.answerDue()).as("moved by the eight days paused, onto a working day")
                .isBetween(before.answerDue().plusDays(8), before.answerDue().plusDays(12));
        assertThat(resumed.firstMonthEnds()).isEqualTo(resumed.answerDue());
        assertThat(resumed.firstDue()).isEqualTo(before.firstDue());
        assertThat(resumed.latestExtension()).isAfterOrEqualTo(before.latestExtension().plusDays(8));
        List<Instant> timers = timerDates(sar);
        assertThat(timers).as("the process's deadline follows the moved date").contains(endOf(resumed.answerDue()))
                .doesNotContain(endOf(before.answerDue())).hasSize(2);
        assertThat(timers.stream().min(Instant::compareTo).orElseThrow()).as("the reminder moved too")
                .isAfter(endOf(before.answerDue()).minusSeconds(14 * 86_400L));

        List<String> entries = as(board.admin(), () -> bean(TimelineService.class).boardEntries(50)).stream()
                .filter(e -> e.detail() != null && e.detail().startsWith(sar + ":")).map(e -> e.action()).toList();
        assertThat(entries).contains("Subject access clock paused", "Subject access clock resumed");
        assertThat(as(board.admin(), () -> bean(TimelineService.class).boardEntries(50)).stream()
                .filter(e -> "Subject access clock resumed".equals(e.action())).findFirst().orElseThrow().detail())
                .contains("paused 8 days");
    }

    @Test
    void aBoardThatKeepsTheEarlierRuleCannotPauseAndOnlyASeniorSwitchesIt() {
        TestBoard board = TestBoard.like("chscb");
        String sar = recorded(board, LocalDate.now(UK));
        SubjectAccessClock clock = bean(SubjectAccessClock.class);
        assertThat(as(board.officer(), clock::stopTheClock)).as("the law as it stands").isTrue();
        assertThatThrownBy(() -> as(board.officer(), () -> clock.setStopTheClock(false)))
                .isInstanceOf(AccessRefusedException.class);
        as(board.person("senior"), () -> clock.setStopTheClock(false));
        assertThat(as(board.officer(), clock::stopTheClock)).isFalse();
        assertThat(detail(board.officer(), sar).mayPause()).isFalse();
        assertThat(problems(board.officer(), () -> clock.pause(sar, SubjectAccessPause.IDENTITY, "Passport",
                LocalDate.now(UK))).get("pausedFor")).contains("Article 12A");
        TestBoard other = TestBoard.like("chscb");
        assertThat(as(other.officer(), clock::stopTheClock)).as("another board's rule is its own").isTrue();
        as(board.person("senior"), () -> clock.setStopTheClock(true));
        as(board.officer(), () -> clock.pause(sar, SubjectAccessPause.IDENTITY, "Passport", LocalDate.now(UK)));
        assertThat(detail(board.officer(), sar).paused()).isTrue();
    }

    @Test
    void eachSearchIsLoggedWhereByWhomAndWhatItFoundAndBadInputLosesNothing() {
        TestBoard board = TestBoard.like("cwmtaf");
        LocalDate today = LocalDate.now(UK);
        String sar = recorded(board, today.minusDays(3));
        SubjectAccessClock clock = bean(SubjectAccessClock.class);
        Map<String, String> bad = problems(board.officer(), () -> clock.logSearch(sar, " ", "", today.minusDays(9), ""));
        assertThat(bad).containsOnlyKeys("searchedIn", "searchedBy", "searchedOn", "found");
        as(board.officer(), () -> clock.logSearch(sar, "Case records – “Gwenllïan” and her e-mail address",
                "Ceri Jones", today.minusDays(2), "Two cases, CWMTAF-2026-0004 and ‏-0007‏"));
        as(board.officer(), () -> clock.logSearch(sar, "The board’s shared mailbox, 2024–2026", "Dafydd Ŵyn",
                today, "Nothing"));
        List<SubjectAccessClock.SearchLine> searches = as(board.officer(), () -> clock.searches(sar));
        assertThat(searches).extracting(SubjectAccessClock.SearchLine::searchedIn).containsExactly(
                "Case records – “Gwenllïan” and her e-mail address", "The board’s shared mailbox, 2024–2026");
        assertThat(searches.get(0).found()).isEqualTo("Two cases, CWMTAF-2026-0004 and ‏-0007‏");
        assertThat(searches.get(1).searchedBy()).isEqualTo("Dafydd Ŵyn");
        assertThat(searches.get(1).recordedBy()).isEqualTo(board.officer());
        assertThat(as(board.admin(), () -> bean(TimelineService.class).boardEntries(50)).stream()
                .filter(e -> "Subject access search logged".equals(e.action())).count()).isEqualTo(2);
    }

    @Test
    void anExtensionWithoutANoticeToThePersonWithinTheFirstMonthIsRefused() throws Exception {
        TestBoard board = TestBoard.like("cwmtaf");
        String sar = recorded(board, LocalDate.now(UK).minusDays(5));
        SubjectAccessDetail detail = detail(board.officer(), sar);
        SubjectAccessRequests requests = bean(SubjectAccessRequests.class);
        assertThat(problems(board.officer(), () -> requests.extend(sar, detail.latestExtension(), "Complex", " ",
                Texts.WELSH)).get("noticeTo")).contains("notice");
        assertThat(problems(board.officer(), () -> requests.extend(sar, detail.latestExtension(), "Complex",
                "not an address", Texts.WELSH))).containsKey("noticeTo");
        assertThat(detail(board.officer(), sar).extendedTo()).isNull();
        assertThat(noticesTo(board.id(), "gwen@example.org")).isEmpty();

        as(board.officer(), () -> requests.extend(sar, detail.latestExtension(),
                "Mae’r cofnodion mewn tri sefydliad – “cymhleth”", "gwen@example.org", Texts.WELSH));
        SubjectAccessDetail extended = detail(board.officer(), sar);
        assertThat(extended.answerDue()).isEqualTo(detail.latestExtension());
        assertThat(extended.noticeTo()).isEqualTo("gwen@example.org");
        assertThat(extended.noticeLanguage()).isEqualTo("cy-GB");
        assertThat(extended.noticeAt()).isNotNull();
        List<String> notices = noticesTo(board.id(), "gwen@example.org");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).as("in their language alone, with the reasons")
                .contains("Mae angen mwy o amser arnom", "Mae’r cofnodion mewn tri sefydliad – “cymhleth”")
                .doesNotContain("We need more time");

        // Past the first month: refused, and no notice goes.
        String late = recorded(board, LocalDate.now(UK).minusMonths(2));
        assertThat(problems(board.officer(), () -> requests.extend(late, LocalDate.now(UK).plusDays(7), "Complex",
                "late@example.org", Locale.ENGLISH)).get("extendedTo")).contains("first month");
        assertThat(noticesTo(board.id(), "late@example.org")).isEmpty();
    }

    @Test
    void aRequestStartedBeforeThePauseExistedIsRefusedAPauseSayingWhyAndItsClockRunsOn() {
        TestBoard board = TestBoard.like("cwmtaf");
        // The board's subject access model as it was before the pause: a request recorded now starts on it.
        try (var model = SubjectAccessClockIT.class.getClassLoader().getResourceAsStream(MODEL_BEFORE_THE_PAUSE)) {
            bean(ProcessEngine.class).getRepositoryService().createDeployment().name("safeguard-" + board.id())
                    .tenantId(board.id()).addInputStream("bpmn/subject-access-request.bpmn", model).deploy();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        LocalDate today = LocalDate.now(UK);
        String sar = recorded(board, today.minusDays(3));
        List<Instant> timers = timerDates(sar);

        Map<String, String> refused = problems(board.officer(), () -> bean(SubjectAccessClock.class).pause(sar,
                SubjectAccessPause.IDENTITY, "Prawf o gyfeiriad – “a recent bill”", today.minusDays(1)));
        assertThat(refused).containsOnlyKeys("pausedFor");
        assertThat(refused.get("pausedFor")).contains("recorded before a request’s clock could be paused")
                .contains("its clock keeps running").doesNotContain("no longer open");
        SubjectAccessDetail after = detail(board.officer(), sar);
        assertThat(after.paused()).isFalse();
        assertThat(timerDates(sar)).as("its reminder and deadline untouched").containsExactlyInAnyOrderElementsOf(timers);
        assertThat(Texts.in("uk.safeguardcases.application.access.access", Texts.WELSH, "sar.pause.earlierModel"))
                .contains("mae ei gloc yn dal i redeg");
    }

    @Test
    void anotherBoardAndTheWrongRolesSeeAndTouchNoneOfIt() {
        TestBoard board = TestBoard.like("cwmtaf");
        TestBoard other = TestBoard.like("cwmtaf");
        LocalDate today = LocalDate.now(UK);
        String sar = recorded(board, today.minusDays(2));
        SubjectAccessClock clock = bean(SubjectAccessClock.class);
        as(board.officer(), () -> clock.logSearch(sar, "Case records", "Ceri Jones", today, "One case"));
        for (Runnable step : List.<Runnable>of(() -> clock.searches(sar),
                () -> clock.logSearch(sar, "x", "y", today, "z"),
                () -> clock.pause(sar, SubjectAccessPause.IDENTITY, "ID", today),
                () -> clock.resume(sar, today))) {
            assertThatThrownBy(() -> as(other.officer(), step)).isInstanceOf(NotFoundException.class);
            for (String role : List.of("member", "hr")) {
                assertThatThrownBy(() -> as(board.person(role), step)).as(role)
                        .isInstanceOf(AccessRefusedException.class);
            }
        }
        assertThat(as(board.officer(), () -> clock.searches(sar))).hasSize(1);
        assertThat(detail(board.officer(), sar).paused()).isFalse();
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(UK).toInstant();
    }

    private static SubjectAccessDetail detail(String person, String sar) {
        return as(person, () -> bean(SubjectAccessRequests.class).detail(sar));
    }

    private static Map<String, String> problems(String person, Runnable step) {
        try {
            as(person, step);
        } catch (InvalidInputException e) {
            return e.fieldMessages();
        }
        throw new AssertionError("The input was accepted");
    }

    private static List<Instant> timerDates(String sar) {
        ProcessEngine engine = bean(ProcessEngine.class);
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(sar)
                .singleResult().getId();
        return engine.getManagementService().createJobQuery().processInstanceId(instance).timers().list().stream()
                .map(job -> job.getDuedate().toInstant()).toList();
    }

    private List<String> noticesTo(String board, String address) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select body from outbox_message"
                        + " where tenant_id = ? and recipient = ? and kind = 'SUBJECT_ACCESS_EXTENSION_NOTICE'")) {
            query.setString(1, board);
            query.setString(2, address);
            List<String> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1));
                }
            }
            return rows;
        }
    }
}

package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.chronology.ChronologyLine;
import uk.safeguardcases.application.chronology.Chronologies;
import uk.safeguardcases.application.chronology.PersonChronology;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.lowlevel.LowLevelConcerns;
import uk.safeguardcases.application.lowlevel.RegisterEntry;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.infrastructure.time.ServerClock;

/**
 * Low-level concerns on the real server (issue 41): kept at triage, the case closed through its process and the
 * register listing it; the pattern alert once at the third low-level concern or case within twelve months (rows dated
 * in the past, one outside the window), not again at the fourth; a person's chronology in time order and in the read
 * audit; and another board sees none of it, through its services or by guessing addresses.
 */
@ExtendWith(ArquillianExtension.class)
class LowLevelConcernsIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(LowLevelConcernsIT.class);
    }

    private static long personId(TestBoard board, String role) {
        return as(board.officer(), () -> bean(PersonRepository.class).idOf(board.person(role)).orElseThrow());
    }

    private static void triage(TestBoard board, String ref, boolean harmThresholdMet, TriageDecision decision) {
        as(board.officer(), () -> bean(TriageService.class).recordTriage(ref, new TriageInput(false, null, false,
                null, false, null, harmThresholdMet, decision, "Below the harm threshold; keep it on the register.")));
    }

    @Test
    void aConcernKeptAsALowLevelConcernAtTriageClosesTheCaseAndTheRegisterListsIt() {
        TestBoard board = TestBoard.like("chscb");
        String ref = CaseFixtures.raise(board.id(), "Morgan Evans", "A colleague saw a flippant post about work.");
        // A concern that meets the harm threshold cannot be one: refused, and nothing is recorded.
        assertThatThrownBy(() -> triage(board, ref, true, TriageDecision.LOW_LEVEL_CONCERN))
                .isInstanceOf(InvalidInputException.class);
        assertThat(CaseFixtures.stepOf(board.id(), ref)).isEqualTo(CaseStatus.AWAITING_TRIAGE);

        triage(board, ref, false, TriageDecision.LOW_LEVEL_CONCERN);
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.CLOSED);

        assertThat(single("select closure_reason from safeguarding_case where reference = ?", ref))
                .isEqualTo("LOW_LEVEL_CONCERN");
        long member = personId(board, "member");
        List<RegisterEntry> register = as(board.officer(), () -> bean(LowLevelConcerns.class).register());
        assertThat(register).singleElement().satisfies(e -> {
            assertThat(e.personId()).isEqualTo(member);
            assertThat(e.lowLevelAll()).isEqualTo(1);
            assertThat(e.casesInWindow()).isEqualTo(1);
            assertThat(e.together()).as("the case and its low-level concern count once").isEqualTo(1);
        });
        assertThat(as(board.officer(), () -> bean(LowLevelConcerns.class).concerns(member)))
                .singleElement().satisfies(l -> {
                    assertThat(l.caseReference()).isEqualTo(ref);
                    assertThat(l.summary()).contains("flippant post").contains("Below the harm threshold");
                });
        // In the member's subject access answer: what and when, never who recorded or raised it.
        List<Object> disclosed = as(board.officer(), () -> bean(LowLevelConcerns.class).forSubjectAccess(
                bean(PersonRepository.class).byId(member).orElseThrow()));
        assertThat(disclosed).singleElement().asString().contains("flippant post").contains(ref)
                .doesNotContain(board.officer());
        HttpResponse<String> page = CaseFixtures.signedIn(board.officer()).request("GET",
                "officer/low-level.xhtml", Map.of(), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("member-" + member).contains(ref);
    }

    @Test
    void theSeniorsAreAlertedOnceAtTheThirdWithinTwelveMonthsAndNotAtTheFourthAndNoOtherBoardSeesAny() {
        TestBoard board = TestBoard.like("chscb");
        TestBoard other = TestBoard.like("chscb");
        String member = board.person("member");
        long person = personId(board, "member");
        LowLevelConcerns concerns = bean(LowLevelConcerns.class);
        LocalDate today = LocalDate.now(UK);

        // Thirteen months ago: outside the window, never counted.
        as(board.officer(), () -> concerns.record(member, "Shared a joke about a pupil's name.", today.minusMonths(13)));
        CaseFixtures.raise(board.id(), "Morgan Evans", "A parent reported a post in a local group.");
        as(board.officer(), () -> concerns.record(member, "Followed a pupil's parent on Instagram.", today.minusMonths(5)));
        assertThat(alerts(board)).isZero();
        assertThat(messages(board)).isZero();

        // The third within twelve months (two low-level concerns and a case): the seniors are told.
        as(board.officer(), () -> concerns.record(member, "Posted a photo from a school trip.", today.minusMonths(1)));
        assertThat(alerts(board)).isEqualTo(1);
        int told = messages(board);
        assertThat(told).as("one e-mail per senior manager").isPositive();
        assertThat(as(board.person("senior"), () -> concerns.openAlerts())).singleElement()
                .satisfies(a -> assertThat(a.counted()).isEqualTo(3));
        assertThat(CaseFixtures.signedIn(board.person("senior")).request("GET", "senior/work.xhtml", Map.of(), null)
                .body()).contains("low-level-alerts").contains("officer/low-level.xhtml?id=" + person);

        // The fourth says nothing new: no second alert, no second e-mail.
        as(board.officer(), () -> concerns.record(member, "Liked a pupil's post.", today));
        CaseFixtures.raise(board.id(), "Morgan Evans", "Another post in the local group.");
        assertThat(alerts(board)).isEqualTo(1);
        assertThat(messages(board)).isEqualTo(told);

        // A review of the whole register (the form's default) settles no member's alert: someone must look at it.
        as(board.person("senior"), () -> concerns.review(null, "Quarterly look at the register – “all fine”."));
        assertThat(as(board.person("senior"), () -> concerns.openAlerts())).hasSize(1);

        // A senior reviews the entry: on the timeline (without the note, which admins could read there), settled.
        as(board.person("senior"), () -> concerns.review(person, "Spoken to the member's manager; training booked."));
        assertThat(as(board.person("senior"), () -> concerns.openAlerts())).isEmpty();
        assertThat(single("select count(*) from timeline_entry where tenant_id = ? and action = ?", board.id(),
                "Low-level concerns reviewed")).isEqualTo("2");
        assertThat(single("select count(*) from timeline_entry where tenant_id = ? and detail like ?", board.id(),
                "%training booked%")).isEqualTo("0");

        // Another board: no register, no alert, no chronology, no review, not through its pages either.
        assertThat(as(other.officer(), () -> concerns.register())).isEmpty();
        assertThat(as(other.person("senior"), () -> concerns.openAlerts())).isEmpty();
        assertThat(as(other.officer(), () -> concerns.concerns(person))).isEmpty();
        assertThatThrownBy(() -> as(other.officer(), () -> bean(Chronologies.class).of(person)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.person("senior"), () -> concerns.review(person, "Not ours.")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.officer(), () -> concerns.record(member, "Not ours.", today)))
                .isInstanceOf(InvalidInputException.class);
        Browser guessing = CaseFixtures.signedIn(other.officer());
        assertThat(guessing.request("GET", "officer/chronology.xhtml?id=" + person, Map.of(), null).statusCode())
                .isEqualTo(404);
        assertThat(guessing.request("GET", "officer/low-level.xhtml?id=" + person, Map.of(), null).body())
                .doesNotContain("member-" + person).doesNotContain("school trip");
        assertThat(CaseFixtures.signedIn(other.person("senior")).request("GET", "senior/work.xhtml", Map.of(), null)
                .body()).doesNotContain("low-level-alerts");
        assertThat(alerts(other)).isZero();
    }

    /**
     * The same rule as time passes, with the server's clock moved (not rows dated): three concerns alert the seniors;
     * thirteen months later they have left the window, so one more says nothing, and the third within the new window
     * alerts them again (the count fell below the threshold in between).
     */
    @Test
    void withTheClockMovedOnThirteenMonthsTheOldConcernsLeaveTheWindowAndANewPatternAlertsAgain() {
        TestBoard board = TestBoard.like("chscb");
        String member = board.person("member");
        LowLevelConcerns concerns = bean(LowLevelConcerns.class);
        ServerClock clock = bean(ServerClock.class);
        try {
            for (String what : List.of("Shared a joke about a pupil's name – “only banter”.", "Followed a parent.",
                    "Posted from the staff room, Tŷ Ddewi.")) {
                as(board.officer(), () -> concerns.record(member, what, LocalDate.now(UK)));
            }
            assertThat(alerts(board)).isEqualTo(1);

            clock.moveBy(java.time.Duration.ofDays(400));
            LocalDate later = LocalDate.now(UK).plusDays(400);
            as(board.officer(), () -> concerns.record(member, "Liked a pupil's post.", later));
            assertThat(alerts(board)).as("the first three have left the twelve months").isEqualTo(1);
            as(board.officer(), () -> concerns.record(member, "Commented on a pupil's photo.", later));
            assertThat(alerts(board)).isEqualTo(1);
            as(board.officer(), () -> concerns.record(member, "Sent a friend request to a pupil.", later));
            assertThat(alerts(board)).as("a new pattern within the new window").isEqualTo(2);
            assertThat(single("select count(*) from low_level_alert where tenant_id = ? and alerted_at > ?",
                    board.id(), java.sql.Timestamp.from(Instant.now().plus(java.time.Duration.ofDays(390)))))
                    .as("the second alert dated in the moved time").isEqualTo("1");
            // A day in the moved future is "today" for the register's own check of dates, and the day after is not.
            assertThatThrownBy(() -> as(board.officer(), () -> concerns.record(member, "Too early.", later.plusDays(2))))
                    .isInstanceOf(InvalidInputException.class);
        } finally {
            clock.reset();
        }
        assertThatThrownBy(() -> as(board.officer(), () -> concerns.record(member, "Back to now.",
                LocalDate.now(UK).plusDays(2)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPersonsChronologyListsEveryKindInTimeOrderAndIsInTheReadAudit() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        String member = board.person("member");
        long person = personId(board, "member");
        String ref = CaseFixtures.raise(board.id(), "Morgan Evans", "A colleague saw a post about a meeting.");
        triage(board, ref, false, TriageDecision.LOW_LEVEL_CONCERN);
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.CLOSED);
        as(board.officer(), () -> bean(LowLevelConcerns.class).record(member, "Commented under a pupil's post.",
                LocalDate.now(UK).minusMonths(2)));
        try (Connection c = dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into accreditation (tenant_id, username, trained_on, passed_on, expires_on, recorded_by,"
                        + " recorded_at, renewals) values (?, ?, ?, ?, ?, ?, ?, 0)")) {
            insert.setString(1, board.id());
            insert.setString(2, member);
            insert.setObject(3, LocalDate.now(UK).minusYears(1));
            insert.setObject(4, LocalDate.now(UK).minusYears(1));
            insert.setObject(5, LocalDate.now(UK).plusYears(1));
            insert.setString(6, board.person("senior"));
            insert.setObject(7, java.time.OffsetDateTime.now().minusYears(1));
            insert.executeUpdate();
        }

        PersonChronology chronology = as(board.officer(), () -> bean(Chronologies.class).of(person));
        List<String> kinds = chronology.lines().stream().map(ChronologyLine::kind).toList();
        assertThat(kinds).containsSubsequence("ACCREDITED", "LOW_LEVEL_CONCERN", "CONCERN_RAISED", "CASE_CLOSED");
        assertThat(kinds).contains("LOW_LEVEL_CONCERN").filteredOn("LOW_LEVEL_CONCERN"::equals).hasSize(2);
        List<Instant> times = new ArrayList<>(chronology.lines().stream().map(ChronologyLine::at).toList());
        assertThat(times).isSorted();
        assertThat(chronology.lines()).filteredOn(l -> l.kind().equals("CONCERN_RAISED")).singleElement()
                .satisfies(l -> assertThat(l.link()).isEqualTo("/officer/case.xhtml?ref=" + ref));
        assertThat(single("select count(*) from read_record where tenant_id = ? and reader = ? and what = ?"
                + " and item_id = ?", board.id(), board.officer(), "PERSON_CHRONOLOGY_VIEWED", person))
                .isEqualTo("1");

        // The page, from the case page's link: the member's name leads there, and the reading is recorded again.
        Browser officer = CaseFixtures.signedIn(board.officer());
        assertThat(officer.request("GET", "officer/case.xhtml?ref=" + ref, Map.of(), null).body())
                .contains("officer/chronology.xhtml?id=" + person);
        HttpResponse<String> page = officer.request("GET", "officer/chronology.xhtml?id=" + person, Map.of(), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("chronology-ACCREDITED").contains("chronology-CASE_CLOSED").contains(ref);
        assertThat(single("select count(*) from read_record where tenant_id = ? and what = ? and item_id = ?",
                board.id(), "PERSON_CHRONOLOGY_VIEWED", person)).isEqualTo("2");
        // Not for a member: the pages are the board staff's.
        assertThat(CaseFixtures.signedIn(member).request("GET", "officer/chronology.xhtml?id=" + person, Map.of(),
                null).statusCode()).isEqualTo(403);
        // Nor the register or the board's rule for a member or an HR partner; the rule is the administrator's.
        for (String who : List.of(member, board.person("hr"))) {
            Browser wrongRole = CaseFixtures.signedIn(who);
            for (String other : List.of("officer/low-level.xhtml", "admin/low-level.xhtml")) {
                assertThat(wrongRole.request("GET", other, Map.of(), null).statusCode()).as(who + " " + other)
                        .isEqualTo(403);
            }
        }
        assertThat(officer.request("GET", "admin/low-level.xhtml", Map.of(), null).statusCode()).isEqualTo(403);
    }

    private static int alerts(TestBoard board) {
        return Integer.parseInt(single("select count(*) from low_level_alert where tenant_id = ?", board.id()));
    }

    private static int messages(TestBoard board) {
        return Integer.parseInt(single("select count(*) from outbox_message where tenant_id = ? and kind = ?",
                board.id(), "LOW_LEVEL_PATTERN_REACHED"));
    }

    private static String single(String sql, Object... parameters) {
        try (Connection c = dataSource().getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource dataSource() throws IllegalStateException {
        try {
            return InitialContext.doLookup("java:jboss/datasources/SafeguardDS");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}

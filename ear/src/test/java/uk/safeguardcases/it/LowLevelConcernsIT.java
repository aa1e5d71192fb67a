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
import uk.safeguardcases.domain.lowlevel.LowLevelOutcome;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.chronology.ChronologyLine;
import uk.safeguardcases.application.chronology.Chronologies;
import uk.safeguardcases.application.chronology.PersonChronology;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.lowlevel.LowLevelConcerns;
import uk.safeguardcases.application.lowlevel.LowLevelRegister;
import uk.safeguardcases.application.lowlevel.RegisterForSubjectAccess;
import uk.safeguardcases.application.lowlevel.RegisterRemoval;
import uk.safeguardcases.application.lowlevel.RegisterReviews;
import uk.safeguardcases.application.lowlevel.RegisterEntry;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.access.SubjectAccessRequestDetails;
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
        assertThatThrownBy(() -> triage(board, ref, true, LowLevelOutcome.DECISION))
                .isInstanceOf(InvalidInputException.class);
        assertThat(CaseFixtures.stepOf(board.id(), ref)).isEqualTo(CaseStatus.AWAITING_TRIAGE);

        triage(board, ref, false, LowLevelOutcome.DECISION);
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.CLOSED);

        assertThat(single("select closure_reason from safeguarding_case where reference = ?", ref))
                .isEqualTo("LOW_LEVEL_CONCERN");
        long member = personId(board, "member");
        List<RegisterEntry> register = as(board.officer(), () -> bean(LowLevelRegister.class).register());
        assertThat(register).singleElement().satisfies(e -> {
            assertThat(e.personId()).isEqualTo(member);
            assertThat(e.lowLevelAll()).isEqualTo(1);
            assertThat(e.casesInWindow()).isEqualTo(1);
            assertThat(e.together()).as("the case and its low-level concern count once").isEqualTo(1);
        });
        assertThat(as(board.officer(), () -> bean(LowLevelRegister.class).concerns(member)))
                .singleElement().satisfies(l -> {
                    assertThat(l.caseReference()).isEqualTo(ref);
                    assertThat(l.summary()).contains("flippant post").contains("Below the harm threshold");
                });
        // In the member's subject access answer: what and when, never who recorded or raised it.
        List<Object> disclosed = as(board.officer(), () -> bean(RegisterForSubjectAccess.class).concerns(
                bean(PersonRepository.class).byId(member).orElseThrow()));
        assertThat(disclosed).singleElement().asString().contains("flippant post").contains(ref)
                .doesNotContain(board.officer());
        HttpResponse<String> page = CaseFixtures.signedIn(board.officer()).request("GET",
                "officer/low-level.xhtml", Map.of(), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("member-" + member).contains(ref);
        // The form posts the member's id, not a name typed beside the one shown.
        assertThat(page.body()).containsPattern("<input[^>]*type=\"hidden\"[^>]*name=\"record:member\"")
                .doesNotContainPattern("<input[^>]*type=\"text\"[^>]*name=\"record:member\"");
        // The register and a member's entry are in the read audit, as a person's chronology is.
        assertThat(single("select count(*) from read_record where tenant_id = ? and reader = ? and what = ?"
                + " and item_id is null and case_id is null", board.id(), board.officer(), "LOW_LEVEL_REGISTER_VIEWED"))
                .isEqualTo("1");
        assertThat(single("select count(*) from read_record where tenant_id = ? and reader = ? and what = ?"
                + " and item_id = ?", board.id(), board.officer(), "LOW_LEVEL_ENTRY_VIEWED", member)).isEqualTo("1");
        CaseFixtures.signedIn(board.officer()).request("GET", "officer/low-level.xhtml?id=" + member, Map.of(), null);
        assertThat(single("select count(*) from read_record where tenant_id = ? and what = ? and item_id = ?",
                board.id(), "LOW_LEVEL_ENTRY_VIEWED", member)).isEqualTo("2");
    }

    @Test
    void theSeniorsAreAlertedOnceAtTheThirdWithinTwelveMonthsAndNotAtTheFourthAndNoOtherBoardSeesAny() {
        TestBoard board = TestBoard.like("chscb");
        TestBoard other = TestBoard.like("chscb");
        String member = board.person("member");
        long person = personId(board, "member");
        LowLevelConcerns concerns = bean(LowLevelConcerns.class);
        RegisterReviews reviews = bean(RegisterReviews.class);
        LowLevelRegister register = bean(LowLevelRegister.class);
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
        assertThat(as(board.person("senior"), () -> reviews.openAlerts())).singleElement()
                .satisfies(a -> assertThat(a.counted()).isEqualTo(3));
        assertThat(CaseFixtures.signedIn(board.person("senior")).request("GET", "senior/work.xhtml", Map.of(), null)
                .body()).contains("low-level-alerts").contains("officer/low-level.xhtml?id=" + person);

        // The fourth says nothing new: no second alert, no second e-mail.
        as(board.officer(), () -> concerns.record(member, "Liked a pupil's post.", today));
        CaseFixtures.raise(board.id(), "Morgan Evans", "Another post in the local group.");
        assertThat(alerts(board)).isEqualTo(1);
        assertThat(messages(board)).isEqualTo(told);

        // A review of the whole register (the form's default) settles no member's alert: someone must look at it.
        as(board.person("senior"), () -> reviews.review(null, "Quarterly look at the register – “all fine”."));
        assertThat(as(board.person("senior"), () -> reviews.openAlerts())).hasSize(1);

        // A senior reviews the entry: on the timeline (without the note, which admins could read there), settled.
        as(board.person("senior"), () -> reviews.review(person, "Spoken to the member's manager; training booked."));
        assertThat(as(board.person("senior"), () -> reviews.openAlerts())).isEmpty();
        assertThat(single("select count(*) from timeline_entry where tenant_id = ? and action = ?", board.id(),
                "Low-level concerns reviewed")).isEqualTo("2");
        assertThat(single("select count(*) from timeline_entry where tenant_id = ? and detail like ?", board.id(),
                "%training booked%")).isEqualTo("0");

        // Another board: no register, no alert, no chronology, no review, not through its pages either.
        assertThat(as(other.officer(), () -> register.register())).isEmpty();
        assertThat(as(other.person("senior"), () -> reviews.openAlerts())).isEmpty();
        assertThat(as(other.officer(), () -> register.concerns(person))).isEmpty();
        assertThatThrownBy(() -> as(other.officer(), () -> bean(Chronologies.class).of(person)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.person("senior"), () -> reviews.review(person, "Not ours.")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.officer(), () -> concerns.record(member, "Not ours.", today)))
                .isInstanceOf(InvalidInputException.class);
        Browser guessing = CaseFixtures.signedIn(other.officer());
        assertThat(guessing.request("GET", "officer/chronology.xhtml?id=" + person, Map.of(), null).statusCode())
                .isEqualTo(404);
        assertThat(guessing.request("GET", "officer/low-level.xhtml?id=" + person, Map.of(), null).body())
                .doesNotContain("member-" + person).doesNotContain("school trip");
        assertThat(single("select count(*) from read_record where tenant_id = ? and what = ?", other.id(),
                "LOW_LEVEL_ENTRY_VIEWED")).as("another board's guess reads nothing, so records nothing").isEqualTo("0");
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
        triage(board, ref, false, LowLevelOutcome.DECISION);
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

    /**
     * The reviews and alerts go with the concerns they are about (rows dated eight years back, the member gone from the
     * organisation they were recorded against): the old alert once nothing it counted is kept, the old reviews once
     * nothing they looked at is; this year's concerns, alert and review stay. Before that, the member's subject access
     * answer gives their reviews (the note) and alerts, naming nobody who raised or recorded a concern.
     */
    @Test
    void reviewsAndAlertsGoWithTheirConcernsAndTheMembersAnswerGivesThemWithoutWhoRaisedAny() {
        TestBoard board = TestBoard.like("chscb");
        String member = board.person("member");
        RegisterReviews reviews = bean(RegisterReviews.class);
        RegisterRemoval removal = bean(RegisterRemoval.class);
        long person = personId(board, "member");
        LowLevelConcerns concerns = bean(LowLevelConcerns.class);
        LocalDate today = LocalDate.now(UK);
        LocalDate base = today.minusYears(8);
        for (int i = 0; i < 3; i++) {
            LocalDate day = base.plusDays(i);
            as(board.officer(), () -> concerns.record(member, "Old concern – “hen bryder” " + day, day));
        }
        Instant old = base.plusDays(3).atStartOfDay(UK).toInstant();
        sql("update low_level_concern set recorded_at = ?, organisation_id = -5 where tenant_id = ? and occurred_on < ?",
                java.sql.Timestamp.from(old), board.id(), today.minusYears(7));
        sql("insert into low_level_alert (tenant_id, person_id, alerted_at, counted, window_from, reviewed_at,"
                + " reviewed_by) values (?, ?, ?, 3, ?, ?, ?)", board.id(), person,
                java.sql.Timestamp.from(old.plus(java.time.Duration.ofDays(7))), base.minusMonths(12),
                java.sql.Timestamp.from(old.plus(java.time.Duration.ofDays(17))), board.person("senior"));
        sql("insert into low_level_review (tenant_id, person_id, note, reviewed_by, reviewed_at) values (?, ?, ?, ?, ?)",
                board.id(), person, "Old review: spoke to Mr Prys.", board.person("senior"),
                java.sql.Timestamp.from(old.plus(java.time.Duration.ofDays(17))));
        sql("insert into low_level_review (tenant_id, person_id, note, reviewed_by, reviewed_at) values (?, null, ?, ?, ?)",
                board.id(), "Old look at the whole register.", board.person("senior"),
                java.sql.Timestamp.from(old.plus(java.time.Duration.ofDays(20))));
        for (String what : List.of("Followed a pupil.", "Liked a pupil's post.", "Posted from the staff room.")) {
            as(board.officer(), () -> concerns.record(member, what, today.minusMonths(1)));
        }
        as(board.person("senior"), () -> reviews.review(person, "Training booked – “hyfforddiant”."));
        assertThat(alerts(board)).isEqualTo(2);

        Map<String, Object> answer = memberAnswer(board);
        assertThat(answer.get("lowLevelReviews")).asString().contains("Old review: spoke to Mr Prys.")
                .contains("Training booked").doesNotContain("Old look at the whole register");
        assertThat((List<?>) answer.get("lowLevelAlerts")).hasSize(2);
        String staffName = as(board.officer(), () -> bean(PersonRepository.class).displayNames(List.of(board.officer())))
                .get(board.officer());
        for (String part : List.of("lowLevelConcerns", "lowLevelReviews", "lowLevelAlerts")) {
            assertThat(answer.get(part)).as(part).asString().doesNotContain(board.officer()).doesNotContain(staffName);
        }

        int removed = (int) CallerContext.runAs(Caller.system(board.id()), () -> removal.removeDue(today));
        assertThat(removed).as("three concerns, an alert, two reviews").isEqualTo(6);
        assertThat(alerts(board)).isEqualTo(1);
        assertThat(single("select count(*) from low_level_review where tenant_id = ?", board.id())).isEqualTo("1");
        assertThat(single("select count(*) from low_level_concern where tenant_id = ?", board.id())).isEqualTo("3");
        assertThat(single("select count(*) from timeline_entry where tenant_id = ? and action in (?, ?)", board.id(),
                "Low-level concerns pattern alert removed", "Low-level concerns review removed")).isEqualTo("3");
        assertThat(single("select count(*) from timeline_entry where tenant_id = ? and (detail like ? or detail like ?)",
                board.id(), "%Prys%", "%whole register%")).isEqualTo("0");
        Map<String, Object> later = memberAnswer(board);
        assertThat(later.get("lowLevelReviews")).asString().contains("Training booked").doesNotContain("Mr Prys");
        assertThat((List<?>) later.get("lowLevelAlerts")).hasSize(1);
        assertThat((int) CallerContext.runAs(Caller.system(board.id()), () -> removal.removeDue(today))).as("once")
                .isZero();
    }

    /**
     * A concern recorded against the wrong member (two of the same name) is moved by an officer with a reason: the
     * alert about the first member, which no longer stands without it, is withdrawn, and the second member, now at
     * three, is alerted. The timeline names nobody. A member, an HR partner and another board's officer cannot.
     */
    @Test
    void anOfficerMovesAConcernRecordedAgainstTheWrongMemberAndTheAlertsFollowForBoth() {
        TestBoard board = TestBoard.like("chscb");
        TestBoard other = TestBoard.like("chscb");
        String first = board.person("member");
        long firstId = personId(board, "member");
        String second = board.id() + ".member2";
        Long organisation = as(board.officer(), () -> bean(PersonRepository.class).byId(firstId).orElseThrow()
                .organisationId());
        long secondId = as(board.admin(), () -> bean(uk.safeguardcases.application.administration.PeopleAdministration
                .class).add(second, "Morgan Evans", second + "@example.org", java.util.EnumSet.of(
                        uk.safeguardcases.domain.people.Role.MEMBER), organisation,
                        CaseFixtures.PASSWORD.toCharArray())).id();
        // Read directly: this thread's persistence context, outside a bean's transaction, stays on the first board.
        LowLevelRegister register = bean(LowLevelRegister.class);
        long othersMember = Long.parseLong(single("select id from person where username = ?", other.person("member")));
        long hr = personId(board, "hr");
        long senior = personId(board, "senior");
        LowLevelConcerns concerns = bean(LowLevelConcerns.class);
        LocalDate day = LocalDate.now(UK).minusMonths(2);
        as(board.officer(), () -> concerns.record(first, "Followed a pupil.", day));
        as(board.officer(), () -> concerns.record(first, "Liked a pupil's post.", day));
        long wrong = as(board.officer(), () -> concerns.record(firstId, "Posted from Ysgol y Môr's trip.", day)).id();
        as(board.officer(), () -> concerns.record(secondId, "Commented on a pupil's photo.", day));
        as(board.officer(), () -> concerns.record(secondId, "Sent a friend request to a pupil.", day));
        assertThat(alertsAbout(board, firstId)).isEqualTo(1);
        assertThat(alertsAbout(board, secondId)).isZero();

        // Only the board's officers (and seniors): not the member, their HR partner, nor another board.
        for (String who : List.of(first, board.person("hr"))) {
            assertThatThrownBy(() -> as(who, () -> concerns.move(wrong, secondId, "Not mine to move.")))
                    .as(who).isInstanceOf(AccessRefusedException.class);
        }
        assertThatThrownBy(() -> as(other.officer(), () -> concerns.move(wrong, secondId, "Not ours.")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(board.officer(), () -> concerns.move(wrong, othersMember, "Theirs.")))
                .as("a member of another board").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(board.officer(), () -> concerns.move(wrong, hr, "HR.")))
                .as("not a member").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(board.officer(), () -> concerns.move(wrong, secondId, "  ")))
                .as("a reason is needed").isInstanceOf(InvalidInputException.class);
        assertThat(alertsAbout(board, firstId)).isEqualTo(1);
        assertThat(single("select person_id from low_level_concern where id = ?", wrong)).isEqualTo(
                String.valueOf(firstId));

        LowLevelConcerns.Recorded moved = as(board.officer(), () -> concerns.move(wrong, secondId,
                "Two Morgan Evanses; the trip was the other one’s."));
        assertThat(moved.memberId()).isEqualTo(secondId);
        assertThat(moved.memberName()).isEqualTo("Morgan Evans");
        assertThat(single("select person_id from low_level_concern where id = ?", wrong)).isEqualTo(
                String.valueOf(secondId));
        assertThat(alertsAbout(board, firstId)).as("withdrawn: two are left").isZero();
        assertThat(alertsAbout(board, secondId)).as("three now").isEqualTo(1);
        assertThat(as(board.officer(), () -> register.concerns(secondId))).filteredOn(l -> l.id() == wrong)
                .singleElement().satisfies(l -> assertThat(l.moveReason()).contains("the other one"));
        assertThat(single("select count(*) from timeline_entry where tenant_id = ? and action = ? and detail like ?",
                board.id(), "Low-level concern moved to another member", "%#" + firstId + " to member #" + secondId
                + "%")).isEqualTo("1");
        assertThat(single("select count(*) from timeline_entry where tenant_id = ? and action = ?", board.id(),
                "Low-level concerns pattern alert withdrawn")).isEqualTo("1");
        assertThat(single("select count(*) from timeline_entry where tenant_id = ? and action like ?"
                + " and (detail like ? or detail like ?)", board.id(), "Low-level%", "%Morgan%", "%other one%"))
                .as("no names, no reason on the timeline").isEqualTo("0");
        // The form's check: an id of another board, or of someone who is not a member, records nothing.
        assertThatThrownBy(() -> as(board.officer(), () -> concerns.record(othersMember, "Not ours.", day)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(board.officer(), () -> concerns.record(senior, "Staff.", day)))
                .isInstanceOf(InvalidInputException.class);
    }

    private static Map<String, Object> memberAnswer(TestBoard board) {
        SubjectAccessRequests requests = bean(SubjectAccessRequests.class);
        String sar = as(board.officer(), () -> requests.record(new SubjectAccessRequestDetails("Morgan Evans",
                "Morgan Evans", board.person("member") + "@demo.example.org", LocalDate.now(UK), "Ceri Jones",
                "Passport seen")));
        return as(board.officer(), () -> requests.preview(sar)).tree();
    }

    private static int alertsAbout(TestBoard board, long person) {
        return Integer.parseInt(single("select count(*) from low_level_alert where tenant_id = ? and person_id = ?",
                board.id(), person));
    }

    private static void sql(String statement, Object... parameters) {
        try (Connection c = dataSource().getConnection(); PreparedStatement update = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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

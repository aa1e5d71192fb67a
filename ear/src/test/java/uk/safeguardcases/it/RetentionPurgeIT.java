package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.safeguardcases.application.investigation.RetentionView;
import uk.safeguardcases.domain.cases.AllegationFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.ChainVerification;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.investigation.CaseRetention;
import uk.safeguardcases.application.retention.DueRemoval;
import uk.safeguardcases.application.retention.RetentionPurge;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * Retention carried out (issue 14): a closed case past its "keep until" date is removed in full — its subject's
 * name, its free text, its evidence's words and file bytes are nowhere in the database afterwards, in no table
 * of the product's or of the engine's — while the record that it existed stays and the board's audit chain still
 * verifies. A case on legal hold stays; a case not yet due stays; running the purge again changes nothing; two
 * runs at once remove a case once. Only a senior manager holds and lifts; another board sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionPurgeIT {

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(RetentionPurgeIT.class);
    }

    @Test
    void aCasePastItsDateIsRemovedInFullItsRecordStaysAndTheChainVerifies() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        String marker = token("Purge");
        String name = "Zebedee " + marker;
        String due = closedCase(board, name, marker);
        String heldMarker = token("Held");
        String heldName = "Hywel " + heldMarker;
        String held = closedCase(board, heldName, heldMarker);
        String laterMarker = token("Later");
        String later = closedCase(board, "Lowri " + laterMarker, laterMarker);
        as(board.person("senior"), () -> bean(CaseRetention.class).hold(held,
                "Employment tribunal – claim “2207/26”, £ costs pending"));
        as(board.officer(), () -> bean(CaseRetention.class).recordDateOfBirth(later, LocalDate.of(1990, 3, 14)));
        LocalDate keptUntil = as(board.officer(), () -> bean(CaseRetention.class).of(due)).keepUntil();
        assertThat(keptUntil).isAfter(LocalDate.now().plusYears(9));

        List<DueRemoval> preview = CallerContext.runAs(CaseFixtures.caller(board.admin()),
                () -> bean(RetentionPurge.class).dueWithin(30));
        assertThat(preview).as("nothing is due in the next 30 days yet").isEmpty();
        assertThat(found(marker)).as("before: the case's words are in the database").isNotEmpty();

        // The day after its date (the engine's clock moved on ten years): removed, the held and the later one stay.
        LocalDate dayAfter = keptUntil.plusDays(1);
        int removed = purge(board, dayAfter);
        assertThat(removed).isEqualTo(1);
        assertThat(found(name)).as("the subject's name, anywhere").isEmpty();
        assertThat(found(marker)).as("the case's free text, evidence words and file bytes, anywhere").isEmpty();
        assertThat(found(heldName)).as("the held case stays").isNotEmpty();
        assertThat(found(laterMarker)).as("the case not yet due stays").isNotEmpty();

        try (Connection connection = dataSource.getConnection();
                PreparedStatement record = connection.prepareStatement("select status, removed_at, outcome,"
                        + " retention_until, closed_at from safeguarding_case where reference = ?")) {
            record.setString(1, due);
            try (ResultSet row = record.executeQuery()) {
                assertThat(row.next()).as("the record that the case existed").isTrue();
                assertThat(row.getString(1)).isEqualTo(CaseStatus.CLOSED.name());
                assertThat(row.getTimestamp(2)).as("when it was removed").isNotNull();
                assertThat(row.getString(3)).as("how it ended").isEqualTo("DISCIPLINARY_REFERRAL");
                assertThat(row.getObject(4, LocalDate.class)).isEqualTo(keptUntil);
                assertThat(row.getTimestamp(5)).isNotNull();
            }
        }
        List<String> actions = as(board.officer(), () -> bean(uk.safeguardcases.application.cases.CaseService.class)
                .timelineOf(due)).stream().map(line -> line.action() + ": " + line.detail()).toList();
        assertThat(actions).last().asString().startsWith("Case removed under the retention rule: Closed on ")
                .contains("kept until " + uk.safeguardcases.application.PlainFormat.day(java.util.Locale.ENGLISH, keptUntil)).contains("10 years from the allegation");
        assertThat(actions).as("the entries keep their place, their words erased")
                .anySatisfy(a -> assertThat(a).isEqualTo("Concern raised: "));
        ChainVerification chain = as(board.admin(), () -> bean(TimelineService.class).verify());
        assertThat(chain.intact()).as(chain.problem()).isTrue();

        assertThat(purge(board, dayAfter)).as("running again changes nothing").isZero();
        assertThat(as(board.admin(), () -> bean(TimelineService.class).verify()).intact()).isTrue();

        // Lifted, the held case goes on the next run.
        as(board.person("senior"), () -> bean(CaseRetention.class).liftHold(held, "The tribunal has decided."));
        assertThat(purge(board, dayAfter)).isEqualTo(1);
        assertThat(found(heldName)).isEmpty();
        assertThat(as(board.admin(), () -> bean(TimelineService.class).verify()).intact()).isTrue();
    }

    @Test
    void twoRunsAtOnceRemoveEachCaseOnce() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        String marker = token("Twice");
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            refs.add(closedCase(board, "Twm " + i + marker, marker + "n" + i));
        }
        LocalDate dayAfter = as(board.officer(), () -> bean(CaseRetention.class).of(refs.get(0))).keepUntil()
                .plusDays(1);
        Callable<Integer> run = () -> purge(board, dayAfter);
        Future<Integer> first = executor.submit(run);
        Future<Integer> second = executor.submit(run);
        assertThat(first.get() + second.get()).as("each case removed by one run only").isEqualTo(3);
        assertThat(found(marker)).isEmpty();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement removals = connection.prepareStatement("select count(*) from timeline_entry e"
                        + " join safeguarding_case c on c.id = e.case_id where c.tenant_id = ? and e.action = ?")) {
            removals.setString(1, board.id());
            removals.setString(2, "Case removed under the retention rule");
            try (ResultSet count = removals.executeQuery()) {
                count.next();
                assertThat(count.getLong(1)).as("one removal entry per case").isEqualTo(3);
            }
        }
        assertThat(as(board.admin(), () -> bean(TimelineService.class).verify()).intact()).isTrue();
    }

    @Test
    void theNightlyPurgeIsATimerJobOfEachBoardThatRemovesItsDueCases() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        String marker = token("Nightly");
        String ref = closedCase(board, "Nia " + marker, marker);
        // Due since yesterday, its cooling-off period (issue 38) over too.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement due = connection.prepareStatement("update safeguarding_case set retention_until = ?,"
                        + " removal_not_before = ? where reference = ?")) {
            due.setObject(1, LocalDate.now().minusDays(1));
            due.setObject(2, LocalDate.now().minusDays(1));
            due.setString(3, ref);
            due.executeUpdate();
        }
        org.camunda.bpm.engine.ManagementService jobs = bean(org.camunda.bpm.engine.ProcessEngine.class)
                .getManagementService();
        // The nightly start timers (a backlog's next turn, while one is being removed, is a timer of its own). A
        // board deployed afresh has exactly one; an older board of another test may also hold a failed night's retry
        // (Camunda keeps a failed cycle timer for its retries and sets the next night's beside it: another test moves
        // the engine's clock past 02:45 while its deployment is being stopped), so only the fresh board is counted.
        assertThat(jobs.createJobQuery().timers().processDefinitionKey("retention-purge").activityId("every-night")
                .list()).extracting(org.camunda.bpm.engine.runtime.Job::getTenantId)
                .as("a nightly purge for every board").contains("chscb", "nscb", "cwmtaf", "lscb", board.id());
        assertThat(jobs.createJobQuery().timers().processDefinitionKey("retention-purge").activityId("every-night")
                .tenantIdIn(board.id()).count()).as("one nightly purge for the board, never two").isOne();
        org.camunda.bpm.engine.runtime.Job tonight = jobs.createJobQuery().timers()
                .processDefinitionKey("retention-purge").activityId("every-night").tenantIdIn(board.id())
                .singleResult();
        jobs.executeJob(tonight.getId());
        assertThat(found(marker)).as("removed by the board's own nightly job").isEmpty();
        assertThat(jobs.createJobQuery().timers().processDefinitionKey("retention-purge").tenantIdIn(board.id())
                .count()).as("tomorrow night's purge is due, and no other turn: none is left").isEqualTo(1);
    }

    @Test
    void aSeniorHoldsEveryCaseAboutAMemberAtOnceAndNoneOfThemIsRemoved() {
        TestBoard board = TestBoard.like("chscb");
        String marker = token("Every");
        String first = closedCase(board, "Elin " + marker, marker + "a");
        String second = closedCase(board, "Elin " + marker, marker + "b");
        List<String> held = as(board.person("senior"), () -> bean(CaseRetention.class).holdEveryCaseAbout(second,
                "Employment tribunal about the member – “ET/1234”"));
        assertThat(held).as("this case first, then the others about the same member").startsWith(second)
                .contains(first);
        assertThat(as(board.person("senior"), () -> bean(CaseRetention.class).holdEveryCaseAbout(first,
                "Again"))).as("nothing left to hold").isEmpty();
        LocalDate dayAfter = as(board.officer(), () -> bean(CaseRetention.class).of(first)).keepUntil().plusDays(1);
        assertThat(purge(board, dayAfter)).isZero();
        assertThat(as(board.officer(), () -> bean(CaseRetention.class).of(first)).heldAt()).isNotNull();
    }

    @Test
    void onlyASeniorHoldsAndLiftsAHoldAndAnotherBoardSeesNoneOfIt() {
        TestBoard board = TestBoard.like("chscb");
        String ref = closedCase(board, "Siân Senior", token("Senior"));
        assertThatThrownBy(() -> as(board.officer(), () -> bean(CaseRetention.class).hold(ref, "A complaint.")))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(board.person("senior"), () -> bean(CaseRetention.class).hold(ref, "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("holdReason"));
        as(board.person("senior"), () -> bean(CaseRetention.class).hold(ref, "Police investigation – ŵ ŷ “op”."));
        assertThat(as(board.officer(), () -> bean(CaseRetention.class).of(ref)).holdReason())
                .isEqualTo("Police investigation – ŵ ŷ “op”.");
        assertThatThrownBy(() -> as("nscb.senior", () -> bean(CaseRetention.class).liftHold(ref, "Not mine.")))
                .as("another board's senior").isInstanceOf(uk.safeguardcases.application.tenancy.NotFoundException.class);
        assertThatThrownBy(() -> as("nscb.officer", () -> bean(CaseRetention.class).of(ref)))
                .isInstanceOf(uk.safeguardcases.application.tenancy.NotFoundException.class);
        // Due within the next 30 days: the board's admin sees it (marked held); another board's admin does not.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement soon = connection.prepareStatement(
                        "update safeguarding_case set retention_until = ? where reference = ?")) {
            soon.setObject(1, LocalDate.now().plusDays(10));
            soon.setString(2, ref);
            soon.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(as(board.admin(), () -> bean(RetentionPurge.class).dueWithin(30)))
                .singleElement().satisfies(d -> {
                    assertThat(d.reference()).isEqualTo(ref);
                    assertThat(d.held()).isTrue();
                });
        assertThat(as("nscb.admin", () -> bean(RetentionPurge.class).dueWithin(30)))
                .noneMatch(d -> d.reference().equals(ref));
        String casePage = CaseFixtures.signedIn(board.officer()).open("officer/case.xhtml?ref=" + ref).body();
        assertThat(casePage).as("flagged at the top of the case").contains("id=\"legal-hold-flag\"")
                .contains("Police investigation – ŵ ŷ “op”.");
        assertThat(CaseFixtures.signedIn(board.officer()).open("officer/cases.xhtml").body())
                .as("flagged in the case list").contains("<span class=\"tag tag-held\">Legal hold</span>");
        String adminPage = CaseFixtures.signedIn(board.admin()).open("admin/board.xhtml").body();
        assertThat(adminPage).as("the board's admin sees what goes in the next 30 days").contains(ref)
                .contains("Held, not removed");
        assertThat(CaseFixtures.signedIn("nscb.admin").open("admin/board.xhtml").body()).doesNotContain(ref);
        assertThatThrownBy(() -> as(board.officer(), () -> bean(RetentionPurge.class).dueWithin(30)))
                .isInstanceOf(AccessRefusedException.class);
    }

    /** A case of {@code board} about {@code name}, every free text and a file carrying {@code marker}, closed. */
    private static String closedCase(TestBoard board, String name, String marker) {
        return CaseFixtures.a(board.id()).about(name)
                .raisedFrom(uk.safeguardcases.domain.cases.CaseSource.COLLEAGUE_REPORT, "A post by " + name
                        + " – " + marker)
                .triageNote("Triage " + marker)
                .alleging("Posted a photograph – " + marker)
                .withEvidence(CaseFixtures.textPost("Public post " + marker).withShownToMember(true),
                        EvidenceInput.file(null, Platform.OTHER, "note.txt", "text/plain",
                                ("A saved page " + marker).getBytes(StandardCharsets.UTF_8),
                                Instant.now().minusSeconds(60), CaptureMethod.PUBLIC_PAGE_VIEWED,
                                CaptureForm.SCREENSHOT, true))
                .gathered("Gathered " + marker)
                .contested("Not me – " + marker, "It is you – " + marker)
                .statement("My statement " + marker)
                .findings("Findings " + marker)
                .at(CaseStatus.CLOSED).reference();
    }

    /** A word found nowhere else in the database: {@code prefix} and a run of the clock's nanoseconds. */
    @Test
    void aRecordAgreedFalseWaitsForTheCoolingOffPeriodAndOneReopenedWithinItIsNotRemovedAtAll() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        String senior = board.person("senior");
        String second = board.anotherSenior();
        String falseMarker = token("False");
        String agreed = closedCase(board, "Ffion " + falseMarker, falseMarker);
        String reopenedMarker = token("Reopened");
        String reopened = closedAtTriage(board, "Rhodri " + reopenedMarker, reopenedMarker);
        for (String ref : List.of(agreed, reopened)) {
            as(senior, () -> bean(CaseRetention.class).recordFinding(ref, AllegationFinding.FALSE,
                    "The account was someone else’s."));
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(purge(board, today.plusDays(30))).as("proposed only: kept for its ten years").isZero();
        for (String ref : List.of(agreed, reopened)) {
            as(second, () -> bean(CaseRetention.class).agreeFinding(ref, "The platform confirmed it."));
        }
        as(senior, () -> bean(uk.safeguardcases.application.investigation.CaseReopening.class).reopen(reopened,
                "The platform withdrew its confirmation – “camgymeriad”."));

        assertThat(purge(board, today.plusDays(29))).as("within the cooling-off period").isZero();
        assertThat(found(falseMarker)).isNotEmpty();
        assertThat(purge(board, today.plusDays(30))).as("the day it ends").isEqualTo(1);
        assertThat(found(falseMarker)).isEmpty();
        assertThat(found(reopenedMarker)).as("the reopened case is not due at all").isNotEmpty();

        // The reopened case waits for triage in a new run of the process, where an officer can act on it.
        CaseFixtures.awaitStep(board.id(), reopened, CaseStatus.AWAITING_TRIAGE);
        RetentionView view = as(board.officer(), () -> bean(CaseRetention.class).of(reopened));
        assertThat(view.closed()).isFalse();
        assertThat(view.keepUntil()).isNull();
        assertThat(view.finding()).isNull();
        assertThat(as(board.officer(), () -> bean(uk.safeguardcases.application.cases.CaseFileService.class)
                .fileOf(reopened)).tasks()).extracting(uk.safeguardcases.application.investigation.OpenTask::taskKey)
                .containsExactly("triage");
        assertThat(as(board.officer(), () -> bean(uk.safeguardcases.application.cases.CaseService.class)
                .timelineOf(reopened)).stream().map(line -> line.action()).toList())
                .contains("Case reopened");
        assertThatThrownBy(() -> as(senior, () -> bean(uk.safeguardcases.application.investigation.CaseReopening.class)
                .reopen(reopened, "Again."))).hasMessage("Case " + reopened + " is not closed.");
    }

    @Test
    void thePurgeLeavesARecordWithinItsCoolingOffPeriodWhateverItsRetentionDateSays() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        String marker = token("Cooling");
        String ref = closedCase(board, "Carys " + marker, marker);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update safeguarding_case set"
                        + " retention_until = ?, removal_not_before = ? where reference = ?")) {
            update.setObject(1, today.minusDays(1));
            update.setObject(2, today.plusDays(5));
            update.setString(3, ref);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        assertThat(purge(board, today)).isZero();
        assertThat(purge(board, today.plusDays(4))).isZero();
        assertThat(found(marker)).isNotEmpty();
        assertThat(purge(board, today.plusDays(5))).isEqualTo(1);
        assertThat(found(marker)).isEmpty();
    }

    /** A concern closed at triage with advice only: the board's own decision, which it may reopen. */
    private static String closedAtTriage(TestBoard board, String name, String marker) {
        String ref = CaseFixtures.raise(board.id(), name, "A colleague reported a post – " + marker);
        // An allegation, so that a finding on it can be recorded once the case is closed.
        CaseFixtures.allege(board.id(), ref, "Posted a photograph – " + marker);
        as(board.officer(), () -> bean(uk.safeguardcases.application.investigation.TriageService.class).recordTriage(
                ref, new uk.safeguardcases.application.investigation.TriageInput(false, null, false, null, false, null,
                        false, uk.safeguardcases.domain.cases.TriageDecision.ADVICE_ONLY, "Advice – " + marker)));
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.CLOSED);
        return ref;
    }

    private static String token(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36) + Long.toString((long) (Math.random() * 1e9), 36);
    }

    private static int purge(TestBoard board, LocalDate today) {
        return CallerContext.runAs(Caller.system(board.id()), () -> bean(RetentionPurge.class).removeDue(today));
    }

    /** Every place in the database (each table and column, text or bytes) that holds {@code text}. */
    private List<String> found(String text) throws SQLException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> places = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Map<String, String> tables = new TreeMap<>();
            try (ResultSet rows = meta.getTables(null, null, "%", null)) {
                while (rows.next()) {
                    String schema = rows.getString("TABLE_SCHEM");
                    String type = rows.getString("TABLE_TYPE");
                    if (schema == null || schema.equalsIgnoreCase("information_schema")
                            || schema.toLowerCase().startsWith("pg_") || type == null
                            || !(type.equals("TABLE") || type.equals("BASE TABLE"))) {
                        continue;
                    }
                    tables.put("\"" + schema + "\".\"" + rows.getString("TABLE_NAME") + "\"", rows.getString("TABLE_NAME"));
                }
            }
            assertThat(tables.values()).as("the scan reads the product's and the engine's tables")
                    .anyMatch(t -> t.equalsIgnoreCase("safeguarding_case"))
                    .anyMatch(t -> t.equalsIgnoreCase("act_hi_varinst"));
            for (Map.Entry<String, String> table : tables.entrySet()) {
                try (Statement statement = connection.createStatement();
                        ResultSet row = statement.executeQuery("select * from " + table.getKey())) {
                    int columns = row.getMetaData().getColumnCount();
                    while (row.next()) {
                        for (int c = 1; c <= columns; c++) {
                            Object value = row.getObject(c);
                            if (value instanceof String s && s.contains(text)
                                    || value instanceof byte[] b && contains(b, bytes)) {
                                places.add(table.getValue() + "." + row.getMetaData().getColumnName(c));
                            } else if (value instanceof java.sql.Clob clob
                                    && clob.getSubString(1, (int) clob.length()).contains(text)) {
                                places.add(table.getValue() + "." + row.getMetaData().getColumnName(c));
                            } else if (value instanceof java.sql.Blob blob
                                    && contains(blob.getBytes(1, (int) blob.length()), bytes)) {
                                places.add(table.getValue() + "." + row.getMetaData().getColumnName(c));
                            }
                        }
                    }
                }
            }
        }
        return places;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.access.SubjectAccessDetail;
import uk.safeguardcases.application.access.SubjectAccessGathering;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.application.access.SubjectAccessSummary;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.retention.RetentionPurge;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.access.SubjectAccessRequestDetails;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.deadline.DeadlineState;

/**
 * Subject access requests (issue 14) on the real server: a request recorded by an officer, due one calendar month
 * after receipt and extended with a reason by up to two further months; the officers reminded and the senior
 * managers told by the request's own process when the engine's clock passes its dates; everything the board holds
 * about the person gathered (their case, its evidence, their answers, its timeline, who read it, the e-mails sent
 * to them), a third party's name redacted once and gone from both the PDF and the JSON of the ZIP, which is kept byte
 * for byte with its SHA-256. Another board, and the wrong role, get none of it.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectAccessIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** A third party the member's case names: a child's parent, with Welsh letters and curly quotes. */
    private static final String THIRD = "Siân Ŵyn-Rhys";

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.inServerWith(SubjectAccessIT.class);
        // PDFBox reads the answer's PDF inside the server, where the test runs.
        ear.getAsType(WebArchive.class, "safeguard-web.war").addAsLibraries(jarOf(PDDocument.class),
                jarOf(RandomAccessRead.class), jarOf(TrueTypeFont.class));
        return ear;
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aRequestFromRecordToAnswerHoldsEverythingAboutThePersonAndNothingOfTheThirdParty() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        String marker = "M" + Long.toString(System.nanoTime(), 36);
        String ref = CaseFixtures.a(board.id())
                .raisedFrom(uk.safeguardcases.domain.cases.CaseSource.COLLEAGUE_REPORT,
                        "A public post by Morgan Evans naming " + THIRD + "’s son – " + marker)
                .alleging("Posted a photograph of " + THIRD + "’s child – " + marker)
                .withEvidence(CaseFixtures.textPost("“Look at " + THIRD + " at the contact centre” 🙂 " + marker)
                        .withShownToMember(true))
                .contested("Not me – " + marker, "It is you – " + marker)
                .statement("My statement: I did not know " + THIRD + " would see it – " + marker)
                .at(CaseStatus.CLOSED).reference();
        // A case about someone else, without an account: not theirs.
        Long organisation = CaseFixtures.caller(board.person("member")).organisationId();
        String otherCase = as(board.officer(), () -> bean(uk.safeguardcases.application.cases.CaseService.class)
                .raiseConcern(new uk.safeguardcases.application.cases.NewConcern("Rhiannon Other", organisation,
                        uk.safeguardcases.domain.cases.CaseSource.COLLEAGUE_REPORT, "Someone else – " + marker, null))
                .reference());
        String email = board.person("member") + "@demo.example.org";
        LocalDate received = LocalDate.now(UK).minusDays(3);

        String sar = as(board.officer(), () -> bean(SubjectAccessRequests.class).record(new SubjectAccessRequestDetails(
                "Morgan Evans – by e-mail, “in person” 🙂", "Morgan Evans", email, received, "Ceri Jones",
                "Passport seen in person – ‏£0 fee‏")));
        assertThat(sar).matches("T[A-Z0-9]{6}-SAR-" + received.getYear() + "-0001");

        SubjectAccessDetail detail = detail(board.officer(), sar);
        assertThat(detail.hasAccount()).as("found by the member's e-mail address").isTrue();
        assertThat(detail.firstDue()).isBetween(received.plusMonths(1), received.plusMonths(1).plusDays(4));
        assertThat(detail.answerDue()).isEqualTo(detail.firstDue());
        assertThat(detail.requestedBy()).isEqualTo("Morgan Evans – by e-mail, “in person” 🙂");
        assertThat(detail.identityEvidence()).isEqualTo("Passport seen in person – ‏£0 fee‏");
        assertThat(detail.state()).isEqualTo(DeadlineState.ON_TIME);
        assertThat(timerDates(sar)).as("the reminder a working week before, the deadline at the day's end")
                .contains(endOf(detail.firstDue()));

        // More time: refused beyond two further months and without a reason; given within them.
        assertThat(problems(board.officer(), () -> bean(SubjectAccessRequests.class).extend(sar, detail.latestExtension().plusDays(7),
                "Complex", "morgan@example.org", Locale.ENGLISH)).get("extendedTo")).contains("two further months");
        assertThat(problems(board.officer(), () -> bean(SubjectAccessRequests.class).extend(sar, detail.firstDue().plusMonths(1),
                " ", "morgan@example.org", Locale.ENGLISH)).get("extensionReason")).contains("why");
        LocalDate later = detail.latestExtension();
        as(board.officer(), () -> bean(SubjectAccessRequests.class).extend(sar, later,
                "Several requests at once – “complex”, say the union", "morgan@example.org", Locale.ENGLISH));
        SubjectAccessDetail extended = detail(board.officer(), sar);
        assertThat(extended.answerDue()).isEqualTo(later);
        assertThat(extended.firstDue()).isEqualTo(detail.firstDue());
        assertThat(extended.extensionReason()).isEqualTo("Several requests at once – “complex”, say the union");
        assertThat(timerDates(sar)).as("the process's timers moved to the new date")
                .contains(endOf(later)).doesNotContain(endOf(detail.firstDue()));

        // Redaction, marked once.
        as(board.officer(), () -> bean(SubjectAccessRequests.class).redact(sar, THIRD + "\n\n" + THIRD.toUpperCase()));
        assertThat(detail(board.officer(), sar).redactions()).isEqualTo(THIRD);
        // Another Morgan Evans, without an account, is found by the name: the officer leaves that case out.
        String sameName = as(board.officer(), () -> bean(uk.safeguardcases.application.cases.CaseService.class)
                .raiseConcern(new uk.safeguardcases.application.cases.NewConcern("Morgan Evans", organisation,
                        uk.safeguardcases.domain.cases.CaseSource.PUBLIC_COMPLAINT, "Another Morgan – " + marker,
                        null)).reference());
        assertThat(as(board.officer(), () -> bean(SubjectAccessRequests.class).preview(sar)).cases()).isEqualTo(2);
        assertThat(problems(board.officer(), () -> bean(SubjectAccessRequests.class).leaveOut(sar, sameName, " ")))
                .containsKey("leftOutReason");
        assertThat(problems(board.officer(), () -> bean(SubjectAccessRequests.class).leaveOut(sar, "NOPE-2026-0001",
                "Another person"))).containsKey("leftOut");
        as(board.officer(), () -> bean(SubjectAccessRequests.class).leaveOut(sar, sameName.toLowerCase(),
                "Another person of the same name – “Morgan” in Aberdâr"));
        SubjectAccessGathering.Disclosure preview = as(board.officer(),
                () -> bean(SubjectAccessRequests.class).preview(sar));
        assertThat(preview.cases()).isEqualTo(1);
        assertThat(preview.leftOut()).containsExactly(sameName);

        // A draft to read first: the same answer, marked as a draft on every page, and nothing kept.
        Map<String, byte[]> draft = unzip(as(board.officer(), () -> bean(SubjectAccessRequests.class).draft(sar)));
        assertThat(pdfText(draft.get(sar + "-draft.pdf"))).contains("DRAFT: NOT THE ANSWER GIVEN").contains(ref);
        assertThat(detail(board.officer(), sar).answeredAt()).isNull();
        assertThat(preview.emails()).as("the e-mails the investigation sent the member").isPositive();
        assertThat(preview.redacted()).isGreaterThanOrEqualTo(4);

        String sha256 = as(board.officer(), () -> bean(SubjectAccessRequests.class).answer(sar));
        byte[] zip = as(board.officer(), () -> bean(SubjectAccessRequests.class).export(sar));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip))).isEqualTo(sha256);
        assertThat(as(board.person("senior"), () -> bean(SubjectAccessRequests.class).export(sar)))
                .as("kept byte for byte").isEqualTo(zip);
        assertThat(storedSha256(sar)).isEqualTo(sha256);

        Map<String, byte[]> files = unzip(zip);
        assertThat(files.keySet()).containsExactly(sar + ".pdf", sar + ".json");
        String json = new String(files.get(sar + ".json"), StandardCharsets.UTF_8);
        String pdf = pdfText(files.get(sar + ".pdf"));
        for (String[] file : new String[][] {{"JSON", json}, {"PDF", pdf}}) {
            assertThat(file[1]).as(file[0])
                    .contains(sar).contains("Morgan Evans").contains(ref).contains(email)
                    .contains("Not me – " + marker)
                    .contains("I did not know [redacted] would see it – " + marker)
                    .contains("at the contact centre")
                    .contains("[redacted]")
                    .doesNotContain(THIRD).doesNotContain("Siân").doesNotContain(otherCase)
                    .doesNotContain("Rhiannon Other").doesNotContain(sameName).doesNotContain("Another Morgan")
                    .doesNotContain("Aberdâr");
        }
        assertThat(pdf).contains("Subject access request").contains("Content removal").contains("Contest rejected")
                .contains("passages were redacted");
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            assertThat(root.getString("format")).isEqualTo("safeguard-cases/subject-access/1");
            assertThat(root.getJsonObject("person").getString("name")).isEqualTo("Morgan Evans");
            assertThat(root.getJsonObject("request").getString("preparedBy"))
                    .isEqualTo("Olivia Okafor (Compliance officer)");
            JsonObject theCase = root.getJsonArray("cases").getJsonObject(0);
            assertThat(theCase.getString("reference")).isEqualTo(ref);
            assertThat(theCase.getString("theirPart")).isEqualTo("the member the case is about");
            assertThat(theCase.getJsonArray("evidence").getJsonObject(0).getString("shownToThem")).isEqualTo("yes");
            assertThat(theCase.getJsonArray("evidence").getJsonObject(0).getString("capturedText"))
                    .isEqualTo("“Look at [redacted] at the contact centre” 🙂 " + marker);
            assertThat(theCase.getJsonArray("requests")).isNotEmpty();
            assertThat(theCase.getJsonArray("timeline")).hasSizeGreaterThan(5);
            assertThat(root.getJsonArray("emails")).isNotEmpty();
            assertThat(root.getJsonArray("emails").getJsonObject(0).getString("to")).isEqualTo(email);
        }

        SubjectAccessDetail answered = detail(board.officer(), sar);
        assertThat(answered.answered()).isTrue();
        assertThat(answered.state()).isEqualTo(DeadlineState.MET);
        assertThat(answered.exportSizeBytes()).isEqualTo(zip.length);
        assertThatThrownBy(() -> as(board.officer(), () -> bean(SubjectAccessRequests.class).answer(sar)))
                .isInstanceOf(TaskAlreadyDoneException.class).hasMessageContaining("answered");
        assertThatThrownBy(() -> as(board.officer(), () -> bean(SubjectAccessRequests.class).redact(sar, "x")))
                .isInstanceOf(TaskAlreadyDoneException.class);
        assertThat(bean(ProcessEngine.class).getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(sar).count()).as("the request's process has ended").isZero();

        List<String> audit = as(board.admin(), () -> bean(TimelineService.class).boardEntries(50)).stream()
                .filter(e -> e.detail().startsWith(sar)).map(TimelineEntry::action).toList();
        assertThat(audit).contains("Subject access request recorded", "Subject access deadline extended",
                "Subject access redactions marked", "Subject access request answered");
        assertThat(audit).contains("Cases left out of a subject access answer", "Subject access draft downloaded",
                "Subject access answer downloaded");
        assertThat(as(board.admin(), () -> bean(TimelineService.class).boardEntries(50)).stream()
                .map(TimelineEntry::detail)).as("the audit names no one and keeps no reasons")
                .noneMatch(d -> d.contains("Morgan")).noneMatch(d -> d.contains(THIRD))
                .noneMatch(d -> d.contains("union")).noneMatch(d -> d.contains("Aberdâr"));
        assertThat(as(board.admin(), () -> bean(TimelineService.class).verify()).intact()).isTrue();

        // Twelve months after it was given, the nightly purge erases the answer and the request's personal details.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement back = connection.prepareStatement("update subject_access_request"
                        + " set answered_at = ? where reference = ?")) {
            back.setObject(1, java.time.OffsetDateTime.now().minusMonths(12).minusDays(2));
            back.setString(2, sar);
            assertThat(back.executeUpdate()).isOne();
        }
        CallerContext.runAs(Caller.system(board.id()), () -> bean(RetentionPurge.class).removeDue(LocalDate.now(UK)));
        SubjectAccessDetail erased = detail(board.officer(), sar);
        assertThat(erased.erasedAt()).isNotNull();
        assertThat(erased.exportSha256()).as("what was given stays provable").isEqualTo(sha256);
        assertThat(erased.requestedBy()).isEmpty();
        assertThatThrownBy(() -> as(board.officer(), () -> bean(SubjectAccessRequests.class).export(sar)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("erased");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement row = connection.prepareStatement("select (select count(*) from"
                        + " subject_access_answer a where a.request_id = r.id), subject_name, identity_evidence,"
                        + " export_sha256 from subject_access_request r where reference = ?")) {
            row.setString(1, sar);
            try (ResultSet found = row.executeQuery()) {
                assertThat(found.next()).isTrue();
                assertThat(found.getInt(1)).as("the kept answer").isZero();
                assertThat(found.getString(2)).isEmpty();
                assertThat(found.getString(3)).isEmpty();
                assertThat(found.getString(4)).isEqualTo(sha256);
            }
        }
        assertThat(as(board.admin(), () -> bean(TimelineService.class).boardEntries(5)).stream()
                .map(TimelineEntry::action)).contains("Subject access answer erased");
        assertThat(as(board.admin(), () -> bean(TimelineService.class).verify()).intact()).isTrue();
    }

    @Test
    void theOfficersAreRemindedAndTheSeniorManagersToldWhenTheMonthPassesUnanswered() throws Exception {
        TestBoard board = TestBoard.like("cwmtaf");
        String sar = as(board.officer(), () -> bean(SubjectAccessRequests.class).record(new SubjectAccessRequestDetails(
                "Gwenllïan ap Dafydd", "Gwenllïan ap Dafydd", null, LocalDate.now(UK), "Ceri Jones",
                "Trwydded yrru – driving licence seen")));
        SubjectAccessDetail detail = detail(board.officer(), sar);
        assertThat(detail.hasAccount()).isFalse();

        // The engine's clock a minute past the reminder, then past the deadline: the request's own timers fire.
        Instant reminder = timerDates(sar).stream().min(Instant::compareTo).orElseThrow();
        ClockUtil.setCurrentTime(Date.from(reminder.plus(1, ChronoUnit.MINUTES)));
        runDueJobs(sar, () -> detail(board.officer(), sar).remindedAt() != null, "the reminder");
        assertThat(detail(board.officer(), sar).overdueAt()).isNull();
        ClockUtil.setCurrentTime(Date.from(endOf(detail.firstDue()).plus(1, ChronoUnit.MINUTES)));
        runDueJobs(sar, () -> detail(board.officer(), sar).overdueAt() != null, "the escalation");

        // A job runs at least once: both steps run again (as a retried job would) change nothing.
        List<String[]> once = outbox(board.id(), sar);
        long entries = as(board.admin(), () -> bean(TimelineService.class).boardEntries(50)).stream()
                .filter(e -> e.detail() != null && e.detail().startsWith(sar + ":")).count();
        long requestId = ((Number) bean(ProcessEngine.class).getRuntimeService()
                .getVariable(instanceOf(sar), uk.safeguardcases.domain.access.SubjectAccessProcess.REQUEST_ID))
                .longValue();
        CallerContext.runAs(Caller.system(board.id()), () -> {
            bean(SubjectAccessRequests.class).remind(requestId);
            bean(SubjectAccessRequests.class).overdue(requestId);
        });
        assertThat(outbox(board.id(), sar)).as("no e-mail sent again").hasSameSizeAs(once);
        assertThat(as(board.admin(), () -> bean(TimelineService.class).boardEntries(50)).stream()
                .filter(e -> e.detail() != null && e.detail().startsWith(sar + ":")).count())
                .as("reminder and escalation recorded once").isEqualTo(entries).isEqualTo(2);

        List<String[]> mail = outbox(board.id(), sar);
        assertThat(mail).anySatisfy(m -> {
            assertThat(m[0]).isEqualTo("SUBJECT_ACCESS_DUE_SOON");
            assertThat(m[1]).isEqualTo(board.officer() + "@demo.example.org");
        });
        assertThat(mail).anySatisfy(m -> {
            assertThat(m[0]).isEqualTo("SUBJECT_ACCESS_OVERDUE");
            assertThat(m[1]).isEqualTo(board.person("senior") + "@demo.example.org");
            assertThat(m[2]).contains(sar).contains("/officer/subject-access-request.xhtml?ref=" + sar);
            // A bilingual board's staff read it in Welsh first, then in English.
            assertThat(m[2]).contains("Roedd cais gwrthrych am wybodaeth " + sar + " i’w ateb erbyn Dydd")
                    .contains("Subject access request " + sar + " was due to be answered by ");
            assertThat(m[2].indexOf("Roedd cais")).isLessThan(m[2].indexOf("Subject access request"));
        });
        assertThat(mail).as("the e-mails name the request, never the person").noneMatch(m -> m[2].contains("Gwenllïan"));
        assertThat(as(board.officer(), () -> bean(SubjectAccessRequests.class).list()))
                .extracting(SubjectAccessSummary::reference).containsExactly(sar);
        // Still to be answered: the task stays open.
        assertThat(bean(ProcessEngine.class).getTaskService().createTaskQuery().processInstanceBusinessKey(sar)
                .count()).isOne();
    }

    @Test
    void anExtensionMustBeDecidedWithinTheFirstMonthAndBadInputLosesNothing() {
        TestBoard board = TestBoard.like("chscb");
        LocalDate received = LocalDate.now(UK).minusMonths(2);
        String sar = as(board.officer(), () -> bean(SubjectAccessRequests.class).record(new SubjectAccessRequestDetails(
                "A solicitor for Morgan Evans", "Morgan Evans", null, received, "Ceri Jones", "Letter of authority")));
        SubjectAccessDetail detail = detail(board.officer(), sar);
        assertThat(detail.canExtend()).isFalse();
        assertThat(detail.state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(problems(board.officer(), () -> bean(SubjectAccessRequests.class).extend(sar, LocalDate.now(UK).plusDays(7),
                "Complex", "morgan@example.org", Locale.ENGLISH)).get("extendedTo")).contains("first month");

        Map<String, String> blank = problems(board.officer(), () -> bean(SubjectAccessRequests.class).record(
                new SubjectAccessRequestDetails(" ", "", "not-an-address", LocalDate.now(UK).plusDays(1), "", "")));
        assertThat(blank).containsOnlyKeys("requestedBy", "subjectName", "subjectEmail", "receivedOn",
                "identityCheckedBy", "identityEvidence");
        assertThat(blank.get("receivedOn")).contains("future");
        assertThat(as(board.officer(), () -> bean(SubjectAccessRequests.class).list())).hasSize(1);
    }

    /** Issue 38: a bilingual board's answer is in Welsh and English, Welsh first; an English board's stays English. */
    @Test
    void aBilingualBoardsAnswerIsInWelshAndEnglishAndAnEnglishBoardsIsNot() throws Exception {
        TestBoard welsh = TestBoard.like("cwmtaf");
        String sar = as(welsh.officer(), () -> bean(SubjectAccessRequests.class).record(new SubjectAccessRequestDetails(
                "Morgan Evans", "Morgan Evans", null, LocalDate.now(UK).minusDays(2), "Ceri Jones", "Pasbort")));
        String text = pdfText(unzip(as(welsh.officer(), () -> bean(SubjectAccessRequests.class).draft(sar)))
                .get(sar + "-draft.pdf"));
        assertThat(text).contains("Cais am fynediad at ddata gwrthrych / Subject access request")
                .contains("DRAFFT: NID YR ATEB A RODDWYD / DRAFT: NOT THE ANSWER GIVEN")
                .contains("SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE")
                .contains("Popeth sydd gan Byrddau Diogelu Cwm Taf am y person a enwir isod")
                .contains("Everything Cwm Taf Safeguarding Boards")
                .contains("Y person / The person").contains("Enw / Name").contains("Achosion (0) / Cases (0)")
                .contains("Nid oes gan y bwrdd achos am y person hwn.")
                .contains("E-byst a anfonwyd at y person / E-mails sent to the person");
        assertThat(text.indexOf("Popeth sydd gan")).isLessThan(text.indexOf("Everything Cwm Taf"));

        TestBoard english = TestBoard.like("chscb");
        String theirs = as(english.officer(), () -> bean(SubjectAccessRequests.class).record(
                new SubjectAccessRequestDetails("Morgan Evans", "Morgan Evans", null, LocalDate.now(UK).minusDays(2),
                        "Ceri Jones", "Passport")));
        String inEnglish = pdfText(unzip(as(english.officer(), () -> bean(SubjectAccessRequests.class).draft(theirs)))
                .get(theirs + "-draft.pdf"));
        assertThat(inEnglish).contains("Subject access request").contains("The person").contains("Name")
                .doesNotContain("Cais am fynediad").doesNotContain("SWYDDOGOL").doesNotContain("Y person");
    }

    @Test
    void anotherBoardAndTheWrongRolesSeeAndTouchNoneOfIt() {
        TestBoard board = TestBoard.like("chscb");
        TestBoard other = TestBoard.like("chscb");
        String sar = as(board.officer(), () -> bean(SubjectAccessRequests.class).record(new SubjectAccessRequestDetails(
                "Morgan Evans", "Morgan Evans", null, LocalDate.now(UK), "Ceri Jones", "Seen in person")));
        assertThat(as(other.officer(), () -> bean(SubjectAccessRequests.class).list())).isEmpty();
        for (String person : List.of(other.officer(), other.person("senior"))) {
            SubjectAccessRequests requests = bean(SubjectAccessRequests.class);
            assertThatThrownBy(() -> as(person, () -> requests.detail(sar))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(person, () -> requests.preview(sar))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(person, () -> requests.extend(sar, LocalDate.now(UK).plusMonths(2), "x", "x@example.org", Locale.ENGLISH)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(person, () -> requests.redact(sar, "x"))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(person, () -> requests.answer(sar))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(person, () -> requests.export(sar))).isInstanceOf(NotFoundException.class);
        }
        for (String role : List.of("member", "hr", "admin")) {
            SubjectAccessRequests requests = bean(SubjectAccessRequests.class);
            assertThatThrownBy(() -> as(board.person(role), () -> requests.list()))
                    .as(role).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> as(board.person(role), () -> requests.detail(sar)))
                    .as(role).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> as(board.person(role), () -> requests.record(new SubjectAccessRequestDetails(
                    "a", "b", null, LocalDate.now(UK), "c", "d")))).as(role).isInstanceOf(AccessRefusedException.class);
        }
        assertThat(detail(board.officer(), sar).answered()).isFalse();
        assertThat(bean(ProcessEngine.class).getTaskService().createTaskQuery().processInstanceBusinessKey(sar)
                .tenantIdIn(other.id()).count()).as("the task is the board's").isZero();
    }

    /** A request's deadline: the end of its day (midnight after it, UK time). */
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
        return bean(ProcessEngine.class).getManagementService().createJobQuery().processInstanceId(instanceOf(sar))
                .timers().list().stream().map(job -> job.getDuedate().toInstant()).toList();
    }

    private static String instanceOf(String sar) {
        return bean(ProcessEngine.class).getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(sar).singleResult().getId();
    }

    /** Runs the request's due jobs (the job executor may get there first) until {@code done}. */
    private static void runDueJobs(String sar, java.util.function.BooleanSupplier done, String what) {
        ProcessEngine engine = bean(ProcessEngine.class);
        Waiting.runningJobsUntil(what + " of " + sar, engine.getManagementService(), () -> engine
                .getManagementService().createJobQuery().processInstanceId(instanceOf(sar)).executable().list(), done);
    }

    private List<String[]> outbox(String board, String sar) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select kind, recipient, body from outbox_message"
                        + " where tenant_id = ? and subject like ?")) {
            query.setString(1, board);
            query.setString(2, sar + "%");
            List<String[]> rows = new java.util.ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new String[] {row.getString(1), row.getString(2), row.getString(3)});
                }
            }
            return rows;
        }
    }

    private String storedSha256(String sar) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select export_sha256 from subject_access_request where reference = ?")) {
            query.setString(1, sar);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

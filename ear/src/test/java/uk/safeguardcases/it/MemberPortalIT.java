package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.investigation.MemberRequestView;
import uk.safeguardcases.application.investigation.MemberRequests;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;
import uk.safeguardcases.domain.people.PasswordHashing;

/**
 * The member portal on the real server: the member's own requests, the evidence shown to them, their answers
 * (which move the case on as the services do), their history and self-reports; nothing of another member.
 * Runs inside the server to walk cases through the process, and talks to the pages over HTTP as a browser.
 */
@ExtendWith(ArquillianExtension.class)
class MemberPortalIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final String MEMBER = "chscb.member";
    private static final String POST_TEXT = "Morgan posted a photograph of a family at the contact centre.";
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(MemberPortalIT.class);
    }

    @Inject
    private PeopleDirectory people;

    @Inject
    private CaseService cases;

    @Inject
    private EvidenceService evidence;

    @Inject
    private RequestService requests;

    @Inject
    private MemberRequests memberRequests;

    @Inject
    private BoardService boards;

    @Inject
    private ProcessEngine engine;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Test
    void aMemberSeesTheirOpenRemovalRequestWithItsDeadlineTheClauseAndTheEvidenceShownToThem() {
        String ref = toRemovalRequest("Morgan Evans", true);
        MemberRequestView request = requestOf(MEMBER, ref, RequestKind.REMOVAL);
        assertTrue(request.awaitingAnswer());
        assertTrue(request.workingDaysLeft() >= 1, "the board's deadline lies ahead: " + request.workingDaysLeft());

        Browser member = signedIn(MEMBER);
        Browser.Page home = member.open("portal/requests.xhtml");
        assertEquals(200, home.status(), home.body());
        String card = cardOf(home.body(), ref);
        assertTrue(card.contains("Request to remove content"), card);
        assertTrue(card.contains(request.workingDaysLeft() == 1 ? "1 working day left"
                : request.workingDaysLeft() + " working days left"), card);
        assertTrue(card.contains("Waiting for your answer."), card);
        assertTrue(home.body().contains("Posting comments or photographs of Board members or members of the community"),
                "the board's policy clauses remain viewable");

        Browser.Page page = member.open("portal/request.xhtml?id=" + request.id());
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("3.5(d)"), "the clause the allegation cites");
        assertTrue(page.body().contains(POST_TEXT), "the captured text is shown");
        assertTrue(page.body().contains("https://www.facebook.com/morgan.evans/posts/1"), "the address is shown");
        assertTrue(page.body().contains("Reports made to the Internet Watch Foundation or CEOP are not shown here."),
                "the page says what is shown");
        assertTrue(page.body().contains("I have removed the content") && page.body().contains("I disagree with the request")
                && page.body().contains("I need more time"), "the three answers are offered");

        EvidenceView file = CallerContext.runAs(as("chscb.officer"), () -> evidence.evidenceOf(ref)).stream()
                .filter(EvidenceView::hasFile).findFirst().orElseThrow();
        assertTrue(page.body().contains("portal/evidence-file?request=" + request.id() + "&amp;evidence=" + file.id()),
                "the file can be downloaded");
        HttpResponse<byte[]> download = member.download("portal/evidence-file?request=" + request.id() + "&evidence="
                + file.id());
        assertEquals(200, download.statusCode());
        assertArrayEquals(PNG, download.body());
        assertEquals("image/png", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    }

    @Test
    void removedWithProofKeepsTheFileAsEvidenceProvidedByTheMemberAndTheCaseMovesOn() {
        String ref = toRemovalRequest("Morgan Evans", false);
        MemberRequestView request = requestOf(MEMBER, ref, RequestKind.REMOVAL);
        Browser member = signedIn(MEMBER);
        Browser.Page page = member.open("portal/request.xhtml?id=" + request.id());

        Browser.Page refused = member.submitMultipart(page, "removed", Map.of("platform", "", "text", "Gone."),
                Map.of("proof", new Browser.Upload("now.png", "image/png", PNG)), "send");
        assertTrue(refused.body().contains("Choose where the content was."), refused.body());
        assertEquals(CaseStatus.AWAITING_REMOVAL.label(), step(ref), "nothing was recorded");

        Browser.Page answered = member.submitMultipart(refused, "removed",
                Map.of("platform", "FACEBOOK", "text", "Deleted the post this morning."),
                Map.of("proof", new Browser.Upload("profile-now.png", "image/png", PNG)), "send");
        assertEquals(200, answered.status(), answered.body());
        assertTrue(answered.body().contains("The board has your confirmation that the content is removed."),
                answered.body());
        assertTrue(answered.body().contains("You removed the content"), "the request shows the answer");
        assertTrue(answered.body().contains("Deleted the post this morning."));

        awaitStep(ref, CaseStatus.AWAITING_COOPERATION);
        List<EvidenceView> kept = CallerContext.runAs(as("chscb.officer"), () -> evidence.evidenceOf(ref));
        EvidenceView proof = kept.stream().filter(e -> "profile-now.png".equals(e.fileName())).findFirst().orElseThrow();
        assertEquals(CaptureMethod.PROVIDED_BY_MEMBER.label(), proof.captureMethod());
        assertEquals(MEMBER, proof.capturedBy());
        assertArrayEquals(PNG, CallerContext.runAs(as("chscb.officer"), () -> evidence.fileOf(ref, proof.id())));
        assertEquals(MemberResponse.REMOVED, requestOf(MEMBER, ref, RequestKind.REMOVAL).response());
    }

    @Test
    void aFileOfAnotherTypeIsRefusedInPlainWordsAndNothingIsRecorded() throws Exception {
        String ref = toRemovalRequest("Morgan Evans", false);
        MemberRequestView request = requestOf(MEMBER, ref, RequestKind.REMOVAL);
        Browser member = signedIn(MEMBER);
        Browser.Page page = member.open("portal/request.xhtml?id=" + request.id());
        Browser.Page refused = member.submitMultipart(page, "removed", Map.of("platform", "FACEBOOK", "text", ""),
                Map.of("proof", new Browser.Upload("run.exe", "application/x-msdownload", new byte[] {77, 90, 0})),
                "send");
        assertTrue(refused.body().contains("This file cannot be accepted."), refused.body());
        assertEquals(CaseStatus.AWAITING_REMOVAL.label(), step(ref));
        assertTrue(CallerContext.runAs(as("chscb.officer"), () -> evidence.evidenceOf(ref)).isEmpty());

        // Issue 69: checked by its content, as an officer's and the public's files are: a picture's name and type on
        // the bytes of an archive is refused saying what it is, and what the member typed stays on the form.
        String typed = "Deleted the post – “gone” by 9am, ŵ ŷ £5 🙂";
        Browser.Page packed = member.submitMultipart(refused, "removed", Map.of("platform", "FACEBOOK", "text", typed),
                Map.of("proof", new Browser.Upload("now.png", "image/png", CaseFixtures.zipOf("now.png", PNG))), "send");
        assertTrue(packed.body().contains("an archive or an office document"), packed.body());
        assertTrue(packed.body().contains("Deleted the post – “gone” by 9am, ŵ ŷ £5 🙂")
                || packed.body().contains("Deleted the post &ndash; &ldquo;gone&rdquo;"), "what was typed is kept");
        assertEquals(CaseStatus.AWAITING_REMOVAL.label(), step(ref));
        assertTrue(CallerContext.runAs(as("chscb.officer"), () -> evidence.evidenceOf(ref)).isEmpty());
    }

    @Test
    void aContestAndARequestForMoreTimeAreRecordedAndEachCaseMovesOn() {
        String contested = toRemovalRequest("Morgan Evans", false);
        Browser member = signedIn(MEMBER);
        MemberRequestView first = requestOf(MEMBER, contested, RequestKind.REMOVAL);
        Browser.Page page = member.open("portal/request.xhtml?id=" + first.id());
        Browser.Page noReasons = member.submit(page, "contest", Map.of("reasons", "  "), "send");
        assertTrue(noReasons.body().contains("Give your reasons."), noReasons.body());
        assertEquals(CaseStatus.AWAITING_REMOVAL.label(), step(contested));
        Browser.Page answered = member.submit(noReasons, "contest",
                Map.of("reasons", "The photograph is of my own family."), "send");
        assertTrue(answered.body().contains("The board will look at your reasons"), answered.body());
        assertTrue(answered.body().contains("The board is looking at your reasons."), "the request's status");
        assertEquals(CaseStatus.REVIEWING_CONTEST.label(), step(contested));
        assertTimelineHas(contested, "Removal request answered", "Contested the request: The photograph is of my own family.");

        String moreTime = toRemovalRequest("Morgan Evans", false);
        MemberRequestView second = requestOf(MEMBER, moreTime, RequestKind.REMOVAL);
        LocalDate until = second.deadline().atZone(ZoneId.of("Europe/London")).toLocalDate().plusDays(7);
        Browser.Page secondPage = member.open("portal/request.xhtml?id=" + second.id());
        Browser.Page tooEarly = member.submit(secondPage, "moreTime", Map.of("until",
                LocalDate.now().minusDays(1).toString(), "reasons", "On leave."), "send");
        assertTrue(tooEarly.body().contains("The date must be after the current deadline."), tooEarly.body());
        assertTrue(tooEarly.body().contains("On leave."), "what the member typed is kept");
        // At most six weeks after the current deadline: the page and the service answer in the same words.
        LocalDate tooFar = second.deadline().atZone(ZoneId.of("Europe/London")).toLocalDate().plusWeeks(6).plusDays(1);
        Browser.Page tooLate = member.submit(tooEarly, "moreTime", Map.of("until", tooFar.toString(),
                "reasons", "On leave."), "send");
        assertTrue(tooLate.body().contains("The date can be at most six weeks after the current deadline."),
                tooLate.body());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(
                as(MEMBER), () -> requests.askForMoreTime(moreTime, tooFar, "On leave.")));
        assertEquals(Map.of("until", "The date can be at most six weeks after the current deadline."),
                refused.fieldMessages());
        assertEquals(CaseStatus.AWAITING_REMOVAL.label(), step(moreTime));
        Browser.Page asked = member.submit(tooLate, "moreTime", Map.of("until", until.toString(),
                "reasons", "On leave until next week."), "send");
        assertTrue(asked.body().contains("The board is deciding on your request for more time."), asked.body());
        assertEquals(CaseStatus.DECIDING_EXTENSION.label(), step(moreTime));
        assertEquals(MemberResponse.MORE_TIME, requestOf(MEMBER, moreTime, RequestKind.REMOVAL).response());
        assertTrue(requestOf(MEMBER, moreTime, RequestKind.REMOVAL).responseText().startsWith("More time asked until "));
    }

    @Test
    void aCooperationStatementIsRecordedAndTheHistoryShowsTheRequestsAndAnswers() {
        String ref = toRemovalRequest("Morgan Evans", false);
        CallerContext.runAs(as(MEMBER), () -> requests.respondToRemoval(ref, MemberResponse.REMOVED, ""));
        awaitStep(ref, CaseStatus.AWAITING_COOPERATION);
        MemberRequestView cooperation = requestOf(MEMBER, ref, RequestKind.COOPERATION);
        assertTrue(cooperation.awaitingAnswer());

        Browser member = signedIn(MEMBER);
        Browser.Page page = member.open("portal/request.xhtml?id=" + cooperation.id());
        assertTrue(page.body().contains("Never share your password"), page.body());
        assertFalse(page.body().contains("type=\"password\""), "the portal never asks for a password");
        Browser.Page nothing = member.submit(page, "cooperation", Map.of("statement", ""), "send");
        assertTrue(nothing.body().contains("Write your statement, or tick that you accept an interview."),
                nothing.body());
        Browser.Page answered = member.submit(nothing, "cooperation", Map.of("statement",
                "I posted the photograph without thinking; I have taken it down.", "interview", "true"), "send");
        assertTrue(answered.body().contains("The board has your answer."), answered.body());
        awaitStep(ref, CaseStatus.VERIFYING_REMOVAL);
        assertTimelineHas(ref, "Co-operation recorded", "Gave a statement; the member accepts an interview");
        MemberRequestView recorded = requestOf(MEMBER, ref, RequestKind.COOPERATION);
        assertEquals(MemberResponse.STATEMENT, recorded.response());
        assertEquals(RequestService.ACCEPTS_INTERVIEW + "\n\nI posted the photograph without thinking; I have taken it"
                + " down.", recorded.responseText());

        Browser.Page history = member.open("portal/history.xhtml");
        assertEquals(200, history.status());
        String removal = cardOf(history.body(), ref, "Request to remove content");
        assertTrue(removal.contains("You removed the content"), removal);
        String statement = cardOf(history.body(), ref, "Request to co-operate");
        assertTrue(statement.contains("You gave a statement"), statement);
        assertTrue(statement.contains("I posted the photograph without thinking"), statement);
        assertFalse(member.open("portal/requests.xhtml").body().contains(ref), "nothing open on the case any more");
    }

    @Test
    void aSelfReportCreatesACaseOnTheMembersBoardThatItsOfficerSees() {
        Browser member = signedIn(MEMBER);
        Browser.Page form = member.open("portal/self-report.xhtml");
        assertTrue(form.body().contains("If a service user has sought to make contact") || form.body()
                .contains("A service user has tried to contact you through social networking."), form.body());
        Browser.Page empty = member.submit(form, "selfReport", Map.of("clauseId", "", "account", " "), "send");
        assertTrue(empty.body().contains("Tell us what happened."), empty.body());

        Browser.Page done = member.submit(empty, "selfReport", Map.of("clauseId", "",
                "account", "A parent of a child I work with sent me a friend request."), "send");
        assertEquals(200, done.status(), done.body());
        Matcher reference = Pattern.compile("recorded with reference (CHSCB-\\d{4}-\\d{4})").matcher(done.body());
        assertTrue(reference.find(), done.body());
        String ref = reference.group(1);
        assertTrue(done.uri().endsWith("/portal/history.xhtml"), done.uri());

        CaseSummary seen = CallerContext.runAs(as("chscb.officer"), () -> cases.findByReference(ref));
        assertEquals(CaseSource.SELF_REPORT.label(), seen.source());
        assertEquals("Morgan Evans", seen.subjectName());
        assertEquals(MEMBER, seen.raisedBy());
        assertEquals(CaseStatus.AWAITING_TRIAGE.label(), seen.status());
        assertEquals(as(MEMBER).organisationId(), organisationIdOf(ref));
        assertTrue(member.open("portal/history.xhtml").body().contains(ref), "the member sees their report");

        assertThrows(NotFoundException.class,
                () -> CallerContext.runAs(as("nscb.officer"), () -> cases.findByReference(ref)));
        assertThrows(AccessRefusedException.class, () -> CallerContext.runAs(as("chscb.officer"),
                () -> cases.selfReport(null, "An officer cannot self-report for someone.")));
    }

    @Test
    void anotherMemberOfTheSameOrAnotherBoardCannotSeeAnswerOrDownloadAnything() throws Exception {
        String ref = toRemovalRequest("Morgan Evans", true);
        MemberRequestView request = requestOf(MEMBER, ref, RequestKind.REMOVAL);
        long fileId = CallerContext.runAs(as("chscb.officer"), () -> evidence.evidenceOf(ref)).stream()
                .filter(EvidenceView::hasFile).findFirst().orElseThrow().id();
        String colleague = secondMemberOfChscb();

        for (String other : new String[] {colleague, "nscb.member"}) {
            Browser browser = signedIn(other);
            Browser.Page page = browser.open("portal/request.xhtml?id=" + request.id());
            assertEquals(404, page.status(), other);
            assertFalse(page.body().contains(POST_TEXT), other);
            assertFalse(browser.open("portal/requests.xhtml").body().contains(ref), other);
            assertFalse(browser.open("portal/history.xhtml").body().contains(ref), other);
            assertEquals(404, browser.download("portal/evidence-file?request=" + request.id() + "&evidence="
                    + fileId).statusCode(), other);

            Caller caller = as(other);
            assertThrows(NotFoundException.class, () -> CallerContext.runAs(caller,
                    () -> memberRequests.mine(request.id())), other);
            assertThrows(NotFoundException.class, () -> CallerContext.runAs(caller,
                    () -> evidence.evidenceShownToMember(ref)), other);
            assertThrows(NotFoundException.class, () -> CallerContext.runAs(caller,
                    () -> evidence.fileShownToMember(ref, fileId)), other);
            assertThrows(NotFoundException.class, () -> CallerContext.runAs(caller,
                    () -> requests.respondToRemoval(ref, MemberResponse.CONTESTED, "Not mine.")), other);
        }
        assertEquals(CaseStatus.AWAITING_REMOVAL.label(), step(ref), "nobody else answered");
        assertEquals(null, requestOf(MEMBER, ref, RequestKind.REMOVAL).response());

        // The member's own file is not reachable through another of their requests either.
        String otherCase = toRemovalRequest("Morgan Evans", false);
        MemberRequestView otherRequest = requestOf(MEMBER, otherCase, RequestKind.REMOVAL);
        assertEquals(404, signedIn(MEMBER).download("portal/evidence-file?request=" + otherRequest.id()
                + "&evidence=" + fileId).statusCode());
        assertEquals(404, signedIn(MEMBER).open("portal/request.xhtml?id=not-a-number").status());
    }

    @Test
    void beforeAnyRequestTheMemberIsShownNoEvidenceOfTheCase() {
        String ref = raise("Morgan Evans");
        CallerContext.runAs(as("chscb.officer"), () -> evidence.capture(ref, EvidenceInput.text(null,
                Platform.FACEBOOK, POST_TEXT, Instant.now(), CaptureMethod.PUBLIC_PAGE_VIEWED,
                CaptureForm.TEXT_COPIED, true)));
        assertThrows(NotFoundException.class,
                () -> CallerContext.runAs(as(MEMBER), () -> evidence.evidenceShownToMember(ref)));
    }

    @Test
    void aCwmTafMemberReadsThePortalInWelsh() {
        Browser member = signedIn("cwmtaf.member");
        Browser.Page welsh = member.open("portal/requests.xhtml?lang=cy");
        assertEquals(200, welsh.status());
        assertTrue(welsh.body().contains("<html lang=\"cy\""), "the page says it is in Welsh");
        assertTrue(welsh.body().contains("Fy hanes"), welsh.body());
        assertTrue(welsh.body().contains("Dweud wrth y bwrdd am rywbeth"), welsh.body());
        assertTrue(welsh.body().contains("Dyma reolau polisi cyfryngau cymdeithasol eich bwrdd."), welsh.body());
        assertFalse(welsh.body().contains("Tell the board about something"), "no English left");
        Browser.Page form = member.open("portal/self-report.xhtml");
        assertTrue(form.body().contains("Pryd i ddweud wrth y bwrdd"), "the choice stays for the session");
        Browser.Page refused = member.submit(form, "selfReport", Map.of("clauseId", "", "account", ""), "send");
        assertTrue(refused.body().contains("Dywedwch wrthym beth ddigwyddodd."), refused.body());
    }

    @Test
    void theEnglishAndWelshPortalTextsHaveExactlyTheSameKeys() throws IOException {
        Properties english = bundle("portal.properties");
        Properties welsh = bundle("portal_cy.properties");
        assertEquals(english.stringPropertyNames(), welsh.stringPropertyNames());
        assertTrue(english.size() > 50, "the portal's texts are in the bundle");
        for (String key : welsh.stringPropertyNames()) {
            assertFalse(welsh.getProperty(key).isBlank(), key);
            assertFalse(english.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void noOtherRoleCanOpenThePortal() {
        for (String other : new String[] {"chscb.officer", "chscb.senior", "chscb.hr", "chscb.admin"}) {
            Browser browser = signedIn(other);
            for (String path : new String[] {"portal/requests.xhtml", "portal/request.xhtml?id=1",
                    "portal/history.xhtml", "portal/self-report.xhtml", "portal/evidence-file?request=1&evidence=1"}) {
                Browser.Page refused = browser.open(path);
                assertEquals(403, refused.status(), other + " " + path);
                assertTrue(refused.body().contains("You cannot open this page"), refused.body());
            }
        }
    }

    private Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/uk/safeguardcases/web/i18n/" + name)) {
            assertTrue(in != null, name);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private Browser signedIn(String username) {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        Browser browser = new Browser(URI.create("http://localhost:" + (8080 + offset) + "/"));
        Browser.Page landed = browser.signIn(username, PASSWORD);
        assertEquals(200, landed.status(), landed.body());
        return browser;
    }

    /** The list item of the page that names the case (and, if given, contains the text). */
    private static String cardOf(String body, String ref, String... containing) {
        Matcher item = Pattern.compile("<li class=\"request-card\">(.*?)</li>", Pattern.DOTALL).matcher(body);
        while (item.find()) {
            String card = item.group(1);
            if (card.contains(ref) && (containing.length == 0 || card.contains(containing[0]))) {
                return card;
            }
        }
        throw new AssertionError("No card for " + ref + " in " + body);
    }

    private MemberRequestView requestOf(String member, String ref, RequestKind kind) {
        return CallerContext.runAs(as(member), () -> memberRequests.mine()).stream()
                .filter(r -> r.caseReference().equals(ref) && r.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " request on " + ref + " for " + member));
    }

    /** A second member of CHSCB, at the same organisation as the demo member, to prove members are kept apart. */
    private String secondMemberOfChscb() throws Exception {
        String username = "chscb.member.it" + System.nanoTime();
        Long organisation = as(MEMBER).organisationId();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into person (tenant_id, username,"
                    + " password_hash, display_name, email, organisation_id, active, created_at)"
                    + " values ('chscb', ?, ?, 'Casey Colleague', ?, ?, true, ?)")) {
                insert.setString(1, username);
                insert.setString(2, PasswordHashing.hash(PASSWORD.toCharArray()));
                insert.setString(3, username + "@example.org");
                insert.setLong(4, organisation);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            try (PreparedStatement role = connection.prepareStatement("insert into person_role (person_id, role)"
                    + " select id, 'member' from person where username = ?")) {
                role.setString(1, username);
                role.executeUpdate();
            }
        }
        return username;
    }

    private Long organisationIdOf(String ref) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select organisation_id from safeguarding_case where reference = ? and tenant_id = 'chscb'")) {
            query.setString(1, ref);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toRemovalRequest(String subject, boolean withEvidence) {
        CaseFixtures.Walk walk = CaseFixtures.a("chscb").about(subject)
                .raisedFrom(CaseSource.COLLEAGUE_REPORT, "Reported by a colleague.")
                .triageNote("Triaged.").gathered("Posts captured.");
        if (withEvidence) {
            // Both shown to the member, as the officer chose when capturing them.
            walk.alleging("3.5(d)", Severity.values()[0], "Photograph posted without consent.")
                    .withEvidence(EvidenceInput.text("https://www.facebook.com/morgan.evans/posts/1", Platform.FACEBOOK,
                            POST_TEXT, Instant.now().minusSeconds(3600), CaptureMethod.PUBLIC_PAGE_VIEWED,
                            CaptureForm.TEXT_COPIED, true)
                            .withShownToMember(true), EvidenceInput.file("https://www.facebook.com/morgan.evans/photos/2",
                            Platform.FACEBOOK, "post.png", "image/png", PNG, Instant.now().minusSeconds(3500),
                            CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.SCREENSHOT, true).withShownToMember(true));
        }
        return walk.at(CaseStatus.AWAITING_REMOVAL).reference();
    }

    private Long clauseId(String reference) {
        return CallerContext.runAs(as("chscb.officer"), () -> boards.clauses()).stream()
                .filter(c -> c.reference().equals(reference)).findFirst().orElseThrow().id();
    }

    private String raise(String subject) {
        Caller hr = as("chscb.hr");
        return CallerContext.runAs(as("chscb.officer"), () -> cases.raiseConcern(new NewConcern(subject,
                hr.organisationId(), CaseSource.COLLEAGUE_REPORT, "Reported by a colleague.", MEMBER))).reference();
    }

    private Caller as(String username) {
        return people.callerFor(username).orElseThrow();
    }

    private String step(String ref) {
        return CallerContext.runAs(as("chscb.officer"), () -> cases.findByReference(ref)).status();
    }

    private void assertTimelineHas(String ref, String action, String detail) {
        List<TimelineLine> lines = CallerContext.runAs(as("chscb.officer"), () -> cases.timelineOf(ref));
        assertTrue(lines.stream().anyMatch(l -> l.action().equals(action) && l.detail().equals(detail)),
                action + " in " + lines.stream().map(l -> l.action() + ": " + l.detail()).toList());
    }

    private void awaitStep(String ref, CaseStatus step) {
        await(ref, () -> step(ref).equals(step.label()), ref + " at " + step.label() + " (is " + step(ref) + ")");
    }

    private void await(String ref, BooleanSupplier condition, String what) {
        // The job executor normally gets there first; the case's jobs are run here too only when it is slow.
        CaseFixtures.await(ref, condition, what);
    }
}

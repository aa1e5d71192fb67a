package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.domain.lowlevel.LowLevelOutcome;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSubjects;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.domain.evidence.EvidenceSource;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.publicconcern.ConcernFromAnyone;
import uk.safeguardcases.application.publicconcern.ConcernIntake;
import uk.safeguardcases.application.publicconcern.FollowUp;
import uk.safeguardcases.application.publicconcern.LimitReachedException;
import uk.safeguardcases.application.publicconcern.PublicPages;
import uk.safeguardcases.application.publicconcern.ReporterDetailsRetention;
import uk.safeguardcases.application.publicconcern.ReporterFollowUp;
import uk.safeguardcases.application.publicconcern.ReportsForOfficers;
import uk.safeguardcases.infrastructure.time.ServerClock;
import uk.safeguardcases.application.publicconcern.ReportForOfficers;
import uk.safeguardcases.application.publicconcern.WrongCodeException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.application.lowlevel.LowLevelConcerns;
import uk.safeguardcases.application.lowlevel.RegisterReviews;
import uk.safeguardcases.domain.access.SubjectAccessRequestDetails;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.publicconcern.ReceiptCode;
import uk.safeguardcases.domain.publicconcern.ReportLimit;
import uk.safeguardcases.domain.publicconcern.ReportStatus;
import uk.safeguardcases.domain.publicconcern.ReporterRelation;
import uk.safeguardcases.domain.publicconcern.WorkChallenge;

/**
 * Concerns from anyone (issue 41) through the service, on the real server: the reporter's identity reaches the
 * board's officers and nobody else (member's portal, HR page and pack, subject access answer, e-mails), the limits per
 * address and per board and on wrong codes, one answer for every wrong code, text kept exactly, the retention rule,
 * and another board seeing none of it.
 */
@ExtendWith(ArquillianExtension.class)
class ConcernsFromAnyoneIT {

    private static final int SMTP_PORT = Integer.getInteger("safeguard.smtp.port", 3125);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String TYPED = "Gwelais i “Ŵyn a’r Ŷd” – £5 y tocyn \u200Fمرحبا\u200F 🙂\nAil linell";

    @Deployment
    static EnterpriseArchive deployment() throws URISyntaxException {
        EnterpriseArchive ear = Deployments.inServerWith(ConcernsFromAnyoneIT.class);
        ear.getAsType(WebArchive.class, "safeguard-web.war").addAsLibraries(
                new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        return ear;
    }

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static PublicPages pages() {
        return bean(PublicPages.class);
    }

    private static ConcernIntake intake() {
        return bean(ConcernIntake.class);
    }

    private static ReporterFollowUp followUp() {
        return bean(ReporterFollowUp.class);
    }

    private static ReportsForOfficers officers() {
        return bean(ReportsForOfficers.class);
    }

    private static ReporterDetailsRetention retention() {
        return bean(ReporterDetailsRetention.class);
    }

    /** A concern as a reporter sends it, the page's work done. */
    private static ConcernFromAnyone concern(String subject, Long organisationId, String name, String email,
            String phone, String what) {
        String challenge = pages().challenge();
        return new ConcernFromAnyone(what, "https://social.example.org/posts/4711\n", LocalDate.now(UK).minusDays(2),
                subject, organisationId, organisationId == null ? "Ysgol Gynradd “Glan‑y‑Môr”" : null,
                ReporterRelation.PUBLIC, List.of(new ConcernFromAnyone.ReportFile("llun.png", "image/png",
                        CaseFixtures.PNG)), name, email, phone, challenge,
                WorkChallenge.solve(challenge, WorkChallenge.DIFFICULTY));
    }

    private static String address() {
        return "198.51.100." + (int) (Math.random() * 250) + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** The case a receipt code raised (the code is never kept; its hash is). */
    private String referenceOf(String board, String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select c.reference from public_report r"
                        + " join safeguarding_case c on c.id = r.case_id where r.receipt_sha256 = ? and r.tenant_id = ?")) {
            query.setString(1, ReceiptCode.digest(code));
            query.setString(2, board);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).as("a report for the code").isTrue();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theReporterIsKnownToTheBoardsOfficersAndSeniorsAndToNobodyElse() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        TestBoard board = TestBoard.like("chscb");
        String marker = Long.toString(System.nanoTime(), 36);
        String reporterName = "Gwenllïan Adroddwr " + marker;
        String reporterEmail = "gohebydd." + marker + "@example.org";
        String reporterPhone = "+44 29 2000 " + (1000 + (int) (Math.random() * 8999));
        String[] code = new String[1];
        String ref = CaseFixtures.a(board.id()).raisedBy(() -> {
            // The reporter names the member and their school only as they know them: the placeholder organisation.
            code[0] = intake().raise(board.id(), address(), Locale.UK, concern("Morgan Evans", null,
                    reporterName, reporterEmail, reporterPhone, "A post naming a child at the school – " + marker));
            String raised = referenceOf(board.id(), code[0]);
            // The officer identifies the member: the case is theirs and at their organisation (whose HR partner then
            // gets the referral), as for any concern raised without a user name.
            as(board.officer(), () -> bean(CaseSubjects.class).identifyMember(raised, board.person("member"), false,
                    null));
            return raised;
        }).alleging("Named a child – " + marker).at(CaseStatus.AWAITING_HR_OUTCOME).reference();
        // The reporter adds a text file whose name carries their own and an extension Windows would run: it is kept
        // as evidence-<n>.txt, and downloads so, sandboxed.
        String access = followUp().open(board.id(), address(), Locale.UK, code[0]).access();
        followUp().addEvidence(board.id(), address(), Locale.UK, access, List.of(new ConcernFromAnyone.ReportFile(
                reporterName + ".hta", "text/plain", "<script>new ActiveXObject('x')</script>".getBytes(
                        StandardCharsets.UTF_8))));
        List<EvidenceView> kept = as(board.officer(), () -> bean(EvidenceService.class).evidenceOf(ref));
        assertThat(kept).filteredOn(EvidenceView::hasFile).extracting(EvidenceView::fileName)
                .containsExactlyInAnyOrder("evidence-2.png", "evidence-3.txt");
        EvidenceView text = kept.stream().filter(e -> "text/plain".equals(e.contentType())).findFirst().orElseThrow();
        HttpResponse<byte[]> download = CaseFixtures.signedIn(board.officer()).download("officer/evidence-file?ref="
                + ref + "&id=" + text.id());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"evidence-"
                + text.id() + ".txt\"");
        assertThat(download.headers().firstValue("Content-Security-Policy")).contains("sandbox");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        // The board's officers and seniors see who raised it.
        for (String staff : List.of(board.officer(), board.person("senior"))) {
            ReportForOfficers seen = as(staff, () -> officers().ofCase(ref)).orElseThrow();
            assertThat(seen.reporterName()).isEqualTo(reporterName);
            assertThat(seen.reporterEmail()).isEqualTo(reporterEmail);
            assertThat(seen.relation()).isEqualTo(ReporterRelation.PUBLIC);
        }
        assertThat(as(board.officer(), () -> bean(CaseService.class).findByReference(ref)).sourceValue())
                .isEqualTo(CaseSource.PUBLIC_COMPLAINT);

        // The address the reporter gave gets one e-mail: someone gave it when reporting a concern to the board; a
        // link to confirm it, or ignore it. Nothing of the case.
        MimeMessage confirmation = awaitMail(reporterEmail, "Confirm your e-mail address");
        String confirmationText = text(confirmation) + confirmation.getSubject();
        assertThat(confirmationText).contains(raw("select name from board where id = ?", board.id())).contains("gave this e-mail address when reporting a concern")
                .contains("If it was not you, ignore this e-mail").doesNotContain(ref).doesNotContain("Morgan")
                .doesNotContain(marker).doesNotContain(code[0]).doesNotContain(reporterName);
        String link = confirmationText.substring(confirmationText.indexOf("/concern/confirm-address.xhtml?") + 1)
                .split("\\s")[0];
        assertThat(link).contains("board=" + board.id()).containsPattern("token=[A-Za-z0-9_-]{43}");
        String token = link.substring(link.indexOf("token=") + 6, link.indexOf("token=") + 49);

        // Until the address is confirmed, the officer's message waits on the follow-up page and no e-mail goes.
        as(board.officer(), () -> officers().message(ref, "Pryd yn union welsoch chi’r post? – " + marker));
        assertThat(outboxRowsTo(reporterEmail, "REPORTER_MESSAGE_WAITING")).as("no \"a message waits\" yet").isZero();
        assertThat(as(board.officer(), () -> officers().ofCase(ref)).orElseThrow().emailConfirmed()).isFalse();
        assertThat(CaseFixtures.signedIn(board.officer()).open("officer/case.xhtml?ref=" + ref).body())
                .contains("address not confirmed");

        // Opening the link (as a mail scanner would) confirms nothing; another board's page, a wrong token and, once
        // used, the right one get the same plain answer; the button on the right board's page confirms.
        Browser anyone = new Browser(CaseFixtures.base());
        Browser.Page opened = anyone.open(link);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).contains("Confirm my e-mail address");
        assertThat(as(board.officer(), () -> officers().ofCase(ref)).orElseThrow().emailConfirmed()).isFalse();
        String refused = "This link does not work.";
        for (String wrong : List.of("concern/confirm-address.xhtml?board=nscb&token=" + token,
                "concern/confirm-address.xhtml?board=" + board.id() + "&token=" + token.substring(1) + "A",
                "concern/confirm-address.xhtml?board=" + board.id() + "&token=nonsense")) {
            Browser.Page page = anyone.open(wrong);
            assertThat(anyone.submit(page, "confirm", Map.of(), "confirmAddress").body()).as(wrong).contains(refused)
                    .doesNotContain("is confirmed");
        }
        assertThat(as(board.officer(), () -> officers().ofCase(ref)).orElseThrow().emailConfirmed()).isFalse();
        assertThat(anyone.submit(opened, "confirm", Map.of(), "confirmAddress").body())
                .contains("your e-mail address is confirmed").doesNotContain(refused);
        assertThat(as(board.officer(), () -> officers().ofCase(ref)).orElseThrow().emailConfirmed()).isTrue();
        Browser.Page again = anyone.open(link);
        assertThat(anyone.submit(again, "confirm", Map.of(), "confirmAddress").body()).as("used once")
                .contains(refused);
        assertThat(smtp.getReceivedMessages()).filteredOn(m -> recipients(m).contains(reporterEmail))
                .as("one confirmation e-mail, and nothing else yet").hasSize(1);

        // Confirmed: the officer writes again and the reporter gets a plain "a message waits", nothing of the case.
        as(board.officer(), () -> officers().message(ref, "Diolch – " + marker));
        MimeMessage toReporter = awaitMail(reporterEmail, "A message about");
        String mailBody = GreenMailUtil.getBody(toReporter) + toReporter.getSubject();
        assertThat(mailBody).contains("receipt code").doesNotContain(ref).doesNotContain("Morgan")
                .doesNotContain(marker).doesNotContain(code[0]);

        Set<String> secrets = Set.of(reporterName, reporterEmail, reporterPhone, marker.length() > 3 ? "Adroddwr" : "x");
        // The member's portal.
        Browser member = CaseFixtures.signedIn(board.person("member"));
        for (String page : List.of("portal/requests.xhtml", "portal/history.xhtml")) {
            assertThat(member.open(page).body()).as(page).doesNotContain(secrets.toArray(String[]::new));
        }
        assertThat(member.open("portal/history.xhtml").body()).as("the identified member answered its removal request")
                .contains(ref);
        // The HR page and pack.
        Browser hr = CaseFixtures.signedIn(board.person("hr"));
        String hrPage = hr.open("hr/referral.xhtml?ref=" + ref).body();
        assertThat(hrPage).contains(ref).doesNotContain(secrets.toArray(String[]::new));
        String pack = as(board.person("hr"), () -> bean(ReferralService.class).packFor(ref)).toString();
        assertThat(pack).contains(ref).doesNotContain(secrets.toArray(String[]::new));

        // The member's subject access answer.
        String sar = as(board.officer(), () -> bean(SubjectAccessRequests.class).record(new SubjectAccessRequestDetails(
                "Morgan Evans", "Morgan Evans", board.person("member") + "@demo.example.org", LocalDate.now(UK),
                "Ceri Jones", "Passport seen")));
        as(board.officer(), () -> bean(SubjectAccessRequests.class).answer(sar));
        byte[] zip = as(board.officer(), () -> bean(SubjectAccessRequests.class).export(sar));
        String json = new String(unzip(zip).get(sar + ".json"), StandardCharsets.UTF_8);
        assertThat(json).as("the answer holds the case").contains(ref).contains(marker)
                .doesNotContain(secrets.toArray(String[]::new));
        assertThat(json).as("nothing of the public page's entries, which narrow down who reported")
                .doesNotContain("Concern received on the public page", "Message sent to the reporter",
                        "The reporter added evidence", "left contact details", ".hta");

        // Every e-mail the server sent: only the one to the reporter names them.
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (recipients(mail).contains(reporterEmail)) {
                continue;
            }
            assertThat(GreenMailUtil.getBody(mail) + mail.getSubject() + recipients(mail))
                    .doesNotContain(secrets.toArray(String[]::new));
        }

        // Another board's officers see none of it, and its public page does not open this board's code.
        assertThat(as("nscb.officer", () -> officers().ofCase(ref))).isEmpty();
        assertThatThrownBy(() -> followUp().open("nscb", address(), Locale.UK, code[0]))
                .isInstanceOf(WrongCodeException.class);
    }

    @Test
    void aReportersEvidenceIsSuppliedNotGatheredAndReachesTheMemberAndHrOnlyOnceAnOfficerReviewedIt() {
        TestBoard board = TestBoard.like("chscb");
        String ref = CaseFixtures.a(board.id()).raisedBy(() -> {
            String code = intake().raise(board.id(), address(), Locale.UK, concern("Morgan Evans", null, null, null,
                    null, "A post naming a child – provenance"));
            String raised = referenceOf(board.id(), code);
            as(board.officer(), () -> bean(CaseSubjects.class).identifyMember(raised, board.person("member"), false,
                    null));
            return raised;
        }).alleging("Named a child").at(CaseStatus.AWAITING_HR_OUTCOME).reference();
        EvidenceService evidence = bean(EvidenceService.class);
        EvidenceView file = as(board.officer(), () -> evidence.evidenceOf(ref)).stream().filter(EvidenceView::hasFile)
                .findFirst().orElseThrow();
        assertThat(file.suppliedBy()).isEqualTo(EvidenceSource.REPORTER);
        assertThat(file.awaitingReview()).as("supplied by the reporter, not reviewed").isTrue();
        assertThat(single("select open_method_declared from evidence where id = ?", file.id()))
                .as("no open-methods declaration recorded for it").isEqualTo("FALSE");
        List<TimelineLine> timeline = as(board.officer(), () -> bean(CaseService.class).timelineOf(ref));
        assertThat(timeline).filteredOn(l -> l.detail() != null && l.detail().contains(file.sha256()))
                .extracting(TimelineLine::action).containsExactly("Evidence supplied by the reporter");
        assertThat(timeline).extracting(TimelineLine::detail).filteredOn(d -> d != null && d.contains("Evidence "
                + file.number() + ":")).noneMatch(d -> d.toLowerCase(Locale.ROOT).contains("open method"));
        assertThat(CaseFixtures.signedIn(board.officer()).open("officer/case.xhtml?ref=" + ref).body())
                .contains("Supplied by the reporter, not yet reviewed").contains("Accept as supplied");

        // Not in the HR partner's pack, and not shown to the member, until reviewed.
        assertThat(as(board.person("hr"), () -> bean(ReferralService.class).packFor(ref)).evidence())
                .extracting(ReferralPack.EvidenceItem::number).doesNotContain(file.number());
        assertThat(as(board.person("hr"), () -> bean(ReferralService.class).packFor(ref)).toString())
                .doesNotContain(file.sha256());
        assertThatThrownBy(() -> as(board.officer(), () -> evidence.changeShownToMember(ref, file.id(), true)))
                .isInstanceOf(InvalidInputException.class);

        // Only the board's officers review it: not the member, the HR partner or another board's officer.
        assertThatThrownBy(() -> as(board.person("member"), () -> evidence.review(ref, file.id(), true)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(board.person("hr"), () -> evidence.review(ref, file.id(), true)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as("nscb.officer", () -> evidence.review(ref, file.id(), true)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(board.officer(), () -> evidence.review(ref, file.id(), false)))
                .as("the officer declares they looked at it").isInstanceOf(InvalidInputException.class);
        assertThat(as(board.officer(), () -> evidence.evidenceOf(ref))).filteredOn(e -> e.id() == file.id())
                .allMatch(EvidenceView::awaitingReview);

        EvidenceView reviewed = as(board.officer(), () -> evidence.review(ref, file.id(), true));
        assertThat(reviewed.awaitingReview()).isFalse();
        assertThat(reviewed.reviewedBy()).isEqualTo(board.officer());
        assertThatThrownBy(() -> as(board.officer(), () -> evidence.review(ref, file.id(), true)))
                .as("once").isInstanceOf(uk.safeguardcases.application.process.TaskAlreadyDoneException.class);
        assertThat(single("select open_method_declared from evidence where id = ?", file.id()))
                .as("the review is no declaration of open methods").isEqualTo("FALSE");
        List<TimelineLine> after = as(board.officer(), () -> bean(CaseService.class).timelineOf(ref));
        assertThat(after).filteredOn(l -> l.action().equals("Evidence supplied by the reporter reviewed"))
                .singleElement().satisfies(l -> assertThat(l.detail()).startsWith("Evidence " + file.number() + ":")
                        .doesNotContainIgnoringCase("open method"))
                .satisfies(l -> assertThat(l.actor()).isNotEqualTo(PublicPages.REPORTER));
        assertThat(as(board.person("hr"), () -> bean(ReferralService.class).packFor(ref)).evidence())
                .extracting(ReferralPack.EvidenceItem::number).contains(file.number());
        as(board.officer(), () -> evidence.changeShownToMember(ref, file.id(), true));
        assertThat(as(board.person("member"), () -> evidence.evidenceShownToMember(ref)))
                .extracting(e -> e.id()).contains(file.id());
    }

    @Test
    void theOfficerIdentifiesWhomAPublicConcernIsAboutCorrectsAMisclickAndMovesItWhileItIsOpen() {
        TestBoard board = TestBoard.like("chscb");
        TestBoard other = TestBoard.like("chscb");
        String member = board.person("member");
        long memberId = Long.parseLong(single("select id from person where username = ?", member));
        Long theirOrganisation = CaseFixtures.caller(member).organisationId();
        CaseSubjects subjects = bean(CaseSubjects.class);
        String code = intake().raise(board.id(), address(), Locale.UK, concern("“Mr Evans” o’r ysgol", null, null,
                null, null, "A post naming a child."));
        String ref = referenceOf(board.id(), code);
        assertThat(single("select o.active from safeguarding_case c join parent_organisation o"
                + " on o.id = c.organisation_id where c.reference = ?", ref)).as("the placeholder").isEqualTo("FALSE");

        // Two low-level concerns already: the case, once it is the member's, is the third (the pattern alert).
        LowLevelConcerns register = bean(LowLevelConcerns.class);
        RegisterReviews reviews = bean(RegisterReviews.class);
        LocalDate today = LocalDate.now(UK);
        as(board.officer(), () -> register.record(member, "Followed a pupil on Instagram.", today.minusMonths(2)));
        as(board.officer(), () -> register.record(member, "Shared a photo from a school trip.", today.minusMonths(1)));
        assertThat(as(board.person("senior"), () -> reviews.openAlerts())).isEmpty();

        // Nobody but the board's officer, and nothing of another board.
        for (String caller : List.of(board.person("hr"), member, board.person("senior"))) {
            assertThatThrownBy(() -> as(caller, () -> subjects.identifyMember(ref, member, false, null)))
                    .as(caller).isInstanceOf(AccessRefusedException.class);
        }
        assertThatThrownBy(() -> as(board.officer(), () -> subjects.identifyMember(ref, other.person("member"), false,
                null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(board.officer(), () -> subjects.identifyMember(ref, board.officer(), false,
                null))).as("only a member").isInstanceOf(NotFoundException.class);
        Long othersOrganisation = CaseFixtures.caller(other.person("member")).organisationId();
        assertThatThrownBy(() -> as(board.officer(), () -> subjects.moveToOrganisation(ref, othersOrganisation, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.officer(), () -> subjects.identifyMember(ref, member, false, null)))
                .as("another board's officer").isInstanceOf(NotFoundException.class);

        // A misclick: the member's manager first; corrected only with a reason, then the right member.
        as(board.officer(), () -> subjects.identifyMember(ref, board.person("manager"), false, null));
        assertThat(problems(() -> as(board.officer(), () -> subjects.identifyMember(ref, member, false, " "))))
                .containsKey("reason");
        as(board.officer(), () -> subjects.identifyMember(ref, member, false, "Wrong Evans chosen."));
        assertThat(single("select subject_person_id from safeguarding_case where reference = ?", ref))
                .isEqualTo(Long.toString(memberId));
        var identified = as(board.officer(), () -> bean(CaseService.class).findByReference(ref));
        assertThat(identified.subjectName()).as("as the reporter typed it").isEqualTo("“Mr Evans” o’r ysgol");
        assertThat(single("select organisation_id from safeguarding_case where reference = ?", ref))
                .isEqualTo(theirOrganisation.toString());
        assertThat(as(board.person("senior"), () -> reviews.openAlerts())).singleElement()
                .satisfies(a -> assertThat(a.counted()).isEqualTo(3));

        // Moved to another of the board's organisations (away from a real one: with a reason).
        Long elsewhere = Long.valueOf(single("select min(id) from parent_organisation where tenant_id = ?"
                + " and active = true and id <> ?", board.id(), theirOrganisation));
        assertThat(problems(() -> as(board.officer(), () -> subjects.moveToOrganisation(ref, elsewhere, null))))
                .containsKey("reason");
        as(board.officer(), () -> subjects.moveToOrganisation(ref, elsewhere, "Works for the council."));
        assertThat(single("select organisation_id from safeguarding_case where reference = ?", ref))
                .isEqualTo(elsewhere.toString());

        String timeline = String.join("\n", as(board.officer(), () -> bean(CaseService.class).timelineOf(ref)).stream()
                .map(Object::toString).toList());
        assertThat(timeline).contains("Member identified").contains("Member identification corrected")
                .contains("Moved to another parent organisation").contains("member #" + memberId)
                .contains("Wrong Evans chosen.").contains("Not yet known (named on the public page)")
                .as("no member's name").doesNotContain("Morgan").doesNotContain("Rhian").doesNotContain("Mr Evans");

        // Closed: whom it is about stays.
        as(board.officer(), () -> bean(TriageService.class).recordTriage(ref, new TriageInput(false, null, false,
                null, false, null, false, TriageDecision.NO_FURTHER_ACTION, "Nothing to investigate.")));
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.CLOSED);
        assertThat(problems(() -> as(board.officer(), () -> subjects.identifyMember(ref, board.person("manager"),
                false, "Again.")))).containsKey("reason");
        assertThat(problems(() -> as(board.officer(), () -> subjects.moveToOrganisation(ref, theirOrganisation,
                "Again.")))).containsKey("reason");
        assertThat(single("select subject_person_id from safeguarding_case where reference = ?", ref))
                .isEqualTo(Long.toString(memberId));
    }

    @Test
    void theReporterReadsTheQuestionAnswersItAndAddsEvidenceWithTheirTextKeptExactly() throws Exception {
        TestBoard board = TestBoard.like("cwmtaf");
        String email = "cymraeg." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String code = intake().raise(board.id(), address(), new Locale("cy"), concern(TYPED, null, TYPED, email, null,
                TYPED));
        String ref = referenceOf(board.id(), code);
        // A bilingual board asks the reporter to confirm their address in both languages, theirs (Welsh) first.
        String asked = raw("select subject || ' | ' || body from outbox_message where recipient = ? and kind = ?", email,
                "REPORTER_ADDRESS_CONFIRMATION");
        assertThat(asked).startsWith("Cadarnhewch eich cyfeiriad e-bost").contains(" / Confirm your e-mail address")
                .contains("&lang=cy").contains("Os nad chi oedd hynny, anwybyddwch yr e-bost hwn")
                .contains("If it was not you, ignore this e-mail").doesNotContain(ref).doesNotContain("Ŵyn");
        assertThat(asked.indexOf("Rhoddodd rhywun")).isLessThan(asked.indexOf("Someone gave"));
        var summary = as(board.officer(), () -> bean(CaseService.class).findByReference(ref));
        assertThat(summary.subjectName()).isEqualTo(TYPED.strip());
        assertThat(as(board.officer(), () -> officers().ofCase(ref)).orElseThrow())
                .satisfies(r -> assertThat(r.reporterName()).isEqualTo(TYPED.strip()))
                .satisfies(r -> assertThat(r.organisationAsKnown()).isEqualTo("Ysgol Gynradd “Glan‑y‑Môr”"))
                .satisfies(r -> assertThat(r.anonymous()).isFalse());

        FollowUp first = followUp().open(board.id(), address(), Locale.UK, code.toLowerCase().replace("-", " "));
        assertThat(first.status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(first.messages()).isEmpty();
        assertThatThrownBy(() -> followUp().addEvidence(board.id(), address(), Locale.UK, first.access(),
                List.of(new ConcernFromAnyone.ReportFile("not-a.png", "image/png",
                        "plain words".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages()).containsKey("moreFiles"));
        // Issue 69: checked by its content, as an officer's and a member's files are, and said in the reporter's Welsh.
        byte[] packed = CaseFixtures.zipOf("llun.png", CaseFixtures.PNG);
        assertThat(problems(() -> followUp().addEvidence(board.id(), address(), new Locale("cy"), first.access(),
                List.of(new ConcernFromAnyone.ReportFile("tystiolaeth.pdf", "application/pdf", packed)))))
                .hasEntrySatisfying("moreFiles", message -> assertThat(message).startsWith("Archif neu ddogfen swyddfa"));
        followUp().addEvidence(board.id(), address(), Locale.UK, first.access(), List.of(
                new ConcernFromAnyone.ReportFile("ail-lun.png", "image/png", CaseFixtures.PNG)));
        as(board.officer(), () -> officers().message(ref, TYPED));
        as(board.officer(), () -> bean(TriageService.class).recordTriage(ref, new TriageInput(false, null, false,
                null, false, null, false, TriageDecision.NO_FURTHER_ACTION, "Nothing to investigate.")));
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.CLOSED);

        FollowUp answered = followUp().answer(board.id(), address(), Locale.UK, first.access(), TYPED);
        assertThat(answered.messages()).extracting(FollowUp.Message::body).containsExactly(TYPED, TYPED);
        assertThat(answered.status()).isEqualTo(ReportStatus.CLOSED);
        assertThat(answered.outcome()).as("not the outcome unless the officer shares it").isNull();
        assertThat(problems(() -> followUp().addEvidence(board.id(), address(), Locale.UK, first.access(), List.of(
                new ConcernFromAnyone.ReportFile("hwyr.png", "image/png", CaseFixtures.PNG))))).containsKey("moreFiles");
        as(board.officer(), () -> officers().shareOutcome(ref, true));
        assertThat(followUp().open(board.id(), address(), new Locale("cy"), code).outcome())
                .isEqualTo("Wedi’i gau heb gamau pellach.");
        ReportForOfficers seen = as(board.officer(), () -> officers().ofCase(ref)).orElseThrow();
        assertThat(seen.messages()).extracting(ReportForOfficers.Message::body).containsExactly(TYPED, TYPED);
        List<String> timeline = as(board.officer(), () -> bean(CaseService.class).timelineOf(ref)).stream()
                .map(Object::toString).toList();
        assertThat(String.join("\n", timeline)).contains("The reporter answered").contains("The reporter added evidence")
                .as("the timeline says what happened, without the reporter's words or name")
                .doesNotContain("Ŵyn").doesNotContain("مرحبا")
                .contains(PlainFormat.count(TYPED.codePointCount(0, TYPED.length()), "character", "characters"));

        // The board's period after closing at triage: the reporter's details and words go, the code opens nothing.
        // Two runs at once (the nightly job beside one started by hand): the details go once, neither run fails.
        LocalDate later = LocalDate.now(UK).plusMonths(13);
        java.util.concurrent.Callable<Integer> run = () -> CallerContext.runAs(Caller.system(board.id()),
                () -> retention().removeDue(later));
        try {
            java.util.concurrent.Future<Integer> one = executor.submit(run);
            java.util.concurrent.Future<Integer> other = executor.submit(run);
            assertThat(one.get(2, java.util.concurrent.TimeUnit.MINUTES)
                    + other.get(2, java.util.concurrent.TimeUnit.MINUTES)).as("removed once").isEqualTo(1);
        } catch (Exception e) {
            throw new AssertionError("a run failed", e);
        }
        ReportForOfficers removed = as(board.officer(), () -> officers().ofCase(ref)).orElseThrow();
        assertThat(removed.reporterName()).isNull();
        assertThat(removed.organisationAsKnown()).isNull();
        assertThat(removed.detailsRemovedAt()).isNotNull();
        assertThat(removed.messages()).extracting(ReportForOfficers.Message::body).containsOnlyNulls();
        assertThat(String.join("\n", as(board.officer(), () -> bean(CaseService.class).timelineOf(ref)).stream()
                .map(Object::toString).toList())).contains("The reporter’s details and words removed".replace('’', '\''))
                .doesNotContain("Ŵyn");
        assertThatThrownBy(() -> followUp().open(board.id(), address(), Locale.UK, code))
                .isInstanceOf(WrongCodeException.class);
        assertThat((int) CallerContext.runAs(Caller.system(board.id()), () -> retention().removeDue(later)))
                .as("once").isZero();
    }

    @Test
    void aLowLevelConcernTellsItsOutcomeAndLosesTheReportersDetailsAndTheirEmailsAfterTheBoardsPeriod() {
        TestBoard board = TestBoard.like("chscb");
        Long organisation = CaseFixtures.caller(board.person("member")).organisationId();
        String email = "isel." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String code = intake().raise(board.id(), address(), Locale.UK, concern("Morgan Evans", organisation,
                "Adroddwr Isel", email, null, "A flippant post about work."));
        String ref = referenceOf(board.id(), code);
        assertThat(followUp().confirmAddress(board.id(), Locale.UK, confirmationToken(email))).isTrue();
        as(board.officer(), () -> officers().message(ref, "Pryd welsoch chi’r post?"));
        assertThat(outboxRowsTo(email)).as("the confirmation and the \"a message waits\" e-mail").isEqualTo(2);
        // A low-level concern is kept against a member's account: the officer identifies them first.
        as(board.officer(), () -> bean(CaseSubjects.class).identifyMember(ref, board.person("member"), false, null));
        as(board.officer(), () -> bean(TriageService.class).recordTriage(ref, new TriageInput(false, null, false,
                null, false, null, false, LowLevelOutcome.DECISION, "Below the harm threshold.")));
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.CLOSED);
        as(board.officer(), () -> officers().shareOutcome(ref, true));
        assertThat(followUp().open(board.id(), address(), new Locale("cy"), code).outcome())
                .isEqualTo("Wedi’i gau heb ymchwiliad; mae’r bwrdd yn cadw cofnod ohono.");

        LocalDate later = LocalDate.now(UK).plusMonths(13);
        assertThat((int) CallerContext.runAs(Caller.system(board.id()), () -> retention().removeDue(later)))
                .isEqualTo(1);
        assertThat(as(board.officer(), () -> officers().ofCase(ref)).orElseThrow().reporterEmail()).isNull();
        assertThat(outboxRowsTo(email)).as("no e-mail keeps the reporter's address").isZero();
    }

    @Test
    void aReporterAsksForTheLinkAgainWithTheirCodeAnHourApartThreeInAllAndOnlyTheNewestWorks() {
        TestBoard board = TestBoard.like("chscb");
        String email = "eto." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String code = intake().raise(board.id(), address(), Locale.UK, concern("Morgan Evans", null,
                "Adroddwr Eto", email, null, "A post about a pupil – £5 “dare” 🙂"));
        String ref = referenceOf(board.id(), code);
        String first = latestConfirmationToken(email);

        // On the follow-up page, with the code: the address waits, and the link can be asked for again; not within
        // the hour of the last one (said plainly, nothing sent).
        Browser anyone = new Browser(CaseFixtures.base());
        Browser.Page followUp = anyone.submit(anyone.open("concern/follow-up.xhtml?board=" + board.id()), "code",
                Map.of("receipt", code), "open");
        assertThat(followUp.body()).contains("Your e-mail address is not confirmed yet").contains("Send the link again");
        Browser.Page tooSoon = anyone.submit(followUp, "address", Map.of(), "again");
        assertThat(tooSoon.body()).contains("less than an hour ago");
        assertThat(outboxRowsTo(email, "REPORTER_ADDRESS_CONFIRMATION")).isEqualTo(1);

        ServerClock clock = bean(ServerClock.class);
        try {
            clock.moveBy(Duration.ofMinutes(61));
            Browser.Page sent = anyone.submit(tooSoon, "address", Map.of(), "again");
            assertThat(sent.body()).contains("A new link has been sent to your e-mail address");
            assertThat(outboxRowsTo(email, "REPORTER_ADDRESS_CONFIRMATION")).isEqualTo(2);
            String second = latestConfirmationToken(email);
            assertThat(second).isNotEqualTo(first);
            assertThat(followUp().confirmAddress(board.id(), Locale.UK, first)).as("replaced by the newer").isFalse();

            clock.moveBy(Duration.ofMinutes(61));
            String access = followUp().open(board.id(), address(), Locale.UK, code).access();
            followUp().sendLinkAgain(board.id(), address(), Locale.UK, access);
            assertThat(outboxRowsTo(email, "REPORTER_ADDRESS_CONFIRMATION")).as("three in all").isEqualTo(3);
            String third = latestConfirmationToken(email);
            clock.moveBy(Duration.ofDays(8));
            assertThatThrownBy(() -> followUp().sendLinkAgain(board.id(), address(), Locale.UK, access))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("no more can be");
            assertThat(outboxRowsTo(email, "REPORTER_ADDRESS_CONFIRMATION")).isEqualTo(3);
            assertThat(followUp().confirmAddress(board.id(), Locale.UK, third)).as("expired after 7 days").isFalse();
        } finally {
            clock.reset();
        }
        // Another board's page does not take this code; the timeline says a link went again, without the address.
        assertThatThrownBy(() -> followUp().open(TestBoard.like("chscb").id(), address(), Locale.UK, code))
                .isInstanceOf(WrongCodeException.class);
        assertThat(String.join("\n", as(board.officer(), () -> bean(CaseService.class).timelineOf(ref)).stream()
                .map(Object::toString).toList())).contains("sent again").doesNotContain(email);
    }

    /** The token of the newest confirmation link sent to an address. */
    private String latestConfirmationToken(String email) {
        String body = raw("select body from outbox_message where recipient = ? and kind = ? order by id desc", email,
                "REPORTER_ADDRESS_CONFIRMATION");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(token.find()).as("a link in the e-mail").isTrue();
        return token.group(1);
    }

    private int outboxRowsTo(String email, String kind) {
        return Integer.parseInt(single("select count(*) from outbox_message where recipient = ? and kind = ?", email,
                kind));
    }

    /** The token of the one confirmation link sent to an address (read from the e-mail, the only place it is). */
    private String confirmationToken(String email) {
        String body = raw("select body from outbox_message where recipient = ? and kind = ?", email,
                "REPORTER_ADDRESS_CONFIRMATION");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(token.find()).as("a link in the e-mail").isTrue();
        return token.group(1);
    }

    private int outboxRowsTo(String email) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from outbox_message where recipient = ?")) {
            query.setString(1, email);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void limitsPerAddressPerBoardAndOnWrongCodesWithOneAnswerForEveryWrongCode() throws SQLException {
        TestBoard board = TestBoard.like("nscb");
        String other = TestBoard.like("nscb").id();
        Long organisation = CaseFixtures.caller(board.person("member")).organisationId();
        String here = address();
        String code = null;
        for (int i = 0; i < ReportLimit.RAISED_FROM_ADDRESS.most(); i++) {
            code = intake().raise(board.id(), here, Locale.UK, concern("Rhys Limit", organisation, null, null, null,
                    "Number " + i));
        }
        assertThatThrownBy(() -> intake().raise(board.id(), here, Locale.UK, concern("Rhys Limit", organisation,
                null, null, null, "One too many"))).isInstanceOf(LimitReachedException.class)
                .satisfies(e -> assertThat(((LimitReachedException) e).minutes()).isBetween(1L, 120L));
        String elsewhere = address();
        intake().raise(board.id(), elsewhere, Locale.UK, concern("Rhys Limit", organisation, null, null, null,
                "From elsewhere"));
        intake().raise(other, here, Locale.UK, concern("Rhys Limit", null, null, null, null,
                "The same address on another board: counted apart"));
        assertThat(single("select count(*) from public_report_throttle where throttle_key like ?", "%198.51.100.%"))
                .as("no throttle row holds an address").isEqualTo("0");
        assertThat(single("select count(*) from public_report_throttle where throttle_key like 'RAISED_FROM_%'"
                + " and extract(second from window_start) <> 0")).as("windows start on a whole minute").isEqualTo("0");

        // The same challenge twice, and no work done (a page without script): refused in plain words, nothing made.
        ConcernFromAnyone once = concern("Rhys Replay", organisation, null, null, null, "Replayed");
        intake().raise(board.id(), address(), Locale.UK, once);
        assertThat(problems(() -> intake().raise(board.id(), address(), Locale.UK, once)))
                .containsEntry("challenge", "Your report was not sent because the page had been open too long."
                        + " Nothing you typed is lost: send it again.");
        ConcernFromAnyone noScript = new ConcernFromAnyone("No script", null, null, "Rhys", organisation, null,
                ReporterRelation.COLLEAGUE, List.of(), null, null, null, pages().challenge(), null);
        assertThat(problems(() -> intake().raise(board.id(), address(), Locale.UK, noScript)))
                .containsKey("challenge");

        // As the board's hour fills up its page asks for more work, and the usual work is then refused.
        sql("update public_report_throttle set window_start = current_timestamp, hits = ?, previous_hits = 0"
                + " where throttle_key = ?", 60, ReportLimit.RAISED_ON_BOARD.key(board.id()));
        String harder = pages().challenge(board.id());
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(harder.split("\\.")[1]),
                StandardCharsets.UTF_8)).contains("\"difficulty\":" + WorkChallenge.difficultyFor(60));
        assertThat(WorkChallenge.difficultyFor(60)).isGreaterThan(WorkChallenge.DIFFICULTY);
        assertThat(problems(() -> intake().raise(board.id(), address(), Locale.UK, concern("Rhys Harder",
                organisation, null, null, null, "Too little work")))).containsKey("challenge");

        // The board's own limit, whoever sends: reached (as a flood from many addresses would), then refused.
        sql("update public_report_throttle set window_start = current_timestamp, hits = ?, previous_hits = 0"
                + " where throttle_key = ?", ReportLimit.RAISED_ON_BOARD.most(), ReportLimit.RAISED_ON_BOARD.key(board.id()));
        assertThatThrownBy(() -> intake().raise(board.id(), address(), Locale.UK, concern("Rhys Flood",
                organisation, null, null, null, "Flood"))).isInstanceOf(LimitReachedException.class);
        intake().raise(other, address(), Locale.UK, concern("Rhys Other", null, null, null, null, "Another board"));

        // Wrong codes: one answer for each, whatever they are; then the address is refused even the right code.
        String guesser = address();
        List<String> wrong = List.of(ReceiptCode.newCode(), "nonsense", "", "ŵŷ “£” 🙂", code.substring(1) + "Z");
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < ReportLimit.WRONG_CODE_FROM_ADDRESS.most(); i++) {
            String tried = wrong.get(i % wrong.size());
            try {
                followUp().open(board.id(), guesser, Locale.UK, tried);
                answers.put(tried, "opened");
            } catch (WrongCodeException e) {
                answers.put(tried, e.getClass().getName() + e.getMessage());
            }
        }
        assertThat(Set.copyOf(answers.values())).hasSize(1).doesNotContain("opened");
        String right = code;
        assertThatThrownBy(() -> followUp().open(board.id(), guesser, Locale.UK, right))
                .isInstanceOf(LimitReachedException.class);
        assertThatThrownBy(() -> followUp().open(other, guesser, Locale.UK, right))
                .as("the guesser's wrong codes are counted on this board only").isInstanceOf(WrongCodeException.class);
        assertThat(followUp().open(board.id(), address(), Locale.UK, right).status()).isEqualTo(ReportStatus.RECEIVED);
        assertThatThrownBy(() -> followUp().open(other, address(), Locale.UK, right))
                .as("another board's page does not open it").isInstanceOf(WrongCodeException.class);
    }

    @Test
    void aReportIsGivenSoManyAnswersAndFilesAndAnAddressSoManyFollowUpsAnHour() {
        TestBoard board = TestBoard.like("cwmtaf");
        String code = intake().raise(board.id(), address(), Locale.UK, concern("Rhys Caps", null, null, null, null,
                "Caps"));
        String access = followUp().open(board.id(), address(), Locale.UK, code).access();
        String busy = address();
        for (int i = 0; i < ReportLimit.FOLLOW_UP_FROM_ADDRESS.most(); i++) {
            followUp().answer(board.id(), busy, Locale.UK, access, "Answer " + i);
        }
        assertThatThrownBy(() -> followUp().answer(board.id(), busy, Locale.UK, access, "One too many from here"))
                .isInstanceOf(LimitReachedException.class);
        for (int i = ReportLimit.FOLLOW_UP_FROM_ADDRESS.most(); i < 50; i++) {
            followUp().answer(board.id(), address(), Locale.UK, access, "Answer " + i);
        }
        assertThat(problems(() -> followUp().answer(board.id(), address(), Locale.UK, access, "The fifty-first")))
                .containsKey("answer");
        assertThat(followUp().open(board.id(), address(), Locale.UK, code).messages()).hasSize(50);

        // Files: 20 a report in all, the one it was sent with counted.
        ConcernFromAnyone.ReportFile png = new ConcernFromAnyone.ReportFile("llun.png", "image/png", CaseFixtures.PNG);
        for (int added = 1; added < 20; added += 5) {
            followUp().addEvidence(board.id(), address(), Locale.UK, access,
                    java.util.Collections.nCopies(Math.min(5, 20 - added), png));
        }
        assertThat(problems(() -> followUp().addEvidence(board.id(), address(), Locale.UK, access, List.of(png))))
                .hasEntrySatisfying("moreFiles", m -> assertThat(m).contains("20"));

        // Old throttle counts go with the nightly retention step; the board's own count of this hour stays.
        sql("update public_report_throttle set window_start = ? where throttle_key like 'FOLLOW_UP_FROM_ADDRESS:%'",
                java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofHours(3))));
        assertThat(retention().removeOldThrottles()).isPositive();
        assertThat(single("select count(*) from public_report_throttle where throttle_key like 'FOLLOW_UP_%'"))
                .isEqualTo("0");
        assertThat(single("select count(*) from public_report_throttle where throttle_key = ?",
                ReportLimit.RAISED_ON_BOARD.key(board.id()))).isEqualTo("1");
    }

    /**
     * Over a limit, a post to the public pages is refused before its body is read: the answer comes while the sender
     * is still sending (20 MB declared, a few malformed bytes sent), and says what to do. A page is still shown.
     */
    @Test
    void overALimitAPostIsRefusedBeforeItsBodyIsReadAndSaysWhatToDo() throws IOException {
        TestBoard board = TestBoard.like("cwmtaf");
        intake().raise(board.id(), address(), Locale.UK, concern("Rhys Door", null, null, null, null, "One"));
        sql("update public_report_throttle set window_start = current_timestamp, hits = ?, previous_hits = 0"
                + " where throttle_key = ?", ReportLimit.RAISED_ON_BOARD.most(), ReportLimit.RAISED_ON_BOARD.key(board.id()));
        String refused = halfSent("/concern/raise.xhtml?board=" + board.id() + "&lang=cy");
        assertThat(refused).startsWith("HTTP/1.1 429").contains("Retry-After: ")
                .contains("What you typed is kept in this browser").contains("wait ")
                .contains("Mae’r hyn a deipiwyd gennych wedi’i gadw yn y porwr hwn")
                .contains("/concern/raise.xhtml?board=" + board.id() + "&amp;lang=cy");
        assertThat(refused.indexOf("lang=\"cy\"")).as("Welsh first, as asked").isLessThan(refused.indexOf("lang=\"en\""));
        assertThat(halfSent("/concern/raise.xhtml")).as("a post naming no board, unread").startsWith("HTTP/1.1 400");

        // The follow-up page: the address's follow-ups this hour (this test's own address, the loopback's).
        TestBoard other = TestBoard.like("cwmtaf");
        String access = followUp().open(other.id(), address(), Locale.UK,
                intake().raise(other.id(), address(), Locale.UK, concern("Rhys Door", null, null, null, null,
                        "Three"))).access();
        for (int i = 0; i < ReportLimit.FOLLOW_UP_FROM_ADDRESS.most(); i++) {
            followUp().answer(other.id(), "127.0.0.1", Locale.UK, access, "Answer " + i);
        }
        assertThat(halfSent("/concern/follow-up.xhtml?board=" + other.id())).startsWith("HTTP/1.1 429")
                .contains("Back to the form");
        assertThat(new Browser(CaseFixtures.base()).open("concern/follow-up.xhtml?board=" + other.id()).status())
                .as("the page itself is still shown").isEqualTo(200);
    }

    /** A multipart post declaring 20 MB of which only a malformed start is sent; the answer, read as it comes. */
    private static String halfSent(String path) throws IOException {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 20000000\r\n\r\n"
                    + "--not-the-boundary\r\nContent-Disposition: form-data; name=").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            // The rest is never sent, nor the output shut: a server that read the body first would wait for it.
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int read; (read = socket.getInputStream().read(buffer)) > 0; ) {
                answer.write(buffer, 0, read);
                if (answer.toString(StandardCharsets.UTF_8).contains("</html>")) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> problems(Runnable work) {
        try {
            work.run();
        } catch (InvalidInputException e) {
            return e.fieldMessages();
        }
        throw new AssertionError("not refused");
    }

    private String raw(String statement, Object... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).as(statement).isTrue();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String single(String statement, Object... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).as(statement).isTrue();
                return String.valueOf(rows.getObject(1)).toUpperCase(Locale.ROOT);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A reporter who left their address asks the board for their own data: their report is found by the address the
     * request gives (written in another case, with spaces), with their contact details, what they wrote and the
     * messages both ways; not the officers' triage note. Another address finds nothing, nor does another board.
     */
    @Test
    void theReportersOwnSubjectAccessRequestFindsTheirReportByTheirAddressOnThisBoardOnly() {
        TestBoard board = TestBoard.like("cwmtaf");
        TestBoard other = TestBoard.like("cwmtaf");
        String marker = Long.toString(System.nanoTime(), 36);
        String email = "Rhian.Prys." + marker + "@Example.org";
        String code = intake().raise(board.id(), address(), Locale.UK, concern("Morgan Evans", null,
                "Rhian Prys", email, "+44 29 2000 1234", "Gwelais i’r post – " + marker));
        String ref = referenceOf(board.id(), code);
        as(board.officer(), () -> officers().message(ref, "Pryd welsoch chi’r post?"));
        String access = followUp().open(board.id(), address(), Locale.UK, code).access();
        followUp().answer(board.id(), address(), Locale.UK, access, "Ddoe, tua 9 yr hwyr.");
        as(board.officer(), () -> bean(TriageService.class).recordTriage(ref, new TriageInput(false, null, false,
                null, false, null, false, TriageDecision.NO_FURTHER_ACTION, "Internal: manager spoken to " + marker)));

        List<?> found = reportersAnswer(board, "  " + email.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT) + " ");
        assertThat(found).as("the report, then the two messages").hasSize(3);
        assertThat(found.toString()).contains("Gwelais i’r post – " + marker).contains("Rhian Prys").contains(email)
                .contains("+44 29 2000 1234").contains("Pryd welsoch chi’r post?").contains("Ddoe, tua 9 yr hwyr.")
                .contains("https://social.example.org/posts/4711").doesNotContain("Internal: manager spoken to");
        assertThat(reportersAnswer(board, "rhian.prys." + marker + "@example.com")).as("another address").isEmpty();
        assertThat(reportersAnswer(other, email)).as("another board").isEmpty();
    }

    private static List<?> reportersAnswer(TestBoard board, String email) {
        SubjectAccessRequests requests = bean(SubjectAccessRequests.class);
        String sar = as(board.officer(), () -> requests.record(new SubjectAccessRequestDetails("Rhian Prys",
                "Rhian Prys", email, LocalDate.now(UK), "Ceri Jones", "Driving licence seen")));
        return (List<?>) as(board.officer(), () -> requests.preview(sar)).tree().get("concernsTheyReported");
    }

    private void sql(String statement, Object... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) throws IOException, MessagingException {
        Object content = mail.getContent();
        return content instanceof String words ? words : GreenMailUtil.getBody(mail);
    }

    private MimeMessage awaitMail(String to, String subjectStart) {
        return Waiting.waitingFor("an e-mail to the reporter, " + subjectStart).atMost(Duration.ofSeconds(30))
                .until(() -> Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> recipients(m).contains(to) && subject(m).startsWith(subjectStart)).findFirst(),
                        Optional::isPresent).get();
    }

    private static String subject(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> recipients(MimeMessage mail) {
        try {
            Address[] to = mail.getAllRecipients();
            return to == null ? Set.of() : Arrays.stream(to).map(Address::toString).collect(Collectors.toSet());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
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
}

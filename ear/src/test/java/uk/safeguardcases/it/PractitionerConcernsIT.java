package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.cases.CaseFileService;
import uk.safeguardcases.application.cases.CaseSearch;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.DeadlineKind;
import uk.safeguardcases.application.dashboard.DashboardService;
import uk.safeguardcases.application.practitioner.DesignatedPersonDeadlines;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.practitioner.PractitionerConcerns;
import uk.safeguardcases.application.practitioner.PractitionerView;
import uk.safeguardcases.application.reports.ReferralPackPdf;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.deadline.DeadlineState;
import uk.safeguardcases.domain.practitioner.PractitionerOutcome;

/**
 * Issue 65, Wales Safeguarding Procedures Section 5 on the real server: a Welsh board's case about a practitioner has
 * the designated person's deadline on the board's calendar (a Friday evening before the summer bank holiday is due at
 * the end of Tuesday), its threshold checklist and outcome on the timeline, a triage that contradicts the checklist
 * refused, and its transferable risk in the referral pack; an English board's case has none, and another board's
 * officer finds none of it.
 */
@ExtendWith(ArquillianExtension.class)
class PractitionerConcernsIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static final String OTHER_ROLES = Typed.text("Gwirfoddolwr, Clwb Pêl-droed Ieuenctid Aberdâr (Sul)");
    private static final String TOLD = "DSP, Ysgol Gynradd Gymraeg Llwyncelyn";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.productWithFixtures(PractitionerConcernsIT.class, Typed.class);
        ear.getAsType(WebArchive.class, "safeguard-web.war").addAsLibraries(jarOf(PDDocument.class),
                jarOf(RandomAccessRead.class), jarOf(TrueTypeFont.class));
        return ear;
    }

    @Inject
    private PractitionerConcerns concerns;

    @Inject
    private ReferralPackPdf referralPacks;

    @Inject
    private CaseService cases;

    @Inject
    private PeopleDirectory people;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Test
    void aWelshBoardsPractitionerConcernIsDueAtTheEndOfTheWorkingDayAfterTheBankHoliday() {
        String ref = CaseFixtures.a("cwmtaf").about("Rhodri Llŷr").at(CaseStatus.AWAITING_TRIAGE).reference();
        raisedAt(ref, LocalDateTime.of(2026, 8, 28, 18, 30)); // Friday evening; Monday 31 August is a bank holiday

        PractitionerView view = CallerContext.runAs(as("cwmtaf.officer"), () -> concerns.ofCase(ref)).orElseThrow();

        assertEquals(LocalDateTime.of(2026, 9, 1, 17, 0).atZone(UK).toInstant(), view.designatedDue());
        assertEquals(DeadlineState.OVERDUE, view.designatedState());
        assertFalse(view.thresholdConsidered());
        CallerContext.runAs(as("cwmtaf.officer"), () -> concerns.designatedPersonTold(ref, "Siân Ŵyn, DSP",
                "2026-09-01T16:45"));
        PractitionerView told = CallerContext.runAs(as("cwmtaf.senior"), () -> concerns.ofCase(ref)).orElseThrow();
        assertEquals(DeadlineState.MET, told.designatedState());
        assertEquals("Siân Ŵyn, DSP", told.designatedPerson());
        assertTrue(timeline(ref).stream().anyMatch(l -> l.action().equals(
                "Practitioner concern: designated person told") && l.detail().contains("(in time)")));
    }

    @Test
    void aMissedDesignatedPersonDeadlineIsOnTheTimelineAndE_mailedToTheSeniorsInWelshAndEnglishOnce() {
        String late = CaseFixtures.a("cwmtaf").about("Iolo Ŵyn").at(CaseStatus.AWAITING_TRIAGE).reference();
        raisedAt(late, LocalDateTime.now(UK).minusDays(5)); // any time of day: due in at most four days
        String told = CaseFixtures.a("cwmtaf").about("Non Llŷr").at(CaseStatus.AWAITING_TRIAGE).reference();
        raisedAt(told, LocalDateTime.now(UK).minusDays(5));
        CallerContext.runAs(as("cwmtaf.officer"), () -> concerns.designatedPersonTold(told, "Siân – DSP", ""));
        String fresh = CaseFixtures.a("cwmtaf").about("Elin Ŵyn").at(CaseStatus.AWAITING_TRIAGE).reference();
        String english = CaseFixtures.a("chscb").about("Amelia Hart").at(CaseStatus.AWAITING_TRIAGE).reference();
        raisedAt(english, LocalDateTime.now(UK).minusDays(5));

        assertEquals(0, CallerContext.runAs(Caller.system("chscb"), () -> concerns.checkDesignatedPersonDeadlines()));
        CallerContext.runAs(Caller.system("cwmtaf"), () -> concerns.checkDesignatedPersonDeadlines());
        CallerContext.runAs(Caller.system("cwmtaf"), () -> concerns.checkDesignatedPersonDeadlines());

        java.util.function.Predicate<TimelineLine> missed = l -> l.action().startsWith(
                "Practitioner concern: designated person") && l.action().endsWith("s deadline missed");
        assertEquals(1, timeline(late).stream().filter(missed).count(), timeline(late).toString());
        assertTrue(timeline(told).stream().noneMatch(missed));
        assertTrue(timeline(fresh).stream().noneMatch(missed));
        List<String[]> mails = mailsAbout(late);
        assertFalse(mails.isEmpty());
        assertEquals(seniorsOf("cwmtaf"), mails.size(), "one to each senior manager, once");
        for (String[] mail : mails) {
            assertEquals("DESIGNATED_PERSON_DEADLINE_MISSED", mail[0]);
            assertTrue(mail[1].contains("Wedi methu terfyn amser y person dynodedig")
                    && mail[1].contains("Designated person’s deadline missed"), mail[1]);
            assertTrue(mail[2].indexOf("Gweithdrefnau Diogelu Cymru") < mail[2].indexOf("Wales Safeguarding"), mail[2]);
            assertFalse(mail[2].contains("Iolo"), "no name in the e-mail");
        }
        assertTrue(mailsAbout(told).isEmpty());
        assertTrue(mailsAbout(fresh).isEmpty());
        assertTrue(mailsAbout(english).isEmpty());
        PractitionerView view = CallerContext.runAs(as("cwmtaf.senior"), () -> concerns.ofCase(late)).orElseThrow();
        assertEquals(DeadlineState.OVERDUE, view.designatedState());
    }

    @Test
    void thePractitionerRecordAboutAMemberIsInTheirSubjectAccessAnswerOnTheirOwnBoardOnly() {
        String name = "Gwenno “Gwen” Ŵyn-Rhys";
        String ref = CaseFixtures.a("cwmtaf").about(name).at(CaseStatus.AWAITING_TRIAGE).reference();
        String other = CaseFixtures.a("cwmtaf").about("Hywel Ŷr").at(CaseStatus.AWAITING_TRIAGE).reference();
        Caller officer = as("cwmtaf.officer");
        CallerContext.runAs(officer, () -> concerns.considerThreshold(ref, Map.of("HARMED", "no", "OFFENCE", "no",
                "RISK_OF_HARM", "yes", "UNSUITABLE", "no")));
        CallerContext.runAs(officer, () -> concerns.recordTransferableRisk(ref, OTHER_ROLES, TOLD, "2026-11-20"));
        CallerContext.runAs(officer, () -> concerns.recordTransferableRisk(other, "Hyfforddwr nofio", "", ""));

        // Both cases are about the board's demo member's account: their answer holds both records, each on its own.
        List<?> part = (List<?>) answerFor("cwmtaf.officer", name).get("practitionerConcerns");
        String item = part.stream().map(String::valueOf).filter(i -> i.contains(ref)).findFirst().orElseThrow(
                () -> new AssertionError(String.valueOf(part)));
        assertTrue(item.contains(OTHER_ROLES) && item.contains(TOLD)
                && item.contains("behaved in a way that indicates a risk of harm") && item.contains("2026-11-20"), item);
        assertFalse(item.contains("Hyfforddwr nofio"), item);
        assertTrue(part.stream().map(String::valueOf).anyMatch(i -> i.contains(other)
                && i.contains("Hyfforddwr nofio")), String.valueOf(part));
        List<?> elsewhere = (List<?>) answerFor("chscb.officer", name).get("practitionerConcerns");
        assertTrue(elsewhere.isEmpty(), "another board's answer holds none of it: " + elsewhere);
    }

    private Map<String, Object> answerFor(String officer, String name) {
        var requests = CaseFixtures.bean(uk.safeguardcases.application.access.SubjectAccessRequests.class);
        return CallerContext.runAs(as(officer), () -> {
            String sar = requests.record(new uk.safeguardcases.domain.access.SubjectAccessRequestDetails(name, name,
                    "cwmtaf.member@demo.example.org", LocalDate.now(UK), "Ceri Jones", "Passport seen"));
            return requests.preview(sar).tree();
        });
    }

    private List<String[]> mailsAbout(String ref) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select kind, subject, body from outbox_message"
                        + " where subject like ? order by id")) {
            query.setString(1, ref + ":%");
            List<String[]> rows = new java.util.ArrayList<>();
            try (java.sql.ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new String[] {row.getString(1), row.getString(2), row.getString(3)});
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int seniorsOf(String board) {
        return CallerContext.runAs(Caller.system(board), () -> CaseFixtures.bean(
                uk.safeguardcases.domain.people.PersonRepository.class).emailsOf(List.of(
                        uk.safeguardcases.domain.people.Role.SENIOR)).size());
    }

    @Test
    void theChecklistOutcomeAndTransferableRiskAreKeptOnTheTimelineAndTheRiskGoesInTheReferralPack() {
        Caller hr = as("cwmtaf.hr");
        String ref = CaseFixtures.a("cwmtaf").about("Gwenllian Ŵyn").inOrganisation(hr.organisationId())
                .at(CaseStatus.AWAITING_TRIAGE).reference();
        Caller officer = as("cwmtaf.officer");

        InvalidInputException unanswered = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> concerns.considerThreshold(ref, Map.of("HARMED", "no"))));
        assertEquals(3, unanswered.fieldMessages().size());
        CallerContext.runAs(officer, () -> concerns.considerThreshold(ref, Map.of("HARMED", "no", "OFFENCE", "no",
                "RISK_OF_HARM", "no", "UNSUITABLE", "no")));
        InvalidInputException noWhen = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> concerns.recordTransferableRisk(ref, OTHER_ROLES, TOLD, "")));
        assertTrue(noWhen.fieldMessages().containsKey("riskToldOn"));
        CallerContext.runAs(officer, () -> concerns.recordTransferableRisk(ref, OTHER_ROLES, TOLD, "2026-11-20"));
        InvalidInputException meeting = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> concerns.recordOutcome(ref, "STRATEGY_MEETING", null)));
        assertTrue(meeting.fieldMessages().containsKey("outcome"));
        CallerContext.runAs(officer, () -> concerns.recordOutcome(ref, "EMPLOYER_TO_MANAGE",
                "Y cyflogwr – “camau anffurfiol”."));

        PractitionerView view = CallerContext.runAs(officer, () -> concerns.ofCase(ref)).orElseThrow();
        assertTrue(view.thresholdConsidered());
        assertFalse(view.thresholdMet());
        assertEquals(OTHER_ROLES, view.otherRoles());
        assertEquals(TOLD, view.riskToldWhom());
        assertEquals(LocalDate.of(2026, 11, 20), view.riskToldOn());
        assertEquals(PractitionerOutcome.EMPLOYER_TO_MANAGE, view.outcome());
        List<String> actions = timeline(ref).stream().map(TimelineLine::action).toList();
        assertTrue(actions.containsAll(List.of("Practitioner concern: threshold criteria recorded",
                "Practitioner concern: transferable risk recorded", "Practitioner concern: outcome recorded")),
                actions.toString());

        // On to the HR partner: the triage records how the checklist stood; the pack carries the transferable risk.
        CaseFixtures.a("cwmtaf").raisedBy(() -> ref).alleging("Posted a photograph of a family without their consent.")
                .at(CaseStatus.REFERRED_TO_HR);
        assertTrue(timeline(ref).stream().anyMatch(l -> l.action().equals(
                "Practitioner concern: threshold criteria at triage")
                && l.detail().equals("Triage recorded with no threshold criterion met.")));
        String pack = pdfText(CallerContext.runAs(hr, () -> referralPacks.forHr(ref)).content());
        assertTrue(pack.contains("Risg drosglwyddadwy (Gweithdrefnau Diogelu Cymru, Adran 5) / Transferable risk"),
                pack);
        assertTrue(pack.contains("Gwirfoddolwr, Clwb Pêl-droed Ieuenctid Aberdâr (Sul)"), pack);
        assertTrue(pack.contains(TOLD), pack);
        // The HR partner's page shows the pack's contributed sections too, as the PDF does.
        Browser.Page page = CaseFixtures.signedIn("cwmtaf.hr").open("hr/referral.xhtml?ref=" + ref);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"pack-section-0\""), page.body());
        assertTrue(page.body().contains("Transferable risk") && page.body().contains(TOLD), page.body());
    }

    @Test
    void theDesignatedPersonsDeadlineIsListedWhereTheCoreListsDeadlinesUntilTheyAreTold() {
        String ref = CaseFixtures.a("cwmtaf").about("Owain Ŵyn").at(CaseStatus.AWAITING_TRIAGE).reference();
        raisedAt(ref, LocalDateTime.now(UK).minusDays(5)); // due in at most four days: overdue
        String english = CaseFixtures.a("chscb").about("Amelia Hart").at(CaseStatus.AWAITING_TRIAGE).reference();
        Caller officer = as("cwmtaf.officer");
        DeadlineKind kind = DesignatedPersonDeadlines.DESIGNATED_PERSON;
        long id = CallerContext.runAs(officer, () -> CaseFixtures.bean(CaseLookup.class).toRead(ref).id());

        assertTrue(CallerContext.runAs(officer, () -> CaseFixtures.bean(DashboardService.class).deadlines()).stream()
                .anyMatch(d -> d.kind().equals(kind) && d.caseReference().equals(ref) && d.overdue()), "the dashboard");
        assertTrue(CallerContext.runAs(officer, () -> CaseFixtures.bean(CaseFileService.class).fileOf(ref)).deadlines()
                .stream().anyMatch(d -> d.kind().equals(kind) && d.overdue()), "the case page");
        assertEquals(kind, CallerContext.runAs(officer, () -> CaseFixtures.bean(CaseSearch.class).nextFor(List.of(id)))
                .get(id).deadlineKind(), "the case list's next deadline");

        CallerContext.runAs(officer, () -> concerns.designatedPersonTold(ref, "Siân Ŵyn, DSP", ""));
        assertTrue(CallerContext.runAs(officer, () -> CaseFixtures.bean(DashboardService.class).deadlines()).stream()
                .noneMatch(d -> d.kind().equals(kind) && d.caseReference().equals(ref)), "told: off the dashboard");
        assertTrue(CallerContext.runAs(officer, () -> CaseFixtures.bean(CaseFileService.class).fileOf(ref)).deadlines()
                .stream().noneMatch(d -> d.kind().equals(kind)), "told: off the case page");

        // An English-only board's case has no such deadline anywhere.
        Caller englishOfficer = as("chscb.officer");
        assertTrue(CallerContext.runAs(englishOfficer, () -> CaseFixtures.bean(CaseFileService.class).fileOf(english))
                .deadlines().stream().noneMatch(d -> d.kind().equals(kind)));
        assertTrue(CallerContext.runAs(englishOfficer, () -> CaseFixtures.bean(DashboardService.class).deadlines())
                .stream().noneMatch(d -> d.kind().equals(kind)));
    }

    @Test
    void aTriageSayingTheHarmThresholdIsNotMetIsRefusedWhenTheChecklistSaysItIs() {
        String ref = CaseFixtures.a("cwmtaf").about("Dafydd ap Gruffudd").at(CaseStatus.AWAITING_TRIAGE).reference();
        Caller officer = as("cwmtaf.officer");
        CallerContext.runAs(officer, () -> concerns.considerThreshold(ref, Map.of("HARMED", "no", "OFFENCE", "no",
                "RISK_OF_HARM", "yes", "UNSUITABLE", "no")));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> CaseFixtures.bean(TriageService.class).recordTriage(ref, new TriageInput(false, null, false,
                        null, false, null, false, TriageDecision.INVESTIGATE, "Investigate."))));
        assertTrue(refused.fieldMessages().containsKey("harmThresholdMet"));
        assertEquals(CaseStatus.AWAITING_TRIAGE, CaseFixtures.stepOf("cwmtaf", ref));
    }

    @Test
    void anEnglishBoardsCaseHasNoneAndAnotherBoardFindsNoneOfAWelshBoards() {
        String welsh = CaseFixtures.a("cwmtaf").about("Heledd Ŵyn").at(CaseStatus.AWAITING_TRIAGE).reference();
        CallerContext.runAs(as("cwmtaf.officer"), () -> concerns.recordTransferableRisk(welsh, "None known", "", ""));
        String english = CaseFixtures.a("chscb").about("Amelia Hart").at(CaseStatus.AWAITING_TRIAGE).reference();
        Caller chscb = as("chscb.officer");

        assertTrue(CallerContext.runAs(chscb, () -> concerns.ofCase(english)).isEmpty());
        assertThrows(InvalidInputException.class, () -> CallerContext.runAs(chscb,
                () -> concerns.recordTransferableRisk(english, "None known", "", "")));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(chscb, () -> concerns.ofCase(welsh)));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(chscb,
                () -> concerns.recordTransferableRisk(welsh, "Changed by another board", "", "")));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(chscb, () -> concerns.considerThreshold(welsh,
                Map.of("HARMED", "yes", "OFFENCE", "no", "RISK_OF_HARM", "no", "UNSUITABLE", "no"))));
        PractitionerView kept = CallerContext.runAs(as("cwmtaf.officer"), () -> concerns.ofCase(welsh)).orElseThrow();
        assertEquals("None known", kept.otherRoles());
        assertNull(kept.riskToldWhom());
        assertFalse(kept.thresholdConsidered());
    }

    private List<TimelineLine> timeline(String ref) {
        return CallerContext.runAs(as("cwmtaf.officer"), () -> cases.timelineOf(ref));
    }

    private Caller as(String username) {
        return people.callerFor(username).orElseThrow();
    }

    private void raisedAt(String ref, LocalDateTime at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "update safeguarding_case set raised_at = ? where reference = ?")) {
            statement.setObject(1, at.atZone(UK).toOffsetDateTime());
            statement.setString(2, ref);
            assertEquals(1, statement.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

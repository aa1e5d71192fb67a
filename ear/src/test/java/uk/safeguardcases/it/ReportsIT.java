package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.audit.ChainVerification;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.AuthorisationService;
import uk.safeguardcases.application.investigation.DecisionService;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.reports.Documents;
import uk.safeguardcases.application.reports.ReferralPackPdf;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.requests.MemberResponse;

/**
 * The referral pack and the case report as PDFs on the real server: a case is walked to its referral through
 * the services (as in {@code HrWorkspaceIT}), each PDF is downloaded over HTTP as the person it is for, and
 * its text is read back with PDFBox. Another board, another organisation and a member get nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final String CHSCB_3_5_D = "Posting comments or photographs of Board members or members of the"
            + " community without their express consent.";
    private static final String WELSH = "Gŵyl Dŷ";
    private static final String TRIAGE_NOTE = "Screened: no child at immediate risk, no LADO threshold.";
    private static final String SCREEN_NOTE = "Screen: pupils at risk, police called, IWF and CEOP told.";
    private static final String POLICE_REF = "POL-999-4471";
    private static final String IWF_REF = "IWF-2026-77812";
    private static final String CEOP_REF = "CEOP-55120";
    private static final String LADO_REF = "LADO-HK-3391";
    private static final String IMAGERY_REF = "IWF-2026-77813";
    private static final String IMAGERY_URL = "https://imagehost.example.net/album/551";
    private static final String JUSTIFICATION = "Authorised: searches limited to public posts of the account.";
    private static final String INTERNAL_NOTE = "Internal: the police asked us not to contact the school yet.";
    private static final String SHARED_FINDING = "Checked on the day: both posts are gone.";
    private static final Pattern PAGE = Pattern.compile("Page\\s*(\\d+)\\s*of\\s*(\\d+)");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.productWithFixtures(ReportsIT.class);
        // PDFBox reads the PDFs inside the server, where the test runs; commons-logging comes with WildFly.
        ear.getAsType(WebArchive.class, "safeguard-web.war").addAsLibraries(jarOf(PDDocument.class),
                jarOf(RandomAccessRead.class), jarOf(TrueTypeFont.class));
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Inject
    private Documents documents;

    @Inject
    private PeopleDirectory people;

    @Inject
    private CaseService cases;

    @Inject
    private BoardService boards;

    @Inject
    private TriageService triage;

    @Inject
    private AuthorisationService authorisation;

    @Inject
    private AllegationService allegations;

    @Inject
    private EvidenceService evidence;

    @Inject
    private RequestService requests;

    @Inject
    private DecisionService decisions;

    @Inject
    private ReferralService referrals;

    @Inject
    private ReferralPackPdf referralPacks;

    @Inject
    private TimelineService timeline;

    @Inject
    private ProcessEngine engine;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    /** A case walked to its referral, with the SHA-256 of each piece of its evidence. */
    private record Referred(String reference, String subject, List<String> sha256) {
    }

    @Test
    void theHrPartnerDownloadsTheReferralPackWithEverythingItMustSay() {
        Caller hr = as("chscb.hr");
        Referred referred = referredCase("chscb", hr.organisationId(), "Rhys Pack");
        String ref = referred.reference();

        Browser browser = browser();
        browser.signIn("chscb.hr", PASSWORD);
        assertTrue(browser.open("hr/referral.xhtml?ref=" + ref).body()
                .contains("href=\"/hr/referral-pack?ref=" + ref + "\""), "the page links to the PDF");
        HttpResponse<byte[]> download = browser.download("hr/referral-pack?ref=" + ref);
        assertPdfDownload(download, "referral-pack-" + ref + ".pdf");

        Pdf pack = Pdf.read(download.body());
        assertTrue(pack.pages.size() >= 2, "a cover and at least one page of content");
        assertEveryPageMarked(pack, ref);
        assertTrue(pack.page(0).contains("Disciplinary referral pack"), pack.page(0));
        assertTrue(pack.page(0).contains("1. The concern"), "the cover does not stand alone on a blank page: "
                + pack.page(0));
        for (String fact : List.of(ref, "Rhys Pack", boardName("chscb"), organisationName(hr.organisationId()))) {
            assertTrue(pack.page(0).contains(fact), "the cover names " + fact + ": " + pack.page(0));
        }
        String text = pack.all();
        assertTrue(text.contains("“" + CHSCB_3_5_D + "”"), "the clause is quoted: " + text);
        assertTrue(text.contains("Clause 3.5(d)"));
        for (String sha256 : referred.sha256()) {
            assertTrue(pack.compact().contains(sha256), "the evidence's SHA-256 " + sha256);
        }
        assertTrue(text.contains("Viewed on a public page"), "the capture method: " + text);
        assertTrue(text.contains("https://www.facebook.com/posts/4711"));
        assertTrue(text.contains(WELSH + " photographs posted without consent"), "Welsh ŵ and ŷ print: " + text);
        assertTrue(text.contains(WELSH + " festival, three photographs"), "the particulars, in Welsh too");
        assertTrue(text.contains("I posted them at " + WELSH + "; I have taken them down."), "the member's words");
        assertTrue(text.contains("Removed the content"), "the member's removal response");
        assertTrue(text.contains("Response: Removed the content"), "the removal request's response line: " + text);
        assertFalse(text.contains("Pecyn") || text.contains("Saesneg") || text.contains("SWYDDOGOL"),
                "an English board's pack is in English");
        assertTrue(text.contains("More time given"), "the board's decision on more time, in words: " + text);
        assertFalse(text.contains("MORE_TIME_GIVEN"), "no codes in the pack");
        assertTrue(text.contains("Breach of 3.5(d) confirmed at " + WELSH + "."), "the officer's findings");
        assertTrue(text.contains("Referral approved: proportionate."), "the senior's approval");
        assertTrue(text.contains("Sunita Shah (Senior manager)"), "who approved it, by name and role: " + text);
        assertTrue(text.contains("Olivia Okafor (Compliance officer)"), "who decided and captured, by name");
        assertFalse(text.matches("(?s).*\\bchscb\\.(officer|senior|hr|member)\\b(?!@).*"), "no login in the pack: " + text);
        assertTrue(text.contains("Referred to the parent organisation"), "the timeline");
        assertTrue(text.contains("Evidence captured"), "the timeline");
        assertFalse(text.contains(TRIAGE_NOTE), "the safeguarding screen stays with the board");
        assertFalse(text.contains("Triage recorded"), "the safeguarding screen stays with the board");
    }

    /**
     * Issue 38: a bilingual board's pack is in Welsh and English, each heading and label Welsh first, with the
     * board's Welsh names and clause words; only the member's own words are quoted, the interview they ticked is a
     * label, and each request has its response line.
     */
    @Test
    void aBilingualBoardsPackIsInWelshAndEnglishAndQuotesOnlyTheMembersOwnWords() {
        Caller hr = as("cwmtaf.hr");
        String own = "Fe wnes i ei bostio heb feddwl – “sori” o " + WELSH + ".";
        String ref = CaseFixtures.a("cwmtaf").about("Siân Ddwyieithog").inOrganisation(hr.organisationId())
                .alleging("PU(a)", Severity.MEDIUM, "Lluniau o’r ganolfan yn " + WELSH)
                .withEvidence(CaseFixtures.textPost("Post cyhoeddus"))
                .gathered("Un post.")
                .statement(own).acceptingInterview()
                .at(CaseStatus.REFERRED_TO_HR).reference();
        Pdf pack = Pdf.read(CallerContext.runAs(hr, () -> referralPacks.forHr(ref)).content());
        String text = pack.all();
        assertTrue(pack.page(0).contains("Pecyn atgyfeirio disgyblu / Disciplinary referral pack"), pack.page(0));
        assertTrue(pack.page(0).contains("SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE"), pack.page(0));
        assertTrue(Pattern.compile("Tudalen / Page\\s*1\\s*o / of\\s*" + pack.pages.size()).matcher(pack.page(0))
                .find(), "the page numbers in both languages: " + pack.page(0));
        assertTrue(text.contains("Byrddau Diogelu Cwm Taf / Cwm Taf Safeguarding Boards"), "the board's names: " + text);
        assertTrue(text.contains("Sefydliad rhiant / Parent organisation"), text);
        assertTrue(text.contains("Heddlu De Cymru / South Wales Police"), "the organisation's names: " + text);
        assertTrue(text.contains("“Sicrhau eu bod yn defnyddio gosodiadau preifatrwydd"), "the clause in Welsh: " + text);
        assertTrue(text.contains("Cymal PU(a) / Clause PU(a)"), text);
        assertTrue(text.contains("Anfonir y pecyn hwn at bartner AD sefydliad rhiant yr aelod"), "Welsh first: " + text);
        assertTrue(text.indexOf("Anfonir y pecyn hwn") < text.indexOf("This pack is sent to the HR partner"), text);
        assertTrue(text.contains("Ymatebion yr aelod / The member's responses"), text);
        assertTrue(text.contains("Ymateb / Response: Tynnodd y cynnwys i lawr / Removed the content"),
                "the removal request's response line: " + text);
        assertTrue(text.contains("Yn derbyn cyfweliad / Accepts an interview: Ydy / Yes"), "a label: " + text);
        assertTrue(text.contains("“" + own + "”"), "the member's own words, quoted: " + text);
        assertFalse(text.contains("“I accept an interview"), "product words are never quoted as the member's: " + text);
        assertTrue(text.contains("Atgyfeiriad wedi’i gymeradwyo / Referral approved"), "the timeline's actions: " + text);

        // The board's own case report is in its languages too (issue 38), the same way.
        Pdf report = Pdf.read(CallerContext.runAs(as("cwmtaf.officer"),
                () -> CaseFixtures.bean(uk.safeguardcases.application.reports.CaseReportPdf.class).forBoard(ref)));
        String reported = report.all();
        assertTrue(report.page(0).contains("Adroddiad achos " + ref + " / Case report " + ref), report.page(0));
        assertTrue(report.page(0).contains("SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE"), report.page(0));
        assertTrue(reported.contains("Byrddau Diogelu Cwm Taf / Cwm Taf Safeguarding Boards"), reported);
        assertTrue(reported.contains("Heddlu De Cymru / South Wales Police"), "the organisation's names: " + reported);
        assertTrue(reported.contains("Cam / Step") && reported.contains("Wedi’i atgyfeirio at AD / Referred to HR"),
                "the step in both languages: " + reported);
        assertTrue(reported.contains("“Sicrhau eu bod yn defnyddio gosodiadau preifatrwydd"), "the clause: " + reported);
        assertTrue(reported.contains("Ceisiadau i’r aelod / Requests to the member"), reported);
        assertTrue(reported.contains("Cais: Tynnu cynnwys i lawr / Content removal request"), reported);
        assertTrue(reported.contains("Atgyfeiriadau allanol / External referrals"), reported);
        assertTrue(reported.contains("Llinell amser / Timeline"), reported);
        assertTrue(reported.indexOf("Ni ddangosir cofnodion") < reported.indexOf("Entries marked “board only”"),
                "Welsh first: " + reported);
        assertTrue(reported.contains("“" + own + "”"), "the member's own words, once: " + reported);
        assertTrue(Pattern.compile("Tudalen / Page\\s*1\\s*o / of").matcher(report.page(0)).find(), report.page(0));

        String english = Pdf.read(CallerContext.runAs(as("chscb.hr"), () -> referralPacks.forHr(
                CaseFixtures.a("chscb").inOrganisation(as("chscb.hr").organisationId()).statement("My own words.")
                        .acceptingInterview().at(CaseStatus.REFERRED_TO_HR).reference())).content()).all();
        assertTrue(english.contains("Accepts an interview: Yes"), english);
        assertTrue(english.contains("“My own words.”") && !english.contains("“I accept an interview"), english);
        assertFalse(english.contains("Saesneg") || english.contains("Pecyn"), "another board sees none of it");
        String englishReport = Pdf.read(CallerContext.runAs(as("chscb.officer"),
                () -> CaseFixtures.bean(uk.safeguardcases.application.reports.CaseReportPdf.class).forBoard(
                        CaseFixtures.closedAtTriage("chscb", "Kit English")))).all();
        assertTrue(englishReport.contains("Case report") && englishReport.contains("Step"), englishReport);
        assertFalse(englishReport.contains("Adroddiad") || englishReport.contains(" / Step"), englishReport);
    }

    @Test
    void thePackAndTheHrPageGiveEveryAnswerOfTheMemberInOrderWithTheBoardsDecisionAndNumberEvidenceAsTheCaseDoes() {
        Caller hr = as("chscb.hr");
        String contest = "Nid fi yw hwn – “dyfyniad” o " + WELSH + ", £5 ✨";
        String rejection = "Mae’r llun yn dangos plentyn o " + WELSH + " – rhaid ei ddileu.";
        CaseFixtures.WalkedCase walked = CaseFixtures.a("chscb").about("Ffion Ŵyn").inOrganisation(hr.organisationId())
                .withEvidence(CaseFixtures.textPost("Y post cyntaf"), CaseFixtures.textPost("Yr ail bost"))
                .contested(contest, rejection)
                .at(CaseStatus.REFERRED_TO_HR);
        String ref = walked.reference();
        assertEquals(List.of(1, 2), walked.evidence().stream().map(EvidenceView::number).toList(),
                "numbered 1, 2 in the case");
        CaseFixtures.WalkedCase another = CaseFixtures.a("chscb").withEvidence(CaseFixtures.textPost("Arall"))
                .at(CaseStatus.AWAITING_REMOVAL);
        assertEquals(1, another.evidence().get(0).number(), "each case numbers its own evidence from 1");
        assertNotEquals(1L, another.evidence().get(0).id(), "the number is not the database id");

        String text = Pdf.read(CallerContext.runAs(hr, () -> referralPacks.forHr(ref)).content()).all();
        int section = text.indexOf("What was said and decided, in order");
        assertTrue(section > 0, "the pack lists the exchanges: " + text);
        String exchanges = text.substring(section, text.indexOf("5. Findings and approval"));
        int contested = exchanges.indexOf("Contested");
        int reasons = exchanges.indexOf(contest);
        int rejected = exchanges.indexOf("Contest rejected");
        int why = exchanges.indexOf(rejection);
        int removed = exchanges.lastIndexOf("Removed the content");
        assertTrue(contested > 0 && contested < reasons && reasons < rejected && rejected < why && why < removed,
                "the contest and its reasons, the board's rejection and its reason, then the removal, in order: "
                        + exchanges);
        assertTrue(text.contains("Evidence 1: Facebook") && text.contains("Evidence 2: Facebook"),
                "the timeline names evidence by its number in the case: " + text);
        for (EvidenceView item : walked.evidence()) {
            if (item.id() > 2) {
                assertFalse(text.contains("Evidence " + item.id() + ":"), "never the database id");
            }
        }

        Browser browser = browser();
        browser.signIn("chscb.hr", PASSWORD);
        String page = browser.open("hr/referral.xhtml?ref=" + ref).body();
        int onPage = page.indexOf("id=\"exchanges\"");
        assertTrue(onPage > 0, "the HR page lists the exchanges");
        String list = page.substring(onPage);
        assertTrue(list.indexOf(contest) > 0 && list.indexOf(contest) < list.indexOf(rejection)
                && list.indexOf(rejection) < list.indexOf("Removed the content"), "in order on the page: " + list);
        assertTrue(page.contains("Evidence 1") && page.contains("Evidence 2"), "the HR page numbers evidence too");
    }

    /**
     * Issue 14: a third party's details (a child's name, a telephone number) marked on the case are left out of
     * everything the HR partner sees, on the page and in the pack as sent, which says how many passages it
     * redacted; the board's own report keeps them; the timeline says how many terms, never which; once the pack is
     * sent the marking is closed, and only the board's officers and seniors may mark.
     */
    @Test
    void aThirdPartysDetailsMarkedOnTheCaseAreKeptFromWhatTheHrPartnerSees() {
        String child = "Bethan Ŵyn-Third";
        String phone = "07700 900123";
        String ref = CaseFixtures.a("chscb").about("Rhys Redact")
                .raisedFrom(CaseSource.COLLEAGUE_REPORT, "Posted a photograph of " + child + " at the contact centre;"
                        + " call " + phone)
                .alleging("Named " + child.toUpperCase(java.util.Locale.ROOT) + " in the post")
                .withEvidence(CaseFixtures.textPost("“" + child + " – look who is here” – public post"))
                .gathered("One post captured.")
                .findings(child + " can be identified from the photograph.")
                .at(CaseStatus.AWAITING_REFERRAL_APPROVAL).reference();
        CallerContext.runAs(as("chscb.officer"), () -> CaseFixtures.bean(ReferralService.class).redactForHr(ref,
                child + "\n\n" + phone + "\n" + child.toLowerCase(java.util.Locale.ROOT)));
        assertEquals(child + "\n" + phone, CallerContext.runAs(as("chscb.senior"),
                () -> CaseFixtures.bean(ReferralService.class).redactionsFor(ref)));
        // Issue 38: the senior reads the pack as it will be sent, not yet sent nor approved.
        Pdf previewed = Pdf.read(CallerContext.runAs(as("chscb.senior"),
                () -> referralPacks.previewForApproval(ref)).content());
        String preview = previewed.all();
        String previewCover = preview.substring(0, preview.indexOf("1. The concern"));
        assertFalse(previewCover.contains("Sent") || previewCover.contains("Approved by"), previewCover);
        assertTrue(preview.contains("Not yet approved: the referral is sent when a senior manager approves it."),
                preview);
        int previewCount = redactedCount(preview);
        assertTrue(previewCount > 0, preview);
        // A note naming the third party would add passages the preview did not count: the senior words it again.
        assertThrows(uk.safeguardcases.application.InvalidInputException.class, () -> CallerContext.runAs(
                as("chscb.senior"), () -> decisions.approveReferral(ref, true, "Agreed; " + child + " is safe.")));
        CallerContext.runAs(as("chscb.senior"), () -> decisions.approveReferral(ref, true, "Approved."));
        CaseFixtures.awaitStep("chscb", ref, CaseStatus.REFERRED_TO_HR);

        Caller hr = as("chscb.hr");
        String sent = Pdf.read(CallerContext.runAs(hr, () -> referralPacks.forHr(ref)).content()).all();
        assertEquals(previewCount, redactedCount(sent), "the pack sent counts what the preview counted");
        assertEquals(previewCount, CallerContext.runAs(hr, () -> referrals.packFor(ref)).redacted(), "the HR page");
        assertFalse(sent.contains("Bethan") || sent.contains(phone), sent);
        assertTrue(sent.contains("[redacted]"), sent);
        assertTrue(sent.contains("passages of other people's details (third parties) have been redacted"), sent);
        Browser browser = browser();
        browser.signIn("chscb.hr", PASSWORD);
        String page = browser.open("hr/referral.xhtml?ref=" + ref).body();
        assertFalse(page.contains("Bethan") || page.contains(phone), page);
        assertTrue(page.contains("id=\"pack-redacted\""), page);
        assertTrue(page.contains(previewCount + " passages giving details of other people"), "the HR page's count");
        String report = Pdf.read(CallerContext.runAs(as("chscb.officer"),
                () -> CaseFixtures.bean(uk.safeguardcases.application.reports.CaseReportPdf.class).forBoard(ref))).all();
        assertTrue(report.contains(child), "the board's own report keeps them");
        String marked = CallerContext.runAs(as("chscb.officer"), () -> cases.timelineOf(ref)).stream()
                .filter(l -> l.action().equals("Redactions for HR marked")).findFirst().orElseThrow().detail();
        assertEquals("2 terms of third parties' details kept from the HR partner.", marked);

        assertThrows(TaskAlreadyDoneException.class, () -> CallerContext.runAs(as("chscb.officer"),
                () -> CaseFixtures.bean(ReferralService.class).redactForHr(ref, "")), "the pack is sent");
        // What the HR partner records later is not part of the pack: its count stays as sent (it grew before).
        CallerContext.runAs(hr, () -> referrals.acknowledge(ref));
        CallerContext.runAs(hr, () -> referrals.recordOutcome(ref, uk.safeguardcases.domain.referral.HrOutcome
                .WRITTEN_WARNING, java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")),
                "Warning given; " + child + "’s family told."));
        assertEquals(previewCount, CallerContext.runAs(hr, () -> referrals.packFor(ref)).redacted(),
                "the HR page after the outcome");
        assertTrue(browser.open("hr/referral.xhtml?ref=" + ref).body()
                .contains(previewCount + " passages giving details of other people"), "the HR page after the outcome");
        assertThrows(AccessRefusedException.class, () -> CallerContext.runAs(hr,
                () -> CaseFixtures.bean(ReferralService.class).redactForHr(ref, "x")));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(as("nscb.officer"),
                () -> CaseFixtures.bean(ReferralService.class).redactionsFor(ref)));
    }

    @Test
    void aClosedCasesReportSaysHowLongItIsKeptAsThePagesDo() {
        String ref = CaseFixtures.closedAtTriage("chscb", "Kit Keep");
        Browser browser = browser();
        browser.signIn("chscb.officer", PASSWORD);
        Pdf report = Pdf.read(browser.download("officer/case-report?ref=" + ref).body());
        assertTrue(Pattern.compile("Kept until\\s*\\d{1,2} [A-Z][a-z]{2} \\d{4}").matcher(report.page(0)).find(),
                "a day as the pages write it (14 Mar 2053), not 2053-03-14: " + report.page(0));
    }

    @Test
    void officersAndSeniorsDownloadTheCaseReportAndThePack() {
        Caller hr = as("chscb.hr");
        Referred referred = referredCase("chscb", hr.organisationId(), "Rhian Report");
        String ref = referred.reference();

        for (String user : List.of("chscb.officer", "chscb.senior")) {
            Browser browser = browser();
            browser.signIn(user, PASSWORD);
            String page = browser.open("officer/case.xhtml?ref=" + ref).body();
            assertTrue(page.contains("href=\"/officer/case-report?ref=" + ref + "\""), page);
            assertTrue(page.contains("href=\"/officer/referral-pack?ref=" + ref + "\""), page);

            HttpResponse<byte[]> download = browser.download("officer/case-report?ref=" + ref);
            assertPdfDownload(download, "case-report-" + ref + ".pdf");
            Pdf report = Pdf.read(download.body());
            assertEveryPageMarked(report, ref);
            String text = report.all();
            assertTrue(report.page(0).contains("Case report " + ref), report.page(0));
            assertTrue(text.contains("Rhian Report"));
            assertTrue(text.contains(boardName("chscb")), "the board: " + text);
            assertTrue(text.contains(WELSH + " photographs posted without consent"), "Welsh ŵ and ŷ: " + text);
            assertTrue(text.contains("“" + CHSCB_3_5_D + "”"), "the clause is quoted");
            for (String sha256 : referred.sha256()) {
                assertTrue(report.compact().contains(sha256), "the evidence's SHA-256");
            }
            assertTrue(text.contains(TRIAGE_NOTE), "the board's own file has the triage");
            assertTrue(text.contains("Co-operation request") && text.contains("Content removal request"),
                    "the requests: " + text);
            assertTrue(text.contains("Disciplinary referral") && text.contains("Approved by"), "the referral");
            assertTrue(text.contains("External referrals"));
            assertTrue(text.contains(ReferralPackPdf.SENT), "the timeline, to the pack's sending");

            HttpResponse<byte[]> packDownload = browser.download("officer/referral-pack?ref=" + ref);
            assertPdfDownload(packDownload, "referral-pack-" + ref + ".pdf");
            Pdf pack = Pdf.read(packDownload.body());
            assertEveryPageMarked(pack, ref);
            assertTrue(pack.all().contains("Disciplinary referral pack"));
            assertFalse(pack.all().contains(TRIAGE_NOTE), "the same pack HR gets");
        }
    }

    @Test
    void theTimelineRecordsThePackSentWithItsSha256() {
        Referred referred = referredCase("chscb", as("chscb.hr").organisationId(), "Siôn Sent");
        List<TimelineLine> sent = timelineOf(referred.reference()).stream()
                .filter(l -> l.action().equals(ReferralPackPdf.SENT)).toList();
        assertEquals(1, sent.size(), "recorded once, when the referral was sent");
        Matcher hash = Pattern.compile("SHA-256 ([0-9a-f]{64})$").matcher(sent.get(0).detail());
        assertTrue(hash.find(), sent.get(0).detail());
        assertEquals("system", sent.get(0).actor(), "by the process that sent it");
        List<TimelineLine> lines = timelineOf(referred.reference());
        int referredAt = indexOf(lines, "Referred to the parent organisation");
        assertEquals(referredAt + 1, indexOf(lines, ReferralPackPdf.SENT), "right after the referral");

        // The same data printed again gives a PDF with the same text (the bytes differ only in the file's id).
        byte[] again = documents.referralPack(CallerContext.runAs(as("chscb.officer"),
                () -> referrals.packForBoard(referred.reference())));
        assertTrue(Pdf.read(again).all().contains(referred.reference()));
        assertThrows(AccessRefusedException.class, () -> CallerContext.runAs(as("chscb.officer"),
                () -> referralPacks.recordSending(1L)), "a person cannot record a sending");
    }

    @Test
    void anotherBoardAnotherOrganisationAndAMemberGetNothing() {
        Caller hr = as("chscb.hr");
        Long otherOrganisation = CallerContext.runAs(as("chscb.officer"), () -> boards.organisations()).stream()
                .filter(o -> !o.id().equals(hr.organisationId())).findFirst().orElseThrow().id();
        String mine = referredCase("chscb", hr.organisationId(), "Mali Mine").reference();
        String theirs = referredCase("chscb", otherOrganisation, "Tomos Theirs").reference();
        String notReferred = CallerContext.runAs(as("chscb.officer"), () -> cases.raiseConcern(new NewConcern(
                "Nia Notyet", hr.organisationId(), CaseSource.MONITORING, "Not referred (yet)."))).reference();

        Browser nscbOfficer = browser();
        nscbOfficer.signIn("nscb.officer", PASSWORD);
        assertEquals(404, nscbOfficer.download("officer/case-report?ref=" + mine).statusCode());
        assertEquals(404, nscbOfficer.download("officer/referral-pack?ref=" + mine).statusCode());

        Browser nscbHr = browser();
        nscbHr.signIn("nscb.hr", PASSWORD);
        assertEquals(404, nscbHr.download("hr/referral-pack?ref=" + mine).statusCode());

        Browser chscbHr = browser();
        chscbHr.signIn("chscb.hr", PASSWORD);
        assertEquals(200, chscbHr.download("hr/referral-pack?ref=" + mine).statusCode());
        HttpResponse<byte[]> otherOrganisations = chscbHr.download("hr/referral-pack?ref=" + theirs);
        assertEquals(404, otherOrganisations.statusCode(), "another organisation's referral");
        assertFalse(new String(otherOrganisations.body(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("Tomos Theirs"));
        assertEquals(404, chscbHr.download("hr/referral-pack?ref=" + notReferred).statusCode(),
                "a case about my organisation's staff that was not referred");
        assertEquals(404, chscbHr.download("hr/referral-pack?ref=CHSCB-1999-9999").statusCode());
        assertEquals(403, chscbHr.download("officer/case-report?ref=" + mine).statusCode(),
                "HR do not get the board's own file");

        Browser chscbOfficer = browser();
        chscbOfficer.signIn("chscb.officer", PASSWORD);
        assertEquals(404, chscbOfficer.download("officer/referral-pack?ref=" + notReferred).statusCode(),
                "no pack before the referral");
        assertEquals(200, chscbOfficer.download("officer/case-report?ref=" + notReferred).statusCode());
        assertEquals(404, chscbOfficer.download("officer/case-report?ref=CHSCB-1999-9999").statusCode());

        Browser member = browser();
        member.signIn("chscb.member", PASSWORD);
        for (String path : List.of("officer/case-report?ref=" + mine, "officer/referral-pack?ref=" + mine,
                "hr/referral-pack?ref=" + mine)) {
            HttpResponse<byte[]> refused = member.download("" + path);
            assertEquals(403, refused.statusCode(), path);
            assertFalse(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        }
        Browser nobody = browser();
        HttpResponse<byte[]> anonymous = nobody.download("hr/referral-pack?ref=" + mine);
        assertFalse(anonymous.statusCode() == 200, "signed out: " + anonymous.statusCode());
    }

    @Test
    void whatHrDownloadsIsThePackSentWhoseSha256IsInTheTimelineAndNoOtherBoardOrOrganisationGetsIt() {
        Caller hr = as("chscb.hr");
        String ref = referredCase("chscb", hr.organisationId(), "Seren Sealed").reference();
        Long otherOrganisation = CallerContext.runAs(as("chscb.officer"), () -> boards.organisations()).stream()
                .filter(o -> !o.id().equals(hr.organisationId())).findFirst().orElseThrow().id();
        String theirs = referredCase("chscb", otherOrganisation, "Tegid Theirs").reference();
        String recorded = timelineOf(ref).stream().filter(l -> l.action().equals(ReferralPackPdf.SENT)).findFirst()
                .orElseThrow().detail().replaceAll(".*SHA-256 ", "");

        Browser chscbHr = browser();
        chscbHr.signIn("chscb.hr", PASSWORD);
        HttpResponse<byte[]> downloaded = chscbHr.download("hr/referral-pack?ref=" + ref);
        assertPdfDownload(downloaded, "referral-pack-" + ref + ".pdf");
        assertEquals(recorded, sha256(downloaded.body()), "the downloaded bytes are the pack the timeline records");
        assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(recorded)) + ":",
                downloaded.headers().firstValue("Repr-Digest").orElse(""));
        assertEquals(recorded, sha256(chscbHr.download("hr/referral-pack?ref=" + ref).body()), "every time");
        HttpResponse<byte[]> api = apiPack(ref, "chscb.hr");
        assertEquals(200, api.statusCode());
        assertEquals(recorded, sha256(api.body()), "the API serves the same copy");

        Browser officer = browser();
        officer.signIn("chscb.officer", PASSWORD);
        assertEquals(recorded, sha256(officer.download("officer/referral-pack?ref=" + ref).body()),
                "the officer's copy is the one sent");
        assertTrue(officer.open("officer/case.xhtml?ref=" + ref).body()
                .contains("href=\"/officer/referral-pack-current?ref=" + ref + "\""), "the case page links the current one");
        HttpResponse<byte[]> current = officer.download("officer/referral-pack-current?ref=" + ref);
        assertPdfDownload(current, "referral-pack-" + ref + "-current.pdf");
        assertFalse(recorded.equals(sha256(current.body())));
        Pdf currentPdf = Pdf.read(current.body());
        for (int i = 0; i < currentPdf.pages.size(); i++) {
            assertTrue(currentPdf.page(i).contains(Documents.CURRENT_LABEL), "labelled on page " + (i + 1));
        }
        assertTrue(currentPdf.compact().contains(recorded), "names the SHA-256 of the pack sent");
        assertFalse(Pdf.read(downloaded.body()).all().contains(Documents.CURRENT_LABEL));

        Browser nscbHr = browser();
        nscbHr.signIn("nscb.hr", PASSWORD);
        assertEquals(404, nscbHr.download("hr/referral-pack?ref=" + ref).statusCode(), "another board");
        assertEquals(404, apiPack(ref, "nscb.hr").statusCode(), "another board, through the API");
        Browser nscbOfficer = browser();
        nscbOfficer.signIn("nscb.officer", PASSWORD);
        assertEquals(404, nscbOfficer.download("officer/referral-pack?ref=" + ref).statusCode());
        assertEquals(404, nscbOfficer.download("officer/referral-pack-current?ref=" + ref).statusCode());
        assertEquals(404, chscbHr.download("hr/referral-pack?ref=" + theirs).statusCode(), "another organisation");
        assertEquals(404, apiPack(theirs, "chscb.hr").statusCode(), "another organisation, through the API");
        assertEquals(403, chscbHr.download("officer/referral-pack-current?ref=" + ref).statusCode());
    }

    @Test
    void theSafeguardingScreenAndInternalNotesStayOutOfThePackButAreInTheBoardsReport() {
        Caller hr = as("chscb.hr");
        Caller officer = as("chscb.officer");
        Caller senior = as("chscb.senior");
        Caller member = as("chscb.member");
        String ref = CallerContext.runAs(officer, () -> cases.raiseConcern(new NewConcern("Siân Screened",
                hr.organisationId(), CaseSource.PUBLIC_COMPLAINT, "Images of pupils posted on a public account.",
                "chscb.member"))).reference();
        CallerContext.runAs(officer, () -> triage.recordTriage(ref, new TriageInput(true, POLICE_REF, true, IWF_REF,
                true, CEOP_REF, true, TriageDecision.INVESTIGATE, SCREEN_NOTE)));
        awaitStatus("chscb", ref, CaseStatus.AWAITING_LADO_REFERRAL);
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(5, ChronoUnit.DAYS)));
        await(() -> {
            runDueJobsOf(ref);
            return timelineOf(ref).stream().anyMatch(l -> l.action().equals("LADO timescale missed"));
        }, "the LADO timescale missed");
        ClockUtil.reset();
        CallerContext.runAs(officer, () -> triage.recordLadoReferral(ref, LADO_REF));
        awaitStatus("chscb", ref, CaseStatus.AWAITING_AUTHORISATION);
        CallerContext.runAs(senior, () -> authorisation.decide(ref, true, JUSTIFICATION));
        Long clauseId = CallerContext.runAs(officer, () -> boards.clauses()).stream()
                .filter(c -> c.reference().equals("3.5(d)")).findFirst().orElseThrow().id();
        CallerContext.runAs(officer, () -> allegations.allege(ref, clauseId, AllegationCategory.IMAGES_WITHOUT_CONSENT,
                Severity.HIGH, null, "Pupils identifiable in the photographs."));
        Instant imageryAt = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        CallerContext.runAs(officer, () -> evidence.capture(ref, EvidenceInput.illegalImagery(IMAGERY_URL,
                Platform.OTHER, IMAGERY_REF, imageryAt, CaptureMethod.PUBLIC_PAGE_VIEWED,
                CaptureForm.ADDRESS_ONLY, true)));
        CallerContext.runAs(officer, () -> evidence.capture(ref, EvidenceInput.text("https://www.facebook.com/posts/88",
                Platform.FACEBOOK, "Class photo, names tagged", Instant.now().minus(1, ChronoUnit.HOURS),
                CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.TEXT_COPIED, true)));
        CallerContext.runAs(officer, () -> evidence.finishGathering(ref, INTERNAL_NOTE, true));
        awaitStatus("chscb", ref, CaseStatus.AWAITING_REMOVAL);
        CallerContext.runAs(member, () -> requests.respondToRemoval(ref, MemberResponse.REMOVED, "Deleted."));
        awaitStatus("chscb", ref, CaseStatus.AWAITING_COOPERATION);
        CallerContext.runAs(member, () -> requests.recordCooperation(ref, MemberResponse.STATEMENT, "I took it down.",
                false));
        awaitStatus("chscb", ref, CaseStatus.VERIFYING_REMOVAL);
        CallerContext.runAs(officer, () -> decisions.verifyRemoval(ref, SHARED_FINDING, false));
        CallerContext.runAs(officer, () -> decisions.decideOutcome(ref, CaseOutcome.DISCIPLINARY_REFERRAL,
                "Breach of 3.5(d): pupils identifiable."));
        CallerContext.runAs(senior, () -> decisions.approveReferral(ref, true, "Approved."));
        awaitStatus("chscb", ref, CaseStatus.REFERRED_TO_HR);

        Browser hrBrowser = browser();
        hrBrowser.signIn("chscb.hr", PASSWORD);
        String pack = Pdf.read(hrBrowser.download("hr/referral-pack?ref=" + ref).body()).all();
        String hrPage = hrBrowser.open("hr/referral.xhtml?ref=" + ref).body();
        String hrApi = new String(apiGet("api/referrals/" + ref, "chscb.hr").body(), StandardCharsets.UTF_8);
        Pdf boardReport = readReport(ref);
        String report = boardReport.all();
        for (String boardOnly : List.of(SCREEN_NOTE, POLICE_REF, IWF_REF, CEOP_REF, LADO_REF, JUSTIFICATION,
                INTERNAL_NOTE, IMAGERY_REF, IMAGERY_URL, "LADO timescale missed", "Referred to POLICE",
                "Referred to IWF", "Referred to CEOP", "Referred to LADO", "Investigation authorised",
                "Triage recorded")) {
            assertFalse(pack.contains(boardOnly), "not in the pack: " + boardOnly);
            assertFalse(hrPage.contains(boardOnly), "not on the HR page: " + boardOnly);
            assertFalse(hrApi.contains(boardOnly), "not in the HR API: " + boardOnly);
            assertTrue(report.contains(boardOnly) || boardReport.compact().contains(boardOnly.replaceAll("\\s", "")),
                    "in the board's own report: " + boardOnly);
        }
        assertFalse(pack.toLowerCase().contains("illegal imagery"), pack);
        String capturedAt = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").format(imageryAt.atZone(ZoneId.of(
                "Europe/London")));
        assertTrue(pack.contains(capturedAt), "the capture time of every item, " + capturedAt + ": " + pack);
        assertTrue(pack.contains("Details of this item are held by the board"), pack);
        assertTrue(pack.contains(SHARED_FINDING), "a note not marked internal is shared: " + pack);
        assertTrue(pack.contains("Class photo, names tagged"), "the other evidence in full");
        assertTrue(report.contains("(board only)"), "the board's report marks what HR does not see");
        JsonObject item = Json.createReader(new StringReader(hrApi)).readObject().getJsonObject("pack")
                .getJsonArray("evidence").getJsonObject(0);
        assertTrue(item.getBoolean("detailsWithheld"), item.toString());
        assertFalse(item.containsKey("sha256") && !item.isNull("sha256"), "no hash of a withheld item: " + item);
    }

    @Test
    void showingABoardOnlyEntryToHrBehindTheProductsBackBreaksTheAuditChain() throws Exception {
        Caller officer = as("chscb.officer");
        String ref = CallerContext.runAs(officer, () -> cases.raiseConcern(new NewConcern("Vera Visible",
                as("chscb.hr").organisationId(), CaseSource.MANUAL, "For the chain."))).reference();
        CallerContext.runAs(officer, () -> triage.recordTriage(ref, new TriageInput(false, null, false, null, false,
                null, false, TriageDecision.INVESTIGATE, TRIAGE_NOTE)));
        assertTrue(CallerContext.runAs(officer, () -> timeline.verify()).intact());
        long caseId = CallerContext.runAs(officer, () -> cases.findByReference(ref)).id();
        long entryId;
        long sequence;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id, sequence_no, visibility"
                        + " from timeline_entry where case_id = ? and action = 'Triage recorded'")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                entryId = row.getLong(1);
                sequence = row.getLong(2);
                assertEquals("BOARD_ONLY", row.getString(3));
            }
        }
        try {
            setVisibility(entryId, "SHARED_WITH_HR");
            ChainVerification tampered = CallerContext.runAs(officer, () -> timeline.verify());
            assertFalse(tampered.intact());
            assertEquals(sequence, tampered.firstBrokenSequence());
            assertEquals("content changed after it was written", tampered.problem());
        } finally {
            setVisibility(entryId, "BOARD_ONLY");
        }
        assertTrue(CallerContext.runAs(officer, () -> timeline.verify()).intact());
    }

    private void setVisibility(long entryId, String visibility) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update timeline_entry set visibility = ? where id = ?")) {
            update.setString(1, visibility);
            update.setLong(2, entryId);
            assertEquals(1, update.executeUpdate());
        }
    }

    private Pdf readReport(String ref) {
        Browser officer = browser();
        officer.signIn("chscb.officer", PASSWORD);
        HttpResponse<byte[]> report = officer.download("officer/case-report?ref=" + ref);
        assertEquals(200, report.statusCode());
        return Pdf.read(report.body());
    }

    private HttpResponse<byte[]> apiPack(String ref, String username) {
        return apiGet("api/referrals/" + ref + "/pack", username);
    }

    private HttpResponse<byte[]> apiGet(String path, String username) {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                            + (8080 + offset) + "/" + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                            .getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/pdf, application/json, application/problem+json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void runDueJobsOf(String ref) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ref).singleResult();
        if (instance == null) {
            return;
        }
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .executable().list()) {
            try {
                engine.getManagementService().executeJob(job.getId());
            } catch (RuntimeException raceWithTheJobExecutor) {
                // The job executor ran it first: look again next time.
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        Waiting.waitingFor(what).atMost(Duration.ofSeconds(45)).until(condition::getAsBoolean);
    }

    private static void assertPdfDownload(HttpResponse<byte[]> download, String fileName) {
        assertEquals(200, download.statusCode(), new String(download.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"" + fileName + "\"",
                download.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(download.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertTrue(new String(download.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
    }

    /** The marking at the top and bottom, the reference, and "Page n of m" on every page; fonts embedded. */
    private static void assertEveryPageMarked(Pdf pdf, String reference) {
        int count = pdf.pages.size();
        for (int i = 0; i < count; i++) {
            String page = pdf.page(i);
            assertTrue(page.indexOf("OFFICIAL-SENSITIVE") != page.lastIndexOf("OFFICIAL-SENSITIVE"),
                    "the marking in the header and the footer of page " + (i + 1) + ": " + page);
            assertTrue(page.contains(reference), "the reference on page " + (i + 1));
            Matcher number = PAGE.matcher(page);
            assertTrue(number.find(), "a page number on page " + (i + 1) + ": " + page);
            assertEquals(i + 1, Integer.parseInt(number.group(1)), page);
            assertEquals(count, Integer.parseInt(number.group(2)), "of the whole document: " + page);
        }
        assertTrue(pdf.fontsEmbedded, "every font is embedded");
    }

    /** A PDF's text, page by page, as PDFBox reads it, with runs of white space made single spaces. */
    private static final class Pdf {
        private final List<String> pages = new ArrayList<>();
        private boolean fontsEmbedded = true;

        static Pdf read(byte[] content) {
            Pdf pdf = new Pdf();
            try (PDDocument document = Loader.loadPDF(content)) {
                PDFTextStripper stripper = new PDFTextStripper();
                // In the order written, so that a table cell's lines stay together.
                stripper.setSortByPosition(false);
                for (int i = 1; i <= document.getNumberOfPages(); i++) {
                    stripper.setStartPage(i);
                    stripper.setEndPage(i);
                    pdf.pages.add(stripper.getText(document).replaceAll("\\s+", " ").strip());
                }
                for (PDPage page : document.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        pdf.fontsEmbedded &= font.isEmbedded();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return pdf;
        }

        String page(int index) {
            return pages.get(index);
        }

        String all() {
            return String.join(" ", pages);
        }

        /** Without any white space: for a SHA-256 printed over two lines. */
        String compact() {
            return all().replaceAll("\\s", "");
        }
    }

    /** A new case of {@code board} about a member of {@code organisationId}, walked to its referral to HR. */
    private Referred referredCase(String board, Long organisationId, String subject) {
        CaseFixtures.WalkedCase walked = CaseFixtures.a(board).about(subject).inOrganisation(organisationId)
                .raisedFrom(CaseSource.PUBLIC_COMPLAINT, WELSH + " photographs posted without consent.")
                .triageNote(TRIAGE_NOTE)
                .alleging(board.equals("chscb") ? "3.5(d)" : "8.1", Severity.HIGH,
                        WELSH + " festival, three photographs of a family known through work.")
                .withEvidence(EvidenceInput.text("https://www.facebook.com/posts/4711", Platform.FACEBOOK,
                                "Look who I met at " + WELSH + " today", Instant.now().minus(2, ChronoUnit.HOURS),
                                CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.TEXT_COPIED, true),
                        EvidenceInput.text("https://www.facebook.com/posts/4712", Platform.FACEBOOK, "And another one",
                                Instant.now().minus(1, ChronoUnit.HOURS), CaptureMethod.PUBLIC_PAGE_VIEWED,
                                CaptureForm.TEXT_COPIED, true))
                .gathered("Two public posts captured.")
                .moreTimeGiven("I am away until Monday.", "Reasonable: away until Monday.")
                .statement("I posted them at " + WELSH + "; I have taken them down.")
                .verification("The posts are gone.")
                .findings("Breach of 3.5(d) confirmed at " + WELSH + ".")
                .approval("Referral approved: proportionate.")
                .at(CaseStatus.REFERRED_TO_HR);
        return new Referred(walked.reference(), subject, walked.evidence().stream().map(EvidenceView::sha256).toList());
    }

    /** How many passages a pack says it redacted ("3 passages of other people's details …"). */
    private static int redactedCount(String packText) {
        Matcher count = Pattern.compile("(\\d+) passages? of other people's details").matcher(packText);
        assertTrue(count.find(), packText);
        return Integer.parseInt(count.group(1));
    }

    private static int indexOf(List<TimelineLine> lines, String action) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).action().equals(action)) {
                return i;
            }
        }
        return -1;
    }

    private String boardName(String board) {
        return CallerContext.runAs(as(board + ".officer"), () -> boards.currentBoard().name());
    }

    private String organisationName(Long id) {
        return CallerContext.runAs(as("chscb.officer"), () -> boards.organisations()).stream()
                .filter(o -> o.id().equals(id)).findFirst().orElseThrow().name();
    }

    private Browser browser() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return new Browser(URI.create("http://localhost:" + (8080 + offset) + "/"));
    }

    private Caller as(String username) {
        return people.callerFor(username).orElseThrow();
    }

    private List<TimelineLine> timelineOf(String ref) {
        return CallerContext.runAs(as("chscb.officer"), () -> cases.timelineOf(ref));
    }

    private String statusOf(String board, String ref) {
        return CallerContext.runAs(as(board + ".officer"), () -> cases.findByReference(ref)).status();
    }

    /** Steps after an asynchronous service task happen on the job executor, a moment later. */
    private void awaitStatus(String board, String ref, CaseStatus expected) {
        Waiting.waitingFor("case " + ref + " at " + expected.label()).atMost(Duration.ofSeconds(30))
                .until(() -> statusOf(board, ref).equals(expected.label()));
    }
}

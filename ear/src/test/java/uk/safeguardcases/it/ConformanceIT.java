package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import java.time.Duration;
import uk.safeguardcases.application.annualreport.AnnualReport;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.outcomes.KnownTriageOutcomes;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.application.annualreport.AnnualReportService;
import uk.safeguardcases.application.annualreport.ReportTable;
import uk.safeguardcases.application.audit.ReadAudit;
import uk.safeguardcases.application.audit.ReadLine;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.notification.KnownNotices;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.notification.SentNotice;
import uk.safeguardcases.application.retention.RetentionPurge;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.conformance.ConformanceCheck;
import uk.safeguardcases.conformance.ConformanceChecks;
import uk.safeguardcases.conformance.ConformanceKinds.ConformanceNotice;
import uk.safeguardcases.conformance.ConformanceKinds.ConformanceReading;
import uk.safeguardcases.conformance.web.ConformancePages;
import uk.safeguardcases.domain.access.SubjectAccessRequestDetails;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.report.ReportPeriod;

/**
 * A process that only the tests have ({@code uk.safeguardcases.conformance}: its entity, service, model, words,
 * migration, pages and one registration of every kind) plugs into the product as it ships, with no edit to any main
 * file: it is found (its model deployed for the board, its steps followed), shown (its menu link, its page and its
 * task's page, its panel on the case page, in English and Welsh, its path closed to other roles), audited (its timeline
 * entries in the board's chain, its reads recorded), numbered in its own series, e-mailed, gathered into a subject
 * access answer, retained and reported; another board sees none of it. When a new kind of extension is needed, it joins
 * this process.
 */
@ExtendWith(ArquillianExtension.class)
@SharedDeployment.OwnDeployment
class ConformanceIT {

    private static final String RESOURCES = "uk/safeguardcases/conformance/";
    private static final Pattern RAISED = Pattern.compile("Check (\\S+-CK-\\d{4}-\\d{4}) raised");
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.inServerWith(ConformanceIT.class, Typed.class);
        // The process's services, model, words and table go where a process's own would: the EJB module.
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "safeguard-ejb.jar");
        ejb.addPackage(ConformanceChecks.class.getPackage());
        ejb.addAsResource(RESOURCES + "conformance.properties", RESOURCES + "conformance.properties");
        ejb.addAsResource(RESOURCES + "conformance_cy.properties", RESOURCES + "conformance_cy.properties");
        ejb.addAsResource(RESOURCES + "conformance-check.bpmn", "bpmn/conformance-check.bpmn");
        ejb.addAsResource(RESOURCES + "V9001__conformance_check.sql", "db/migration/V9001__conformance_check.sql");
        // Its pages and their registration go in the web module.
        WebArchive war = ear.getAsType(WebArchive.class, "safeguard-web.war");
        war.addPackage(ConformancePages.class.getPackage());
        war.addAsWebResource(RESOURCES + "checks.xhtml", "conformance/checks.xhtml");
        war.addAsWebInfResource(RESOURCES + "case-panel.xhtml", "conformance/case-panel.xhtml");
        war.addAsLibraries(jarOf(PDDocument.class), jarOf(RandomAccessRead.class), jarOf(TrueTypeFont.class));
        return ear;
    }

    @Test
    void aProcessOnlyTheTestsHaveIsFoundShownAuditedNumberedMailedGatheredRetainedAndReported() throws Exception {
        Throwable failed = null;
        try {
            walkTheProcess();
        } catch (Exception | AssertionError e) {
            failed = e;
            throw e;
        } finally {
            // The database as the next deployment (the product without this process) expects it.
            try (Connection connection = ((DataSource) new InitialContext()
                    .lookup("java:jboss/datasources/SafeguardDS")).getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop table conformance_check");
                statement.execute("delete from \"schema_history\" where \"version\" = '9001'");
            } catch (Exception e) {
                if (failed == null) {
                    throw e;
                }
                failed.addSuppressed(e);
            }
        }
    }

    private void walkTheProcess() throws Exception {
        // A bilingual board's copy, so its pages are in Welsh when asked.
        TestBoard board = TestBoard.like("cwmtaf");
        TestBoard other = TestBoard.like("cwmtaf");
        String words = Typed.text("Check the “screenshots” of 3 March – £20 raffle");

        // Found: its model is deployed for the new board as for every other.
        ProcessEngine engine = bean(ProcessEngine.class);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ConformanceChecks.PROCESS_KEY).tenantIdIn(board.id()).count()).isEqualTo(1);

        String caseRef = CaseFixtures.raise(board.id(), "Gwenllïan Ŷ", Typed.text("A concern to check"));

        // Shown: its link in the officer's menu, its page, its form's refusal in plain words, then the check.
        Browser officer = CaseFixtures.signedIn(board.officer());
        Browser.Page dashboard = officer.open("officer/dashboard.xhtml");
        assertThat(dashboard.body()).contains("/conformance/checks.xhtml").contains("Conformance checks");
        Browser.Page page = officer.open("conformance/checks.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Checks raised on cases, confirmed by a senior manager.");
        Browser.Page refused = officer.submit(page, "raise", Map.of("caseReference", caseRef, "words", " "),
                "raiseCheck");
        assertThat(refused.body()).contains("Say what to check.");
        Browser.Page raised = officer.submit(officer.open("conformance/checks.xhtml"), "raise",
                Map.of("caseReference", caseRef, "words", words), "raiseCheck");
        Matcher made = RAISED.matcher(raised.body());
        assertThat(made.find()).as(raised.body()).isTrue();
        String check = made.group(1);

        // Numbered in its own series, from the board's prefix.
        String prefix = caseRef.substring(0, caseRef.indexOf('-'));
        assertThat(check).isEqualTo(prefix + "-CK-" + LocalDate.now(UK).getYear() + "-0001");
        // Its steps followed: the check took the step its process entered.
        ConformanceCheck held = as(board.officer(), () -> bean(ConformanceChecks.class).read(check));
        assertThat(held.status()).isEqualTo(ConformanceCheck.Status.AWAITING_CONFIRMATION);
        assertThat(held.words()).isEqualTo(words);

        // Its panel on the case page, in English and in Welsh, with its timeline entry worded by its own bundle.
        Browser.Page casePage = officer.open("officer/case.xhtml?ref=" + caseRef + "&lang=en");
        assertThat(casePage.body()).contains("id=\"case-conformance\"").contains("Conformance checks on this case")
                .contains(check).contains("Awaiting a senior’s confirmation").contains("Conformance check raised");
        Browser.Page welsh = officer.open("officer/case.xhtml?ref=" + caseRef + "&lang=cy");
        assertThat(welsh.body()).contains("Gwiriadau cydymffurfio ar yr achos hwn")
                .contains("Gwiriad cydymffurfio wedi’i godi");
        officer.open("officer/case.xhtml?ref=" + caseRef + "&lang=en");

        // Its lines in the member's chronology (a core page), worded and linked by its own registration.
        Long memberId = as(board.officer(), () -> bean(CaseLookup.class).toRead(caseRef).subjectPersonId());
        Browser.Page chronology = officer.open("officer/chronology.xhtml?id=" + memberId + "&lang=en");
        assertThat(chronology.body()).contains("data-kind=\"CONFORMANCE_CHECK\"").contains(check)
                .contains("The board’s conformance checks");

        // What it does when the core acts: the case's triage notes the check waiting, in the same transaction.
        CaseFixtures.triage(board.id(), caseRef, false);

        // Its path: closed to a member and an HR partner (403), and to nobody signed in (the sign-in).
        for (String role : List.of("member", "hr")) {
            assertThat(CaseFixtures.signedIn(board.person(role)).openOnce("conformance/checks.xhtml").status())
                    .as(role).isEqualTo(403);
        }
        Browser.Page anonymous = new Browser(CaseFixtures.base()).open("conformance/checks.xhtml");
        assertThat(anonymous.body()).contains("id=\"login\"").doesNotContain(check);

        // Its task on the senior's dashboard, opening its page; the senior confirms.
        Browser senior = CaseFixtures.signedIn(board.person("senior"));
        assertThat(senior.open("officer/dashboard.xhtml").body()).contains("/conformance/checks.xhtml");
        Browser.Page listed = senior.open("conformance/checks.xhtml");
        assertThat(listed.body()).contains(check).contains("id=\"checks\"");
        as(board.person("senior"), () -> bean(ConformanceChecks.class).confirm(check));
        assertThat(as(board.officer(), () -> bean(ConformanceChecks.class).read(check)).status())
                .isEqualTo(ConformanceCheck.Status.CONFIRMED);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn(board.id())
                .processDefinitionKey(ConformanceChecks.PROCESS_KEY).count()).as("its process ended").isZero();

        // Another board sees and touches none of it.
        Browser.Page theirs = CaseFixtures.signedIn(other.officer()).open("conformance/checks.xhtml");
        assertThat(theirs.body()).doesNotContain(check).contains("No checks yet.");
        assertThatThrownBy(() -> as(other.person("senior"), () -> bean(ConformanceChecks.class).confirm(check)))
                .isInstanceOf(NotFoundException.class);

        // Audited: its entries on the case's timeline, in the board's chain, which still verifies.
        long caseId = as(board.officer(), () -> bean(CaseLookup.class).toRead(caseRef).id());
        List<String> actions = as(board.officer(), () -> bean(TimelineService.class).forCase(caseId)).stream()
                .map(TimelineEntry::action).toList();
        assertThat(actions).contains("Conformance check raised", "Conformance check noted at triage",
                "Conformance check confirmed");
        assertThat(as(board.admin(), () -> bean(TimelineService.class).verify()).intact()).isTrue();
        // Its reads recorded, worded on the administrator's page of reads.
        List<ReadLine> readsOfCase = as(board.admin(), () -> bean(ReadAudit.class).ofCase(caseRef));
        assertThat(readsOfCase).anyMatch(line -> line.what() == ConformanceReading.CONFORMANCE_CHECK_VIEWED);
        Browser admin = CaseFixtures.signedIn(board.admin());
        Browser.Page readsPage = admin.submit(admin.open("admin/reads.xhtml?lang=en"), "byCase",
                Map.of("caseReference", caseRef), "show");
        assertThat(readsPage.body()).contains("Conformance check viewed");
        assertThat(admin.open("admin/reads.csv?case=" + caseRef).body()).contains("Conformance check viewed");

        // Mailed: the officer told of the confirmation, the outbox reading its kind back.
        SentNotice told = as(board.officer(), () -> bean(Outbox.class).aboutCase(caseRef)).stream()
                .filter(n -> n.kind().equals(ConformanceNotice.CONFORMANCE_CHECK_CONFIRMED.name())).findFirst()
                .orElseThrow();
        assertThat(told.subject()).contains(check);
        assertThat(bean(KnownNotices.class).byName(told.kind())).isSameAs(ConformanceNotice.CONFORMANCE_CHECK_CONFIRMED);

        // Gathered: the member's subject access answer holds its part, headed in its own words.
        String email = board.person("member") + "@demo.example.org";
        String sar = as(board.officer(), () -> bean(SubjectAccessRequests.class).record(new SubjectAccessRequestDetails(
                "Gwenllïan Ŷ", "Gwenllïan Ŷ", email, LocalDate.now(UK), "Ceri Jones", "Passport seen")));
        as(board.officer(), () -> bean(SubjectAccessRequests.class).answer(sar));
        Map<String, byte[]> files = unzip(as(board.officer(), () -> bean(SubjectAccessRequests.class).export(sar)));
        assertThat(new String(files.get(sar + ".json"), StandardCharsets.UTF_8)).contains("\"conformanceChecks\"")
                .contains(check);
        assertThat(pdfText(files.get(sar + ".pdf"))).contains("Conformance checks about you").contains(check)
                .contains("What was checked");

        // Reported: its table in the board's annual report, after the others of its section.
        ReportPeriod year = ReportPeriod.financialYearOf(LocalDate.now(UK));
        ReportTable table = as(board.person("senior"), () -> bean(AnnualReportService.class).report(year))
                .table("other.conformanceChecks");
        assertThat(table.rows()).extracting(row -> row.label().key())
                .containsExactly("row.conformance.confirmed", "row.conformance.waiting");
        assertThat(table.total().current().value()).isEqualTo(1);
        String report = pdfText(as(board.person("senior"), () -> bean(AnnualReportService.class).pdf(year)));
        assertThat(report).contains("Conformance checks").contains("Gwiriadau cydymffurfio")
                .contains("Awaiting confirmation");

        settledAtTriageByItsOwnOutcome(board, officer);

        // Retained: kept a year, then removed by the nightly run, which says so on the case's timeline.
        LocalDate later = LocalDate.now(UK).plusYears(1).plusDays(1);
        CallerContext.runAs(Caller.system(board.id()), () -> bean(RetentionPurge.class).removeDue(later));
        assertThatThrownBy(() -> as(board.officer(), () -> bean(ConformanceChecks.class).read(check)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(board.officer(), () -> bean(TimelineService.class).forCase(caseId)).stream()
                .map(TimelineEntry::action)).contains("Conformance check removed");
        assertThat(as(board.officer(), () -> bean(ConformanceChecks.class).highestNumber(prefix + "-CK", 2000)))
                .isZero();
    }

    /** The process lives in the tests only: no main file of any module names it. */
    @Test
    @RunAsClient
    void noMainFileNamesTheProcess() throws IOException {
        for (String module : List.of("ejb", "web", "workflows", "ear")) {
            Path main = Path.of("..", module, "src", "main");
            if (!Files.isDirectory(main)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(main)) {
                List<Path> naming = files.filter(Files::isRegularFile).filter(f -> {
                    try {
                        return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).toLowerCase()
                                .contains("conformance");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
                assertThat(naming).as(module + "/src/main naming the conformance process").isEmpty();
            }
        }
    }

    /**
     * Its outcome of triage: listed after the core's, chosen at triage, the case closed at once with its own reason
     * (the model's one branch for every process's outcome), worded on the case page in English and Welsh, the member
     * who reported it told in its words, counted in the annual report by decision and by closure reason.
     */
    private void settledAtTriageByItsOwnOutcome(TestBoard board, Browser officer) throws Exception {
        KnownTriageOutcomes outcomes = bean(KnownTriageOutcomes.class);
        assertThat(outcomes.decisionNames()).isEqualTo(
                "NO_FURTHER_ACTION, ADVICE_ONLY, INVESTIGATE, CONFORMANCE_SETTLED, LOW_LEVEL_CONCERN");
        Long organisation = CaseFixtures.caller(board.person("member")).organisationId();
        String ref = as(board.officer(), () -> bean(CaseService.class).raiseConcern(new NewConcern("Gwenllïan Ŷ",
                organisation, CaseSource.SELF_REPORT,
                Typed.text("I reported my own “raffle” post of 3 March"), board.person("member"))).reference());

        // Offered on the triage form; chosen through the service, the case closes with its reason.
        Browser.Page triagePage = officer.open("officer/case.xhtml?ref=" + ref + "&lang=en");
        assertThat(triagePage.body()).contains("value=\"CONFORMANCE_SETTLED\"").contains("Settled by a conformance check");
        // Listed by the API's description among the decisions a triage may take, after the core's.
        String description = new Browser(CaseFixtures.base()).open("api/openapi.json").body();
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(description))) {
            assertThat(reader.readObject().getValue("/components/schemas/Triage/properties/decision/enum").asJsonArray()
                    .getValuesAs(jakarta.json.JsonString::getString)).containsExactly("NO_FURTHER_ACTION", "ADVICE_ONLY",
                    "INVESTIGATE", "CONFORMANCE_SETTLED", "LOW_LEVEL_CONCERN");
        }
        as(board.officer(), () -> bean(TriageService.class).recordTriage(ref, new TriageInput(false, null, false, null,
                false, null, false, outcomes.decision("CONFORMANCE_SETTLED"), "Settled by the board’s check.")));
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.CLOSED);
        assertThat(as(board.officer(), () -> bean(CaseLookup.class).toRead(ref)).closure().reason().name())
                .isEqualTo("CONFORMANCE_SETTLED");

        // Its words on the case page and its timeline, in English and in Welsh.
        Browser.Page english = officer.open("officer/case.xhtml?ref=" + ref + "&lang=en");
        assertThat(english.body()).contains("Settled by a conformance check at triage")
                .contains("Settled by a conformance check (concerns");
        Browser.Page welsh = officer.open("officer/case.xhtml?ref=" + ref + "&lang=cy");
        assertThat(welsh.body()).contains("Wedi’i setlo gan wiriad cydymffurfio wrth frysbennu");
        officer.open("officer/case.xhtml?ref=" + ref + "&lang=en");

        // The member who reported it is told, in its words.
        Waiting.waitingFor("the member's e-mail in its words").atMost(Duration.ofSeconds(30)).until(() -> as(board.officer(),
                () -> bean(Outbox.class).aboutCase(ref)).stream().anyMatch(n -> n.body() != null
                        && n.body().contains("settled the concern by a conformance check")));

        // Counted in the annual report by decision and by closure reason.
        ReportPeriod period = ReportPeriod.financialYearOf(LocalDate.now(UK));
        AnnualReport report = as(board.person("senior"), () -> bean(AnnualReportService.class).report(period));
        assertThat(report.table("triage.decision").rows()).anySatisfy(row -> {
            assertThat(row.label().key()).isEqualTo("TriageDecision.CONFORMANCE_SETTLED");
            assertThat(row.current().value()).isEqualTo(1);
        });
        assertThat(report.table("results.closure").rows()).anySatisfy(row -> {
            assertThat(row.label().key()).isEqualTo("ClosureReason.CONFORMANCE_SETTLED");
            assertThat(row.current().value()).isEqualTo(1);
        });
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

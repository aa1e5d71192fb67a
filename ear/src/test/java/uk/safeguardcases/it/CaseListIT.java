package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.cases.CaseFilter;
import uk.safeguardcases.application.cases.CaseNext;
import uk.safeguardcases.application.cases.CasePage;
import uk.safeguardcases.application.cases.CaseSearch;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSort;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.dashboard.DashboardService;
import uk.safeguardcases.application.dashboard.Deadline;
import uk.safeguardcases.application.cases.DeadlineKind;
import uk.safeguardcases.application.dashboard.StepCount;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.TriageDecision;

/**
 * The officer's case list, its CSV export and the dashboard, on the real server: cases are written straight
 * into the tables (as many and as varied as each test needs), then read through the search service and
 * over HTTP as a signed-in officer would.
 */
@ExtendWith(ArquillianExtension.class)
class CaseListIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern ROW_REFERENCE = Pattern.compile("class=\"case-ref\">([^<]+)</a>");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(CaseListIT.class, Browser.class, Browser.Page.class);
    }

    @Inject
    private CaseSearch search;

    @Inject
    private uk.safeguardcases.application.cases.BoardCounts boardCounts;

    @Inject
    private DashboardService dashboard;

    @Inject
    private CaseService cases;

    @Inject
    private TriageService triage;

    @Inject
    private BoardService boards;

    @Inject
    private PeopleDirectory people;

    @Inject
    private ProcessEngine engine;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Test
    void theListShowsOnlyTheCallersBoardAPageAtATimeWithTheRightTotal() throws Exception {
        String token = token();
        List<String> chscb = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            chscb.add(insertCase(new Row("chscb", token, i, "Paging member " + i)).reference());
        }
        for (int i = 0; i < 5; i++) {
            insertCase(new Row("nscb", token, i, "Paging member " + i));
        }

        Browser officer = signedIn("chscb.officer");
        Browser.Page first = officer.open("officer/cases.xhtml?ref=" + token);
        assertEquals(200, first.status(), first.body());
        assertTrue(first.body().contains("30 cases match"), first.body());
        List<String> pageOne = references(first.body());
        assertEquals(25, pageOne.size());
        Browser.Page second = officer.open("officer/cases.xhtml?ref=" + token + "&page=2");
        List<String> pageTwo = references(second.body());
        assertEquals(5, pageTwo.size(), second.body());
        assertTrue(pageOne.stream().noneMatch(pageTwo::contains), "page 2 differs from page 1");
        assertEquals(Set.copyOf(chscb), union(pageOne, pageTwo), "the two pages hold the board's 30 cases");
        Browser.Page fifty = officer.open("officer/cases.xhtml?ref=" + token + "&size=50");
        assertEquals(30, references(fifty.body()).size());
        assertFalse(first.body().contains("NSCB-"), "no case of another board");

        CasePage nscbPage = CallerContext.runAs(caller("nscb.officer"),
                () -> search.page(filter(token), CaseSort.newestFirst(), 0, 100));
        assertEquals(5, nscbPage.total());
        assertTrue(nscbPage.rows().stream().allMatch(c -> c.reference().startsWith("NSCB-")));
        Browser other = signedIn("nscb.officer");
        Browser.Page otherList = other.open("officer/cases.xhtml?ref=" + token);
        assertTrue(otherList.body().contains("5 cases match"), otherList.body());
        assertTrue(references(otherList.body()).stream().allMatch(r -> r.startsWith("NSCB-")));
    }

    @Test
    void theListSortsByReferenceAndByRaisedDateBothWaysInTheDatabase() throws Exception {
        String token = token();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // Raised dates run the other way from the references, so the two orders differ.
            rows.add(insertCase(new Row("chscb", token, i, "Sort member " + i)
                    .raisedAt(Instant.parse("2025-06-01T10:00:00Z").minus(i, ChronoUnit.DAYS))));
        }
        List<String> byReference = rows.stream().map(Row::reference).sorted().toList();
        List<String> byRaised = rows.stream().sorted(Comparator.comparing(Row::raisedAt)).map(Row::reference).toList();
        Caller officer = caller("chscb.officer");

        assertEquals(byReference, referencesOf(officer, token, new CaseSort(CaseSort.Column.REFERENCE, true)));
        assertEquals(reversed(byReference), referencesOf(officer, token, new CaseSort(CaseSort.Column.REFERENCE, false)));
        assertEquals(byRaised, referencesOf(officer, token, new CaseSort(CaseSort.Column.RAISED, true)));
        assertEquals(reversed(byRaised), referencesOf(officer, token, CaseSort.newestFirst()));

        Browser browser = signedIn("chscb.officer");
        assertEquals(byReference, references(browser.open("officer/cases.xhtml?ref=" + token + "&sort=reference&dir=asc").body()));
        assertEquals(reversed(byReference), references(browser.open("officer/cases.xhtml?ref=" + token + "&sort=reference&dir=desc").body()));
        assertEquals(byRaised, references(browser.open("officer/cases.xhtml?ref=" + token + "&sort=raised&dir=asc").body()));
        assertEquals(reversed(byRaised), references(browser.open("officer/cases.xhtml?ref=" + token).body()));
    }

    @Test
    void theListSortsByOrganisationBothWaysPageByPage() throws Exception {
        String token = token();
        List<Long> organisations = ids("parent_organisation", "chscb").subList(0, 3);
        Map<Long, String> names = new java.util.HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select id, name from parent_organisation where tenant_id = 'chscb'");
                ResultSet found = select.executeQuery()) {
            while (found.next()) {
                names.put(found.getLong(1), found.getString(2));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(insertCase(new Row("chscb", token, i, "Org sort " + i)
                    .organisation(organisations.get(i % 3))
                    .raisedAt(Instant.parse("2025-06-01T10:00:00Z").minus((i * 7) % 10, ChronoUnit.DAYS))));
        }
        List<String> ascending = rows.stream().sorted(Comparator.comparing((Row r) -> names.get(r.organisationId()))
                        .thenComparing((Row r) -> r.raisedAt()).thenComparing((Row r) -> ids.get(r.reference())))
                .map(Row::reference).toList();
        Caller officer = caller("chscb.officer");
        for (boolean up : List.of(true, false)) {
            CaseSort sort = new CaseSort(CaseSort.Column.ORGANISATION, up);
            List<String> paged = new ArrayList<>();
            for (int first = 0; first < 10; first += 3) {
                int from = first;
                paged.addAll(CallerContext.runAs(officer, () -> search.rows(filter(token), sort, from, 3)).stream()
                        .map(CaseSummary::reference).toList());
            }
            assertEquals(up ? ascending : reversed(ascending), paged, "by organisation, three a page, "
                    + (up ? "A to Z" : "Z to A"));
            assertEquals(paged, referencesOf(officer, token, sort), "the same in one page");
        }
    }

    @Test
    void eachFilterNarrowsTheListToTheMatchingCases() throws Exception {
        String token = token();
        List<Long> organisations = ids("parent_organisation", "chscb");
        List<Long> clauses = ids("policy_clause", "chscb");
        Row plain = insertCase(new Row("chscb", token, 0, "Alex Plain"));
        Row member = insertCase(new Row("chscb", token, 1, "Bryony Quill-Stevens"));
        Row organisation = insertCase(new Row("chscb", token, 2, "Cai Other").organisation(organisations.get(2)));
        Row step = insertCase(new Row("chscb", token, 3, "Dee Step").status(CaseStatus.VERIFYING_REMOVAL));
        Row clause = insertCase(new Row("chscb", token, 4, "Eli Clause").clause(clauses.get(3)));
        Row source = insertCase(new Row("chscb", token, 5, "Fay Source").source(CaseSource.PRESS_ENQUIRY));
        // Last day of March 2025 at 23:30 in the UK (British Summer Time): inside the range.
        Row lastDay = insertCase(new Row("chscb", token, 6, "Gus Date")
                .raisedAt(LocalDateTime.parse("2025-03-31T23:30").atZone(UK).toInstant()));
        // 00:30 on 1 April in the UK, still 31 March in UTC: outside the range.
        insertCase(new Row("chscb", token, 7, "Hal Date")
                .raisedAt(LocalDateTime.parse("2025-04-01T00:30").atZone(UK).toInstant()));
        Row firstDay = insertCase(new Row("chscb", token, 8, "Ida Date")
                .raisedAt(LocalDateTime.parse("2025-03-01T00:00").atZone(UK).toInstant()));
        insertCase(new Row("nscb", token, 0, "Bryony Quill-Stevens").source(CaseSource.PRESS_ENQUIRY));
        Caller officer = caller("chscb.officer");

        assertEquals(Set.of(member.reference()), matching(officer, new CaseFilter(token, "quill-STEV", null, null,
                null, null, null, null)));
        assertEquals(Set.of(organisation.reference()), matching(officer, new CaseFilter(token, null,
                organisations.get(2), null, null, null, null, null)));
        assertEquals(Set.of(step.reference()), matching(officer, new CaseFilter(token, null, null,
                CaseStatus.VERIFYING_REMOVAL, null, null, null, null)));
        assertEquals(Set.of(clause.reference()), matching(officer, new CaseFilter(token, null, null, null,
                clauses.get(3), null, null, null)));
        assertEquals(Set.of(source.reference()), matching(officer, new CaseFilter(token, null, null, null, null,
                CaseSource.PRESS_ENQUIRY, null, null)));
        assertEquals(Set.of(firstDay.reference(), lastDay.reference()), matching(officer, new CaseFilter(token, null,
                null, null, null, null, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"))));
        assertEquals(Set.of(plain.reference()), matching(officer, new CaseFilter(plain.reference(), null, null, null,
                null, null, null, null)));
        assertEquals(Set.of(), matching(officer, new CaseFilter(token, "%", null, null, null, null, null, null)),
                "a % in the name is a character, not a wildcard");

        Browser browser = signedIn("chscb.officer");
        assertEquals(Set.of(member.reference()), Set.copyOf(references(browser.open(
                "officer/cases.xhtml?ref=" + token + "&member=quill").body())));
        assertEquals(Set.of(organisation.reference()), Set.copyOf(references(browser.open(
                "officer/cases.xhtml?ref=" + token + "&org=" + organisations.get(2)).body())));
        assertEquals(Set.of(step.reference()), Set.copyOf(references(browser.open(
                "officer/cases.xhtml?ref=" + token + "&step=VERIFYING_REMOVAL").body())));
        assertEquals(Set.of(clause.reference()), Set.copyOf(references(browser.open(
                "officer/cases.xhtml?ref=" + token + "&clause=" + clauses.get(3)).body())));
        assertEquals(Set.of(source.reference()), Set.copyOf(references(browser.open(
                "officer/cases.xhtml?ref=" + token + "&source=PRESS_ENQUIRY").body())));
        Browser.Page dated = browser.open("officer/cases.xhtml?ref=" + token + "&from=2025-03-01&to=2025-03-31");
        assertEquals(Set.of(firstDay.reference(), lastDay.reference()), Set.copyOf(references(dated.body())));
        assertTrue(dated.body().contains("value=\"2025-03-01\""), "the filter is shown as entered");
        Browser.Page nonsense = browser.open("officer/cases.xhtml?ref=" + token + "&step=NOT_A_STEP&from=yesterday");
        assertEquals(200, nonsense.status());
        assertEquals(9, references(nonsense.body()).size(), "a filter value that makes no sense is ignored");
    }

    @Test
    void theCsvExportHoldsExactlyTheFilteredSetEscapedAndSafeForSpreadsheets() throws Exception {
        String token = token();
        List<String> names = List.of("Smith, Jo", "Jo \"JJ\" Jones", "Line\nBreak", "=HYPERLINK(\"http://x\")",
                "+44 7700", "-1+1", "@SUM(A1)", "Plain Name");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            expected.add(insertCase(new Row("chscb", token, i, names.get(i)).source(CaseSource.PRESS_ENQUIRY))
                    .reference());
        }
        for (int i = names.size(); i < 130; i++) {
            expected.add(insertCase(new Row("chscb", token, i, "Bulk member " + i).source(CaseSource.PRESS_ENQUIRY))
                    .reference());
        }
        insertCase(new Row("chscb", token, 900, "Not a press case").source(CaseSource.MONITORING));
        String nscb = insertCase(new Row("nscb", token, 0, "Other board member").source(CaseSource.PRESS_ENQUIRY))
                .reference();

        Browser officer = signedIn("chscb.officer");
        Browser.Page list = officer.open("officer/cases.xhtml?ref=" + token + "&source=PRESS_ENQUIRY");
        Matcher link = Pattern.compile("id=\"csv-export\" href=\"([^\"]+)\"").matcher(list.body());
        assertTrue(link.find(), list.body());
        String href = link.group(1).replace("&amp;", "&");
        assertTrue(href.contains("source=PRESS_ENQUIRY") && href.contains("ref=" + token), href);

        Browser.Page csv = officer.open(href.substring(1));
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<List<String>> records = parseCsv(csv.body().replace("\uFEFF", ""));
        assertEquals(List.of("Reference", "Member", "Parent organisation", "Source", "Step", "Raised (UK time)",
                "Raised by"), records.get(0));
        List<List<String>> data = records.subList(1, records.size());
        assertEquals(130, data.size(), "every matching case, not only the first page");
        assertEquals(Set.copyOf(expected), data.stream().map(r -> r.get(0)).collect(Collectors.toSet()));
        assertFalse(csv.body().contains(nscb), "never another board's case");
        Map<String, String> memberByReference = data.stream().collect(Collectors.toMap(r -> r.get(0), r -> r.get(1)));
        assertEquals("Smith, Jo", memberByReference.get(expected.get(0)));
        assertEquals("Jo \"JJ\" Jones", memberByReference.get(expected.get(1)));
        assertEquals("Line\nBreak", memberByReference.get(expected.get(2)));
        assertEquals("'=HYPERLINK(\"http://x\")", memberByReference.get(expected.get(3)));
        assertEquals("'+44 7700", memberByReference.get(expected.get(4)));
        assertEquals("'-1+1", memberByReference.get(expected.get(5)));
        assertEquals("'@SUM(A1)", memberByReference.get(expected.get(6)));
        assertEquals("Plain Name", memberByReference.get(expected.get(7)));
        assertTrue(csv.body().contains("\"Smith, Jo\""), "a comma is quoted");
        assertTrue(data.stream().allMatch(r -> r.get(3).equals("Press enquiry") && r.size() == 7));
        assertTrue(data.stream().allMatch(r -> r.get(5).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}")),
                "raised in UK local time as pages show it: " + data.get(0));
        assertTrue(data.stream().noneMatch(r -> r.get(6).matches("[a-z]+\\.[a-z]+\\d?") || r.get(4).matches("[A-Z_]+")),
                "a person's name and the step's words, never a login or a code: " + data.get(0));

        Browser other = signedIn("nscb.officer");
        Browser.Page otherCsv = other.open("officer/cases.csv?ref=" + token);
        List<List<String>> otherRecords = parseCsv(otherCsv.body().replace("\uFEFF", ""));
        assertEquals(List.of(nscb), otherRecords.subList(1, otherRecords.size()).stream().map(r -> r.get(0)).toList(),
                "another board's export holds its own case only");
    }

    @Test
    void theDashboardCountsOpenCasesByStepAndListsDeadlinesPassedAndComing() throws Exception {
        String token = token();
        Caller officer = caller("chscb.officer");
        Map<CaseStatus, Long> before = countsByStep(officer);
        for (int i = 0; i < 3; i++) {
            insertCase(new Row("chscb", token, i, "Step member " + i).status(CaseStatus.AWAITING_COOPERATION));
        }
        insertCase(new Row("chscb", token, 3, "Closed member").status(CaseStatus.CLOSED));
        insertCase(new Row("nscb", token, 0, "Other board step").status(CaseStatus.AWAITING_COOPERATION));
        Row removalOverdue = insertCase(new Row("chscb", token, 10, "Removal Overdue").status(CaseStatus.AWAITING_REMOVAL));
        Row removalAnswered = insertCase(new Row("chscb", token, 11, "Removal Answered").status(CaseStatus.VERIFYING_REMOVAL));
        Row referralSoon = insertCase(new Row("chscb", token, 12, "Referral Soon").status(CaseStatus.REFERRED_TO_HR));
        Row cooperationLater = insertCase(new Row("chscb", token, 13, "Cooperation Later").status(CaseStatus.AWAITING_COOPERATION));
        Row otherBoard = insertCase(new Row("nscb", token, 10, "Other Board Overdue").status(CaseStatus.AWAITING_REMOVAL));
        Instant now = Instant.now();
        insertRequest(removalOverdue, "REMOVAL", now.minus(2, ChronoUnit.DAYS), null);
        insertRequest(removalAnswered, "REMOVAL", now.minus(2, ChronoUnit.DAYS), "REMOVED");
        insertRequest(cooperationLater, "COOPERATION", now.plus(20, ChronoUnit.DAYS), null);
        insertRequest(otherBoard, "REMOVAL", now.minus(1, ChronoUnit.DAYS), null);
        insertReferral(referralSoon, now.plus(1, ChronoUnit.DAYS));

        Long organisation = CallerContext.runAs(officer, () -> boards.organisations()).get(0).id();
        CaseSummary lado = CallerContext.runAs(officer, () -> cases.raiseConcern(new NewConcern("Lado Subject " + token,
                organisation, CaseSource.COLLEAGUE_REPORT, "A concern meeting the harm threshold.")));
        CallerContext.runAs(officer, () -> triage.recordTriage(lado.reference(), new TriageInput(false, null, false,
                null, false, null, true, TriageDecision.INVESTIGATE, "Harm threshold met.")));
        Instant ladoDue = ((java.util.Date) engine.getRuntimeService().getVariable(engine.getRuntimeService()
                .createProcessInstanceQuery().processInstanceBusinessKey(lado.reference()).singleResult().getId(),
                InvestigationProcess.LADO_DUE)).toInstant();

        Map<CaseStatus, Long> after = countsByStep(officer);
        assertEquals(before.getOrDefault(CaseStatus.AWAITING_COOPERATION, 0L) + 4,
                after.get(CaseStatus.AWAITING_COOPERATION), "three cases at the step, and the co-operation one");
        assertFalse(after.containsKey(CaseStatus.CLOSED), "closed cases are not open");

        List<Deadline> deadlines = CallerContext.runAs(officer, () -> dashboard.deadlines());
        Map<String, Deadline> byReference = deadlines.stream()
                .collect(Collectors.toMap(Deadline::caseReference, d -> d, (a, b) -> a));
        assertTrue(byReference.get(removalOverdue.reference()).overdue());
        assertEquals(DeadlineKind.REMOVAL, byReference.get(removalOverdue.reference()).kind());
        assertFalse(byReference.get(referralSoon.reference()).overdue());
        assertEquals(DeadlineKind.HR_ACKNOWLEDGEMENT, byReference.get(referralSoon.reference()).kind());
        assertFalse(byReference.containsKey(removalAnswered.reference()), "an answered request has no deadline left");
        assertFalse(byReference.containsKey(cooperationLater.reference()), "a deadline weeks away is not due soon");
        assertFalse(byReference.containsKey(otherBoard.reference()), "another board's deadline");
        if (ladoDue.isBefore(Instant.now().plus(DashboardService.DUE_SOON))) {
            assertEquals(DeadlineKind.LADO_REFERRAL, byReference.get(lado.reference()).kind());
            assertEquals(ladoDue, byReference.get(lado.reference()).due());
        }

        Browser browser = signedIn("chscb.officer");
        Browser.Page page = browser.open("officer/dashboard.xhtml");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("data-step=\"AWAITING_COOPERATION\">"
                + after.get(CaseStatus.AWAITING_COOPERATION) + "<"), page.body());
        String overdue = section(page.body(), "id=\"overdue\"");
        assertTrue(overdue.contains("officer/case.xhtml?ref=" + removalOverdue.reference()), overdue);
        assertTrue(overdue.contains("Content removal by the member"));
        assertFalse(overdue.contains(otherBoard.reference()));
        String dueSoon = section(page.body(), "id=\"due-soon\"");
        assertTrue(dueSoon.contains("officer/case.xhtml?ref=" + referralSoon.reference()), dueSoon);
        assertTrue(dueSoon.contains("HR acknowledgement of the referral"));
        assertTrue(section(page.body(), "id=\"my-tasks\"").contains(lado.reference()), "the LADO referral is my task");
        assertTrue(page.body().contains("id=\"per-month\""), "cases per month as a table as well as a chart");
        assertTrue(page.body().contains("id=\"per-clause\""), "cases per clause as a table as well as a chart");
        assertTrue(page.body().contains("role=\"img\" aria-label=\"Bar chart of the cases raised"), page.body());
        assertTrue(page.body().contains("\"type\":\"bar\""), "the charts' Chart.js configuration");
        assertFalse(page.body().contains("<script>"), "no script without the CSP nonce");
    }

    @Test
    void theCountIsKeptUntilTheBoardRecordsSomething() throws Exception {
        String token = token();
        Caller officer = caller("chscb.officer");
        Long organisation = ids("parent_organisation", "chscb").get(0);
        CaseFilter named = new CaseFilter(null, "Ŵyn “Count” " + token, null, null, null, null, null, null, null);
        CallerContext.runAs(officer, () -> cases.raiseConcern(new NewConcern("Ŵyn “Count” " + token + " – un",
                organisation, CaseSource.MANUAL, "A concern – counted.")));
        assertEquals(1, CallerContext.runAs(officer, () -> search.count(named)));

        // A row written behind the product's back moves no chain: the count taken stands (the rows are read afresh).
        insertCase(new Row("chscb", token, 0, "Ŵyn “Count” " + token + " – dau"), false);
        assertEquals(1, CallerContext.runAs(officer, () -> search.count(named)), "kept: the board recorded nothing");
        assertEquals(2, CallerContext.runAs(officer, () -> search.rows(named, CaseSort.newestFirst(), 0, 25)).size(),
                "the page itself is read afresh");

        // Anything the product records moves the board's chain, and the count is taken again.
        CallerContext.runAs(officer, () -> cases.raiseConcern(new NewConcern("Ŵyn “Count” " + token + " – tri",
                organisation, CaseSource.MANUAL, "Another concern – counted.")));
        assertEquals(3, CallerContext.runAs(officer, () -> search.count(named)));
        CasePage page = CallerContext.runAs(officer, () -> search.page(named, CaseSort.newestFirst(), 0, 25));
        assertEquals(3, page.total());
        assertEquals(3, page.rows().size());

        // Another board's count is its own.
        assertEquals(0, CallerContext.runAs(caller("nscb.officer"), () -> search.count(named)));
    }

    @Test
    void theListSaysWhatIsDueNextAndWhoHasItAndFindsWordsInTheConcern() throws Exception {
        String token = token();
        Row removal = insertCase(new Row("chscb", token, 0, "Jac Removal"));
        insertRequest(removal, "REMOVAL", Instant.now().plus(2, ChronoUnit.DAYS), null);
        Row late = insertCase(new Row("chscb", token, 1, "Kit Late"));
        insertRequest(late, "REMOVAL", Instant.now().minus(1, ChronoUnit.DAYS), null);
        insertReferral(late, Instant.now().plus(1, ChronoUnit.DAYS));
        Row answered = insertCase(new Row("chscb", token, 2, "Lyn Answered"));
        insertRequest(answered, "REMOVAL", Instant.now().plus(3, ChronoUnit.DAYS), "REMOVED");
        String concern = "Llun o’r Ŵyl – “plant” ar Instagram, £5 😀";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update safeguarding_case set summary = ? where id = ?")) {
            update.setString(1, concern);
            update.setLong(2, ids.get(removal.reference()));
            assertEquals(1, update.executeUpdate());
        }
        boardCounts.forget();
        Caller officer = caller("chscb.officer");
        List<Long> caseIds = List.of(ids.get(removal.reference()), ids.get(late.reference()),
                ids.get(answered.reference()));

        Map<Long, CaseNext> next = CallerContext.runAs(officer, () -> search.nextFor(caseIds));
        assertEquals(DeadlineKind.REMOVAL, next.get(caseIds.get(0)).deadlineKind());
        assertFalse(next.get(caseIds.get(0)).overdue());
        assertEquals(DeadlineKind.REMOVAL, next.get(caseIds.get(1)).deadlineKind(),
                "the nearest of the removal (passed) and the HR acknowledgement");
        assertTrue(next.get(caseIds.get(1)).overdue());
        assertFalse(next.containsKey(caseIds.get(2)), "an answered request has no running deadline");
        assertTrue(CallerContext.runAs(caller("nscb.officer"), () -> search.nextFor(caseIds)).isEmpty(),
                "another board learns nothing of these cases");

        assertEquals(Set.of(removal.reference()), matching(officer, new CaseFilter(token, null, null, null, null,
                null, null, null, "ŵyl – “PLANT”")), "words of the concern, any case, exactly as typed");
        assertEquals(Set.of(), matching(officer, new CaseFilter(token, null, null, null, null, null, null, null,
                "%")), "a % is a character");

        Browser browser = signedIn("chscb.officer");
        Browser.Page found = browser.open("officer/cases.xhtml?ref=" + token + "&concern="
                + java.net.URLEncoder.encode("“plant”", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of(removal.reference()), references(found.body()));
        assertTrue(found.body().contains("value=\"“plant”\""), "the words are shown as typed");
        Browser.Page all = browser.open("officer/cases.xhtml?ref=" + token);
        assertTrue(all.body().contains("Next deadline") && all.body().contains("Content removal by the member"),
                all.body());
        assertTrue(all.body().contains("(overdue)"), "the passed deadline is marked");

        CaseSummary raised = CallerContext.runAs(officer, () -> cases.raiseConcern(new NewConcern("Mai Newydd",
                ids("parent_organisation", "chscb").get(0), CaseSource.MANUAL, "A new concern.")));
        Browser.Page fresh = browser.open("officer/cases.xhtml?ref=" + raised.reference());
        assertTrue(fresh.body().contains("not taken yet"), "triage waits for an officer to take it: " + fresh.body());
    }

    @Test
    void otherRolesAreRefusedTheDashboardTheListAndTheExport() {
        for (String user : List.of("chscb.member", "chscb.hr", "chscb.admin")) {
            Browser browser = signedIn(user);
            for (String path : List.of("officer/dashboard.xhtml", "officer/cases.xhtml", "officer/cases.csv",
                    "officer/raise.xhtml")) {
                Browser.Page refused = browser.open(path);
                assertEquals(403, refused.status(), user + " " + path);
                assertFalse(refused.body().contains("case-ref"), user + " " + path);
            }
        }
        Browser stranger = new Browser(base());
        Browser.Page csv = stranger.open("officer/cases.csv");
        assertTrue(csv.uri().endsWith("/login.xhtml") || csv.status() == 401 || csv.status() == 403, csv.uri());
        assertFalse(csv.body().contains("Reference,Member"));
        Browser senior = signedIn("chscb.senior");
        assertEquals(200, senior.open("officer/dashboard.xhtml").status());
        assertEquals(200, senior.open("officer/cases.csv").status());
    }

    // ---- data, written straight into the tables ----

    /** A case to insert; the reference carries the test's token, so each test finds its own cases. */
    private record Row(String board, String token, int n, String subject, Long organisationId, CaseSource source,
            CaseStatus status, Instant raisedAt, Long clauseId, String reference) {

        Row(String board, String token, int n, String subject) {
            this(board, token, n, subject, null, CaseSource.PUBLIC_COMPLAINT, CaseStatus.GATHERING_EVIDENCE,
                    Instant.parse("2025-09-01T09:00:00Z").plus(n, ChronoUnit.MINUTES), null,
                    prefix(board) + "-" + token + "-" + String.format("%03d", n));
        }

        Row organisation(Long id) {
            return new Row(board, token, n, subject, id, source, status, raisedAt, clauseId, reference);
        }

        Row source(CaseSource value) {
            return new Row(board, token, n, subject, organisationId, value, status, raisedAt, clauseId, reference);
        }

        Row status(CaseStatus value) {
            return new Row(board, token, n, subject, organisationId, source, value, raisedAt, clauseId, reference);
        }

        Row raisedAt(Instant value) {
            return new Row(board, token, n, subject, organisationId, source, status, value, clauseId, reference);
        }

        Row clause(Long value) {
            return new Row(board, token, n, subject, organisationId, source, status, raisedAt, value, reference);
        }
    }

    private final Map<String, Long> ids = new java.util.concurrent.ConcurrentHashMap<>();

    private Row insertCase(Row row) throws SQLException {
        return insertCase(row, true);
    }

    private Row insertCase(Row row, boolean forgetCounts) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Long organisation = row.organisationId() != null ? row.organisationId()
                    : ids(connection, "parent_organisation", row.board()).get(0);
            long id;
            try (PreparedStatement insert = connection.prepareStatement("insert into safeguarding_case (tenant_id,"
                    + " reference, subject_name, organisation_id, source, summary, status, raised_by, raised_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, row.board());
                insert.setString(2, row.reference());
                insert.setString(3, row.subject());
                insert.setLong(4, organisation);
                insert.setString(5, row.source().name());
                insert.setString(6, "Case list test");
                insert.setString(7, row.status().name());
                insert.setString(8, row.board() + ".officer");
                insert.setObject(9, OffsetDateTime.ofInstant(row.raisedAt(), ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            if (row.clauseId() != null) {
                try (PreparedStatement insert = connection.prepareStatement("insert into allegation (tenant_id,"
                        + " case_id, clause_id, category, severity, particulars, recorded_by, recorded_at)"
                        + " values (?, ?, ?, 'OTHER', 'LOW', 'Case list test', 'test', current_timestamp)")) {
                    insert.setString(1, row.board());
                    insert.setLong(2, id);
                    insert.setLong(3, row.clauseId());
                    insert.executeUpdate();
                }
            }
            ids.put(row.reference(), id);
        }
        if (forgetCounts) {
            // Written behind the product's back, moving no chain: no count kept may stand on what was there before.
            boardCounts.forget();
        }
        return row;
    }

    private void insertRequest(Row row, String kind, Instant deadline, String response) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into member_request (tenant_id,"
                        + " case_id, kind, sent_at, deadline, response) values (?, ?, ?, current_timestamp, ?, ?)")) {
            insert.setString(1, row.board());
            insert.setLong(2, ids.get(row.reference()));
            insert.setString(3, kind);
            insert.setObject(4, OffsetDateTime.ofInstant(deadline, ZoneOffset.UTC));
            insert.setString(5, response);
            insert.executeUpdate();
        }
    }

    private void insertReferral(Row row, Instant acknowledgementDue) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into referral (tenant_id, case_id,"
                        + " organisation_id, kind, approved_by, sent_at, acknowledgement_due) select tenant_id, id,"
                        + " organisation_id, 'DISCIPLINARY_REFERRAL', 'chscb.senior', current_timestamp, ?"
                        + " from safeguarding_case where id = ?")) {
            insert.setObject(1, OffsetDateTime.ofInstant(acknowledgementDue, ZoneOffset.UTC));
            insert.setLong(2, ids.get(row.reference()));
            assertEquals(1, insert.executeUpdate());
        }
    }

    private List<Long> ids(String table, String board) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return ids(connection, table, board);
        }
    }

    private static List<Long> ids(Connection connection, String table, String board) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id from " + table + " where tenant_id = ? order by id")) {
            select.setString(1, board);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    // ---- reading ----

    private Caller caller(String username) {
        return people.callerFor(username).orElseThrow();
    }

    private Map<CaseStatus, Long> countsByStep(Caller caller) {
        return CallerContext.runAs(caller, () -> dashboard.openCasesByStep()).stream()
                .collect(Collectors.toMap(StepCount::step, StepCount::cases));
    }

    private List<String> referencesOf(Caller caller, String token, CaseSort sort) {
        return CallerContext.runAs(caller, () -> search.rows(filter(token), sort, 0, 100)).stream()
                .map(CaseSummary::reference).toList();
    }

    private Set<String> matching(Caller caller, CaseFilter filter) {
        CasePage page = CallerContext.runAs(caller, () -> search.page(filter, CaseSort.newestFirst(), 0, 100));
        Set<String> references = page.rows().stream().map(CaseSummary::reference).collect(Collectors.toSet());
        assertEquals(page.total(), references.size(), "the total counts the same cases");
        return references;
    }

    private static CaseFilter filter(String token) {
        return new CaseFilter(token, null, null, null, null, null, null, null);
    }

    private static URI base() {
        return URI.create("http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/");
    }

    private static Browser signedIn(String username) {
        Browser browser = new Browser(base());
        Browser.Page landed = browser.signIn(username, PASSWORD);
        assertEquals(200, landed.status(), landed.body());
        return browser;
    }

    private static List<String> references(String body) {
        List<String> references = new ArrayList<>();
        Matcher matcher = ROW_REFERENCE.matcher(body);
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
        return references;
    }

    private static String section(String body, String tableMarker) {
        int start = body.indexOf(tableMarker);
        assertTrue(start >= 0, "no " + tableMarker + " in " + body);
        return body.substring(start, body.indexOf("</table>", start));
    }

    private static Set<String> union(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    private static List<String> reversed(List<String> list) {
        return IntStream.range(0, list.size()).mapToObj(i -> list.get(list.size() - 1 - i)).toList();
    }

    private static String token() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private static String prefix(String board) {
        return switch (board) {
            case "chscb" -> "CHSCB";
            case "nscb" -> "NSCB";
            case "cwmtaf" -> "CTSB";
            default -> "LSCB";
        };
    }

    /** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r') {
                continue;
            } else if (ch == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}

package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.CaseFixtures.signedIn;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.administration.BoardSettings;
import uk.safeguardcases.application.api.ApiKeyService;
import uk.safeguardcases.application.api.NewApiKey;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * Every page and download of the case work and of board administration, asked for by another board's people
 * (the product's 404, nothing shown, nothing changed) and by people of the wrong role (the product's 403).
 * Cases are made inside the server through the services; the pages are then asked for over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class CrossBoardPagesIT {

    private static final String NOT_FOUND = "Page not found";
    private static final String FORBIDDEN = "You cannot open this page";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(CrossBoardPagesIT.class);
    }

    @Test
    void anotherBoardsOfficerFindsNeitherTheEvidenceFileNorTheDiagramNorTheCasePage() {
        String ref = CaseFixtures.raise("chscb", "Ffion Files", "A post with a photograph of a family.");
        EvidenceView file = CaseFixtures.capturePng("chscb", ref, "family.png", false);

        Browser own = signedIn("chscb.officer");
        HttpResponse<byte[]> ownFile = own.download("officer/evidence-file?ref=" + ref + "&id=" + file.id());
        assertThat(ownFile.statusCode()).as("the board's own officer downloads it").isEqualTo(200);
        assertThat(ownFile.body()).isEqualTo(CaseFixtures.PNG);
        HttpResponse<byte[]> ownDiagram = own.download("officer/case-diagram?ref=" + ref);
        assertThat(ownDiagram.statusCode()).isEqualTo(200);
        assertThat(text(ownDiagram)).contains("breach-investigation");

        String nscbRef = CaseFixtures.raise("nscb", "Nia Northern", "A concern on the other board.");
        Browser other = signedIn("nscb.officer");
        for (String path : List.of("officer/evidence-file?ref=" + ref + "&id=" + file.id(),
                "officer/evidence-file?ref=" + nscbRef + "&id=" + file.id(),
                "officer/case-diagram?ref=" + ref, "officer/case.xhtml?ref=" + ref)) {
            HttpResponse<byte[]> answer = other.download(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(text(answer)).as(path).contains(NOT_FOUND).contains("class=\"masthead\"")
                    .doesNotContain("Ffion Files").doesNotContain("breach-investigation");
        }
    }

    /**
     * Issue 62: the hosting operator sees every board's health and nothing of a board's records: not the case page,
     * the evidence file, the diagram, the people, the API; their own page names no case and no person.
     */
    @Test
    void theHostingOperatorSeesEachBoardsHealthButNoCaseFilePersonOrDocument() {
        String ref = CaseFixtures.raise("chscb", "Osian Operator-Proof", "A post the operator must never see.");
        EvidenceView file = CaseFixtures.capturePng("chscb", ref, "operator.png", true);
        Browser operator = Operators.signedIn();
        for (String path : List.of("officer/evidence-file?ref=" + ref + "&id=" + file.id(),
                "officer/case-diagram?ref=" + ref, "officer/case.xhtml?ref=" + ref, "officer/cases.xhtml",
                "officer/case-report?ref=" + ref, "admin/people.xhtml", "portal/evidence-file?ref=" + ref + "&id="
                        + file.id(), "api/cases/" + ref, "api/cases")) {
            HttpResponse<byte[]> answer = operator.download(path);
            assertThat(answer.statusCode()).as(path).isNotEqualTo(200).isLessThan(500);
            assertThat(text(answer)).as(path).doesNotContain("Osian Operator-Proof").doesNotContain("Olivia Okafor");
        }
        String health = operator.open("operator/boards.xhtml").body();
        assertThat(health).contains("board-chscb", "board-nscb", "board-cwmtaf", "board-lscb")
                .doesNotContain("Osian Operator-Proof", ref, "Olivia Okafor", "operator.png");
    }

    @Test
    void peopleWithoutACaseWorkRoleAreRefusedTheCasePagesTasksDiagramAndFiles() {
        String ref = CaseFixtures.raise("chscb", "Rhys Roles", "A concern for the role checks.");
        EvidenceView file = CaseFixtures.capturePng("chscb", ref, "roles.png", true);
        for (String username : List.of("chscb.member", "chscb.hr", "chscb.admin")) {
            Browser browser = signedIn(username);
            for (String path : List.of("officer/case.xhtml?ref=" + ref, "senior/work.xhtml",
                    "officer/case-diagram?ref=" + ref, "officer/evidence-file?ref=" + ref + "&id=" + file.id())) {
                HttpResponse<byte[]> answer = browser.download(path);
                assertThat(answer.statusCode()).as(username + " " + path).isEqualTo(403);
                assertThat(text(answer)).as(username + " " + path).contains(FORBIDDEN).contains("class=\"masthead\"")
                        .doesNotContain("Rhys Roles").doesNotContain("breach-investigation");
            }
        }
    }

    @Test
    void onlyTheBoardAdministratorOpensTheApiKeysPage() {
        for (String username : List.of("chscb.officer", "chscb.senior", "chscb.hr", "chscb.member")) {
            Browser.Page page = signedIn(username).open("admin/api-keys.xhtml");
            assertThat(page.status()).as(username).isEqualTo(403);
            assertThat(page.body()).as(username).contains(FORBIDDEN).doesNotContain("Make a new key");
        }
        assertThat(signedIn("chscb.admin").open("admin/api-keys.xhtml").body()).contains("Make a new key");
    }

    @Test
    void aSeniorsTaskListHasOnlyTheirOwnBoardsTasks() {
        String ref = CaseFixtures.raise("chscb", "Tomos Tasks", "A concern waiting for a senior.");
        CaseFixtures.triage("chscb", ref, false);
        assertThat(signedIn("chscb.senior").open("senior/work.xhtml").body())
                .as("the board's senior has the authorisation task").contains(ref);
        Browser.Page other = signedIn("nscb.senior").open("senior/work.xhtml");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).doesNotContain(ref).doesNotContain("CHSCB-");
        assertThat(signedIn("nscb.officer").open("officer/dashboard.xhtml").body()).doesNotContain(ref);
    }

    @Test
    void aCaseFormPostedWithAnotherBoardsReferenceInItsAddressIsNotFoundAndChangesNothing() {
        String theirs = CaseFixtures.raise("chscb", "Siân Swapped", "The case someone tries to reach.");
        String mine = CaseFixtures.raise("nscb", "Ned Own", "The officer's own case.");
        Browser officer = signedIn("nscb.officer");
        Browser.Page page = officer.open("officer/case.xhtml?ref=" + mine);
        assertThat(page.body()).contains("Triage the concern");

        Browser.Page swapped = new Browser.Page(page.status(), page.uri().replace(mine, theirs), page.body(),
                page.contentType());
        Browser.Page answer = officer.submit(swapped, "triage", Map.of("decision", "NO_FURTHER_ACTION",
                "note", "Trying another board's case."), "record");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains(NOT_FOUND).doesNotContain("Siân Swapped");

        assertThat(CaseFixtures.stepOf("chscb", theirs)).as("the other board's case").isEqualTo(CaseStatus.AWAITING_TRIAGE);
        assertThat(CaseFixtures.stepOf("nscb", mine)).as("the officer's own case").isEqualTo(CaseStatus.AWAITING_TRIAGE);
        List<TimelineLine> timeline = as("chscb.officer", () -> bean(CaseService.class).timelineOf(theirs));
        assertThat(timeline).extracting(TimelineLine::action).containsExactly("Concern raised");
    }

    @Test
    void aConcernNamingAnotherBoardsOrganisationIsRefusedOnThePageAndInTheServiceAndNothingIsRaised() {
        Long chscbOrganisation = as("chscb.officer", () -> bean(BoardService.class).organisations()).get(0).id();
        Browser officer = signedIn("nscb.officer");
        Browser.Page form = officer.open("officer/raise.xhtml");
        Browser.Page refused = officer.submit(form, "concern", Map.of("subjectName", "Olwen Otherboard",
                "organisationId", String.valueOf(chscbOrganisation), "source", "PUBLIC_COMPLAINT",
                "summary", "Naming an organisation of another board."), "raise");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.uri()).endsWith("/officer/raise.xhtml");
        assertThat(refused.body()).contains("Choose one of the options offered.").doesNotContain("Validation Error");

        InvalidInputException service = assertThrows(InvalidInputException.class, () -> as("nscb.officer",
                () -> bean(CaseService.class).raiseConcern(new NewConcern("Olwen Otherboard", chscbOrganisation,
                        CaseSource.PUBLIC_COMPLAINT, "Naming an organisation of another board."))));
        assertThat(service.fieldMessages()).containsEntry("organisationId", "Choose the member's parent organisation.");
        for (String board : List.of("nscb", "chscb")) {
            assertThat(as(board + ".officer", () -> bean(CaseService.class).boardCases()))
                    .noneMatch(c -> c.subjectName().equals("Olwen Otherboard"));
        }
    }

    @Test
    void eachBoardAdministratorSeesOnlyTheirOwnBoardsSetUpChangesClosureDaysKeysAndOrganisations() {
        TestBoard board = TestBoard.like("chscb");
        LocalDate day = LocalDate.now().plusDays(200);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        LocalDate closed = day;
        as(board.admin(), () -> bean(BoardSettings.class).addClosureDay(closed, "Own-board-only office closure"));
        NewApiKey key = as(board.admin(), () -> bean(ApiKeyService.class).create("Own-board-only monitoring tool"));
        Long ownOrganisation = as(board.officer(), () -> bean(BoardService.class).organisations()).get(0).id();
        Browser own = signedIn(board.admin());
        assertThat(own.open("admin/board.xhtml").body()).contains("Own-board-only office closure")
                .contains("Own-board-only monitoring tool");
        assertThat(own.open("admin/settings.xhtml").body()).contains("Own-board-only office closure");
        assertThat(own.open("admin/api-keys.xhtml").body()).contains("Own-board-only monitoring tool");

        Browser other = signedIn("nscb.admin");
        for (String page : List.of("admin/board.xhtml", "admin/settings.xhtml", "admin/api-keys.xhtml",
                "admin/organisations.xhtml", "admin/people.xhtml")) {
            Browser.Page shown = other.open(page);
            assertThat(shown.status()).as(page).isEqualTo(200);
            assertThat(shown.body()).as(page).contains("Northumberland")
                    .doesNotContain("Own-board-only office closure").doesNotContain("Own-board-only monitoring tool")
                    .doesNotContain(key.view().keyPrefix()).doesNotContain(board.id() + ".")
                    .doesNotContain("chscb.");
        }
        Browser.Page organisation = other.open("admin/organisations.xhtml?edit=" + ownOrganisation);
        assertThat(organisation.status()).isEqualTo(404);
        assertThat(organisation.body()).contains(NOT_FOUND);
    }

    @Test
    void theDashboardCountsOnlyTheBoardsOwnCasesInItsFiguresAndCharts() {
        Browser nscb = signedIn("nscb.officer");
        Browser chscb = signedIn("chscb.officer");
        Map<String, String> nscbBefore = figures(nscb.open("officer/dashboard.xhtml").body());
        String chscbBefore = chscb.open("officer/dashboard.xhtml").body();
        String firstClause = as("chscb.officer", () -> bean(BoardService.class).clauses()).get(0).reference();

        for (int i = 0; i < 2; i++) {
            String ref = CaseFixtures.raise("chscb", "Dafydd Dashboard " + i, "A concern counted on one board only.");
            CaseFixtures.allege("chscb", ref, "Counted once, on its own board.");
        }

        String chscbAfter = chscb.open("officer/dashboard.xhtml").body();
        assertThat(count(chscbAfter, "AWAITING_TRIAGE")).isEqualTo(count(chscbBefore, "AWAITING_TRIAGE") + 2);
        assertThat(clauseCount(chscbAfter, firstClause)).isEqualTo(clauseCount(chscbBefore, firstClause) + 2);
        assertThat(figures(nscb.open("officer/dashboard.xhtml").body()))
                .as("another board's figures, tables and chart data are untouched").isEqualTo(nscbBefore);
    }

    /** Every figure of the dashboard: steps, months, clauses and the charts' data. */
    private static Map<String, String> figures(String dashboard) {
        Map<String, String> figures = new LinkedHashMap<>();
        Matcher step = Pattern.compile("data-step=\"([A-Z_]+)\">(\\d+)<").matcher(dashboard);
        while (step.find()) {
            figures.put("step " + step.group(1), step.group(2));
        }
        for (String table : List.of("per-month", "per-clause")) {
            Matcher rows = Pattern.compile("<table id=\"" + table + "\".*?</table>", Pattern.DOTALL).matcher(dashboard);
            assertThat(rows.find()).as(table).isTrue();
            figures.put(table, rows.group().replaceAll("\\s+", " "));
        }
        Matcher charts = Pattern.compile("\"data\":\\[[0-9,]*\\]").matcher(dashboard);
        int n = 0;
        while (charts.find()) {
            figures.put("chart " + n++, charts.group());
        }
        return figures;
    }

    private static long count(String dashboard, String step) {
        Matcher m = Pattern.compile("data-step=\"" + step + "\">(\\d+)<").matcher(dashboard);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static long clauseCount(String dashboard, String reference) {
        Matcher m = Pattern.compile(">" + Pattern.quote(reference)
                + "</a>\\s*<span class=\"clause-words\">[^<]*</span></th>\\s*<td class=\"number\">(\\d+)</td>")
                .matcher(dashboard);
        assertThat(m.find()).as("clause " + reference + " in the table").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}

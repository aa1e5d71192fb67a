package uk.safeguardcases.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.admin.AccountPages;
import uk.safeguardcases.web.declaration.DeclarationPages;
import uk.safeguardcases.web.official.OfficialAccountPages;
import uk.safeguardcases.web.annualreport.AnnualReportPages;
import uk.safeguardcases.web.officer.InvestigationPanels;
import uk.safeguardcases.web.officer.SubjectAccessPages;
import uk.safeguardcases.web.publicconcern.PublicConcernPages;
import uk.safeguardcases.web.search.SearchPages;

/** The processes' pages, links and bundles put together: the same pages and menus the product had by hand. */
class ContributionsTest {

    private static Contributions registered() {
        Contributions contributions = new Contributions();
        contributions.collect(List.of(new SearchPages(), new Workspaces(), new OfficialAccountPages(),
                new DeclarationPages(), new SubjectAccessPages(), new AccountPages()));
        return contributions;
    }

    @Test
    void eachTaskIsDoneOnItsProcesssPageAndAnyOtherOnTheCasesPage() {
        Contributions contributions = registered();
        assertThat(contributions.taskPage("decide-official-account")).isEqualTo("/senior/official-account.xhtml");
        assertThat(contributions.taskPage("answer-official-account-consultation"))
                .isEqualTo("/portal/official-account.xhtml");
        for (String search : List.of("authorise-child-search", "search-and-log", "record-search-outcome")) {
            assertThat(contributions.taskPage(search)).as(search).isEqualTo("/officer/search.xhtml");
        }
        assertThat(contributions.taskPage("answer-subject-access-request"))
                .isEqualTo("/officer/subject-access-request.xhtml");
        assertThat(contributions.taskPage("triage")).isEqualTo("/officer/case.xhtml");
        assertThat(contributions.taskPage("agree-finding")).isEqualTo("/officer/case.xhtml");
    }

    @Test
    void theMenusListTheLinksInTheirOrderWhoeverRegisteredThem() {
        Contributions contributions = registered();
        assertThat(contributions.links(ProcessPages.Menu.WORKSPACES)).extracting(ProcessPages.Link::path)
                .containsExactly("/officer/dashboard.xhtml", "/officer/cases.xhtml", "/officer/raise.xhtml",
                        "/senior/work.xhtml", "/officer/subject-access.xhtml", "/senior/official-accounts.xhtml",
                        "/officer/searches.xhtml", "/hr/referrals.xhtml", "/portal/requests.xhtml",
                        "/admin/board.xhtml", "/senior/stuck-work.xhtml");
        assertThat(contributions.links(ProcessPages.Menu.WORKSPACES).stream()
                .filter(link -> link.roles().contains(Role.ADMIN))).extracting(ProcessPages.Link::label)
                .containsExactly("nav.admin", "nav.stuckWork");
        assertThat(contributions.links(ProcessPages.Menu.WORKSPACES).stream()
                .filter(link -> link.roles().contains(Role.HR))).extracting(ProcessPages.Link::label)
                .containsExactly("nav.referrals");
        assertThat(contributions.links(ProcessPages.Menu.ADMIN)).extracting(l -> l.bundle() + ":" + l.label())
                .containsExactly("admin:nav.overview", "admin:nav.organisations", "admin:nav.people",
                        "admin:nav.clauses", "declarations:admin.nav", "admin:nav.privacy", "admin:nav.settings",
                        "accounts:nav.accounts", "accounts:nav.signIn", "accounts:nav.import", "accounts:nav.reads",
                        "admin:apikeys.nav", "searches:nav");
        assertThat(contributions.links(ProcessPages.Menu.PORTAL)).extracting(ProcessPages.Link::path)
                .containsExactly("/portal/requests.xhtml", "/portal/history.xhtml", "/portal/self-report.xhtml",
                        "/portal/declaration.xhtml", "/portal/privacy.xhtml", "/portal/official-accounts.xhtml");
        assertThat(Shell.NavLink.of(contributions.links(ProcessPages.Menu.ADMIN).get(0)))
                .satisfies(link -> assertThat(link.getOutcome()).isEqualTo("/admin/board"))
                .satisfies(link -> assertThat(link.getName()).isEqualTo("board"));
    }

    @Test
    void everyBundleIsReadByItsOldName() {
        assertThat(registered().bundlesByVar()).isEqualTo(Map.of("msg", "shell", "officerMsg", "officer",
                "hrMsg", "hr", "portalMsg", "portal", "adminMsg", "admin", "accountsMsg", "accounts",
                "declarationsMsg", "declarations", "searchesMsg", "searches", "officialMsg", "official"));
    }

    @Test
    void twoProcessesCannotClaimOneTaskOrOneBundle() {
        ProcessPages anotherSearch = new ProcessPages() {
            @Override
            public Map<String, String> taskPages() {
                return Map.of("search-and-log", "/officer/elsewhere.xhtml");
            }
        };
        assertThatThrownBy(() -> new Contributions().collect(List.of(new SearchPages(), anotherSearch)))
                .hasMessageContaining("search-and-log");
        ProcessPages sameBundle = new ProcessPages() {
            @Override
            public List<Bundle> bundles() {
                return List.of(new Bundle("searches", "otherMsg"));
            }
        };
        assertThatThrownBy(() -> new Contributions().collect(List.of(new SearchPages(), sameBundle)))
                .hasMessageContaining("searches");
    }

    @Test
    void aProcesssOwnWordsAreFoundInItsBundle() {
        Contributions contributions = registered();
        assertThat(contributions.bundleHaving("nav.dashboard")).isEqualTo("shell");
        assertThat(contributions.bundleHaving("admin.nav")).isEqualTo("declarations");
        assertThat(contributions.bundleHaving("rule.title")).isEqualTo("searches");
        assertThat(contributions.bundleHaving("no.such.key")).isNull();
        assertThat(contributions.bundleHaving("chronology.kind.CONCERN_RAISED")).isEqualTo("officer");
        assertThat(contributions.bundleHaving("chronology.kind.SEARCH_LOGGED")).isEqualTo("searches");
        assertThat(contributions.bundleHaving("chronology.kind.DECLARATION_SIGNED")).isEqualTo("declarations");
        assertThat(contributions.bundleHaving("chronology.open.ACCREDITED")).isEqualTo("official");
    }

    @Test
    void aPersonsChronologyLinksEachProcesssOwnPageAboutThemInTheirOrder() throws Exception {
        Contributions contributions = new Contributions();
        List<ProcessPages> every = everyRegistration();
        contributions.collect(every);
        assertThat(contributions.personLinks()).extracting(ProcessPages.PersonLink::path)
                .containsExactly("/officer/low-level.xhtml");
        for (ProcessPages process : every) {
            for (ProcessPages.PersonLink link : process.personLinks()) {
                assertThat(process.everyPage()).as("the pages of " + process.getClass().getSimpleName())
                        .contains(link.path());
            }
        }
    }

    /** Every registration in the sources, as the product's CDI finds them. */
    static List<ProcessPages> everyRegistration() throws IOException, ReflectiveOperationException {
        List<ProcessPages> all = new ArrayList<>();
        for (Class<?> type : BundlesTest.implementationsOf(ProcessPages.class, Path.of("src/main/java"))) {
            all.add((ProcessPages) type.getConstructor().newInstance());
        }
        return all;
    }

    @Test
    void theCasePageShowsEveryProcesssPanelsInTheOrderItAlwaysHad() throws Exception {
        Contributions contributions = new Contributions();
        contributions.collect(everyRegistration());
        // The panels the page always had, in their order; a process's own goes between them by its order, so a new
        // one costs this test no line.
        assertThat(contributions.casePanels()).extracting(ProcessPages.CasePanel::order).isSorted();
        assertThat(contributions.casePanels()).extracting(ProcessPages.CasePanel::id).containsSubsequence("tasks",
                "triage", "practitioner", "lado", "adult-report", "authorise", "gather-evidence", "removal-response",
                "extension", "contest", "cooperation", "verify", "outcome", "approval", "hr-waiting", "deadlines", "concern",
                "subject", "reporter", "allegations", "evidence", "trusted-time", "requests", "referrals", "redaction", "retention",
                "official-account", "diagram", "timeline");
        for (ProcessPages.CasePanel panel : contributions.casePanels()) {
            assertThat(Path.of("src/main/webapp" + panel.fragment())).as(panel.id()).isRegularFile();
            assertThat(panel.fragment()).as(panel.id()).startsWith("/WEB-INF/");
        }
    }

    @Test
    void theCasePageIsAFrameThatNamesNoPanel() throws IOException {
        String page = Files.readString(Path.of("src/main/webapp/officer/case.xhtml"));
        assertThat(page).contains("contributions.casePanels()").doesNotContain("<h:form").doesNotContain("<section")
                .doesNotContain("<details");
    }

    @Test
    void twoProcessesCannotBringOnePanelOrTwoPanelsAtOneOrder() {
        ProcessPages sameId = new ProcessPages() {
            @Override
            public List<CasePanel> casePanels() {
                return List.of(new CasePanel("triage", 150, "/WEB-INF/other/triage.xhtml"));
            }
        };
        assertThatThrownBy(() -> new Contributions().collect(List.of(new InvestigationPanels(), sameId)))
                .hasMessageContaining("triage");
        ProcessPages sameOrder = new ProcessPages() {
            @Override
            public List<CasePanel> casePanels() {
                return List.of(new CasePanel("other", 1800, "/WEB-INF/other/panel.xhtml"));
            }
        };
        assertThatThrownBy(() -> new Contributions().collect(List.of(new InvestigationPanels(),
                new PublicConcernPages(), sameOrder))).hasMessageContaining("1800");
    }

    @Test
    void theAnnualReportsPathsAreForSeniorsAndAdministratorsAndNoProcessProtectsAPathTwice() throws Exception {
        Contributions contributions = new Contributions();
        contributions.collect(everyRegistration());
        // Each process's own paths are its own; the annual report's are the seniors' and administrators'.
        assertThat(contributions.protectedPaths()).contains(
                ProcessPages.ProtectedPath.of("/annual/*", Role.SENIOR, Role.ADMIN));
        assertThat(contributions.protectedPaths()).extracting(ProcessPages.ProtectedPath::pattern)
                .filteredOn(pattern -> pattern.startsWith("/annual")).containsExactly("/annual/*");
        ProcessPages again = new ProcessPages() {
            @Override
            public List<ProtectedPath> protectedPaths() {
                return List.of(ProtectedPath.of("/annual/*", Role.OFFICER));
            }
        };
        assertThatThrownBy(() -> new Contributions().collect(List.of(new AnnualReportPages(), again)))
                .hasMessageContaining("/annual/*");
    }

    @Test
    void theConcernsPagesAreThePublicOnesAndNoTwoProcessesOpenOnePrefix() throws Exception {
        Contributions contributions = new Contributions();
        contributions.collect(everyRegistration());
        // The concerns' pages among every process's public pages (another process brings its own prefix).
        ProcessPages.PublicPages concerns = new ProcessPages.PublicPages("/concern/", "/concern/too-large",
                java.util.Set.of("/concern/raise.xhtml", "/concern/follow-up.xhtml"));
        assertThat(contributions.publicPages()).contains(concerns);
        assertThat(contributions.publicForms()).contains("/concern/follow-up.xhtml", "/concern/raise.xhtml")
                .filteredOn(form -> form.startsWith("/concern/"))
                .containsExactly("/concern/follow-up.xhtml", "/concern/raise.xhtml");
        assertThat(concerns.holds("/concern/raise.xhtml")).isTrue();
        assertThat(concerns.holds("/concerned/raise.xhtml")).isFalse();
        ProcessPages within = new ProcessPages() {
            @Override
            public List<PublicPages> publicPages() {
                return List.of(new PublicPages("/concern/other/", "/concern/other/too-large", java.util.Set.of()));
            }
        };
        assertThatThrownBy(() -> new Contributions().collect(List.of(new PublicConcernPages(), within)))
                .hasMessageContaining("/concern/other/");
    }

    @Test
    void everyPageOfTheProductIsRegisteredByOneProcessSoTheSweepsOpenIt() throws Exception {
        List<String> registered = new ArrayList<>();
        everyRegistration().forEach(process -> registered.addAll(process.everyPage()));
        Path pages = Path.of("src/main/webapp");
        List<String> views;
        try (var files = Files.walk(pages)) {
            views = files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + pages.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
                    .filter(view -> !view.startsWith("/WEB-INF/") && !view.startsWith("/resources/")).toList();
        }
        assertThat(registered).as("each page registered by one process").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(views);
    }
}

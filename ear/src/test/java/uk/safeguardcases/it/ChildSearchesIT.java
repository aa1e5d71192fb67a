package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
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
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.ReferenceSeries;
import uk.safeguardcases.application.cases.SeriesReferences;
import uk.safeguardcases.application.search.ChildSearchRequestDetails;
import uk.safeguardcases.application.search.ChildSearchView;
import uk.safeguardcases.application.search.OutsideAuthorisationException;
import uk.safeguardcases.application.search.RegisterFilter;
import uk.safeguardcases.application.search.SearchAuthorisations;
import uk.safeguardcases.application.search.SearchLogDetails;
import uk.safeguardcases.application.search.SearchLogView;
import uk.safeguardcases.application.search.SearchLogging;
import uk.safeguardcases.application.search.SearchOutcomes;
import uk.safeguardcases.application.search.SearchProhibitedException;
import uk.safeguardcases.application.search.SearchRegister;
import uk.safeguardcases.application.search.SearchRequests;
import uk.safeguardcases.application.search.SearchRules;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.search.ChildSearchOutcome;
import uk.safeguardcases.domain.search.ChildSearchStatus;
import uk.safeguardcases.domain.search.SearchLogEntry;
import uk.safeguardcases.domain.search.SearchRuleKind;

/**
 * Searches about a child (issue 16, part 1; LSCB §3) and each board's rule on them (part 2) on the real server: an
 * officer asks, a senior who is not the requester authorises it for named platforms and a time; searches are logged
 * with their evidence's SHA-256 only within that; the authorisation expires; the outcome; the register with its CSV
 * and PDFs. A board that prohibits searching refuses to open one, quoting its clause. Another board sees and touches
 * none of it.
 */
@ExtendWith(ArquillianExtension.class)
class ChildSearchesIT {

    private static final String CONCERN = Typed.text("Posts by “Cerys” about meeting an older man from Ystradgynlais");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.inServerWith(ChildSearchesIT.class, Typed.class);
        // PDFBox reads the register's PDFs inside the server, where the test runs.
        ear.getAsType(WebArchive.class, "safeguard-web.war").addAsLibraries(jarOf(PDDocument.class),
                jarOf(RandomAccessRead.class), jarOf(TrueTypeFont.class));
        return ear;
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anAuthorisedSearchIsLoggedWithinItsScopeThenClosedAndTheRegisterShowsItsAuthorisationAndUse()
            throws Exception {
        TestBoard board = TestBoard.like("lscb");
        String officer = board.officer();
        String senior = board.person("senior");
        String ref = request(officer, EnumSet.of(Platform.INSTAGRAM, Platform.TIKTOK, Platform.X_TWITTER));
        assertThat(ref).matches("T[A-Z0-9]{6}-CS-\\d{4}-0001");

        // Nothing may be searched before it is authorised.
        assertThatThrownBy(() -> as(officer, () -> logging().logSearch(ref, log(Platform.INSTAGRAM, "x"))))
                .isInstanceOf(OutsideAuthorisationException.class).hasMessageContaining("not been authorised");

        // Four eyes: the senior's task; a senior who asked could not authorise (here: the officer is no senior).
        assertThatThrownBy(() -> as(officer, () -> authorisations().authorise(ref, "r", EnumSet.of(Platform.INSTAGRAM),
                "s", 7))).isInstanceOf(AccessRefusedException.class);
        assertThat(problems(senior, () -> authorisations().authorise(ref, " ", EnumSet.of(Platform.FACEBOOK), "", 40)))
                .containsKeys("decisionReason", "authorisedScope", "authorisedPlatforms", "days");
        String reason = Typed.text("A justifiable concern: grooming indicators");
        as(senior, () -> authorisations().authorise(ref, reason, EnumSet.of(Platform.INSTAGRAM, Platform.TIKTOK),
                Typed.text("Her public posts and comments only"), 7));

        ChildSearchView authorised = as(officer, () -> register().search(ref));
        assertThat(authorised.status()).isEqualTo(ChildSearchStatus.AUTHORISED);
        assertThat(authorised.authorisedPlatforms()).isEqualTo("Instagram, TikTok");
        assertThat(authorised.authorisedUntil()).isBetween(Instant.now().plus(7, ChronoUnit.DAYS).minusSeconds(120),
                Instant.now().plus(7, ChronoUnit.DAYS));
        assertThat(authorised.decisionReason()).isEqualTo(reason);
        assertThat(authorised.searchable()).isTrue();

        // Out of scope: a platform asked for but not authorised.
        assertThatThrownBy(() -> as(officer, () -> logging().logSearch(ref, log(Platform.X_TWITTER, "x"))))
                .isInstanceOf(OutsideAuthorisationException.class)
                .hasMessage("X / Twitter is not authorised for search " + ref + "; only Instagram, TikTok may be"
                        + " searched.");

        // A file over the domain's cap is refused by the service itself, not only by the page, and nothing is logged.
        byte[] tooLarge = new byte[SearchLogEntry.MAX_FILE_BYTES + 1];
        assertThat(problems(officer, () -> logging().logSearch(ref, new SearchLogDetails(null, Platform.INSTAGRAM,
                "@cerys_2011 public profile", "Viewed publicly, signed out", "A long screen recording", null,
                "recording.mp4", tooLarge)))).containsEntry("file", "The file must be 20 MB or smaller.");

        String captured = Typed.text("“Meet me at the bus station – don’t tell mam”");
        int first = as(officer, () -> logging().logSearch(ref, log(Platform.INSTAGRAM, captured)));
        byte[] screenshot = "PNG bytes of the public profile".getBytes(StandardCharsets.UTF_8);
        int second = as(officer, () -> logging().logSearch(ref, new SearchLogDetails(null, Platform.TIKTOK,
                "@cerys_2011 public videos opened", "Viewed publicly, signed out", "One video of concern", null,
                "video-still.png", screenshot)));
        assertThat(List.of(first, second)).containsExactly(1, 2);
        List<SearchLogView> log = as(senior, () -> register().log(ref));
        assertThat(log).extracting(SearchLogView::sha256)
                .containsExactly(ContentHash.sha256Hex(captured), ContentHash.sha256Hex(screenshot));
        assertThat(log.get(0).capturedText()).isEqualTo(captured);

        // The outcome only once the searching has ended.
        assertThatThrownBy(() -> as(officer, () -> outcomes().recordOutcome(ref, ChildSearchOutcome.CEOP, "C1", "s")))
                .hasMessageContaining("once its searching has ended");
        as(officer, () -> logging().finishSearching(ref));
        assertThatThrownBy(() -> as(officer, () -> logging().logSearch(ref, log(Platform.INSTAGRAM, "late"))))
                .isInstanceOf(OutsideAuthorisationException.class).hasMessageContaining("has finished");
        assertThat(problems(officer, () -> outcomes().recordOutcome(ref, ChildSearchOutcome.CEOP, " ", " ")))
                .containsKeys("outcomeReference", "outcomeSummary");
        String summary = Typed.text("Referred to CEOP; the school’s DSL told");
        as(officer, () -> outcomes().recordOutcome(ref, ChildSearchOutcome.CEOP, "CEOP-2026-7781", summary));

        ChildSearchView closed = as(senior, () -> register().search(ref));
        assertThat(closed.status()).isEqualTo(ChildSearchStatus.CLOSED);
        assertThat(closed.outcomeReference()).isEqualTo("CEOP-2026-7781");
        assertThat(closed.outcomeSummary()).isEqualTo(summary);
        assertThat(closed.searchesLogged()).isEqualTo(2);
        assertThat(closed.keepUntil()).isEqualTo(LocalDate.of(2011 + 25, 12, 31));
        assertThat(closed.concern()).isEqualTo(CONCERN);

        // The register, filtered, and its exports.
        assertThat(as(senior, () -> register().register(new RegisterFilter(ChildSearchStatus.CLOSED, Platform.TIKTOK,
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1))))).extracting(ChildSearchView::reference)
                .containsExactly(ref);
        assertThat(as(senior, () -> register().register(new RegisterFilter(ChildSearchStatus.AUTHORISED, null, null,
                null)))).isEmpty();
        assertThat(as(senior, () -> register().register(new RegisterFilter(null, Platform.FACEBOOK, null, null))))
                .isEmpty();

        // The CSV's words are the page's (ChildSearchesBrowserIT reads the file); its rows are the register's.
        assertThat(as(senior, () -> register().registerForExport(RegisterFilter.all())))
                .extracting(ChildSearchView::reference, ChildSearchView::agencyCaseNumber, ChildSearchView::outcome,
                        ChildSearchView::outcomeReference)
                .contains(org.assertj.core.groups.Tuple.tuple(ref, "BHCC/2026/118",
                        uk.safeguardcases.domain.search.ChildSearchOutcome.CEOP, "CEOP-2026-7781"));

        String register = pdfText(as(senior, () -> register().registerPdf(RegisterFilter.all())));
        assertThat(register).doesNotContain("Cofrestr", "Chwiliad");
        assertThat(register).contains("Register of searches about children", ref, "CHILD-0042",
                "Authorised by", "for Instagram, TikTok", "2 searches logged", "Referred to CEOP (their reference"
                        + " CEOP-2026-7781)");
        String logPdf = pdfText(as(officer, () -> register().logPdf(ref)));
        assertThat(logPdf).contains("Search about a child: " + ref, "Justifiable concern",
                "open methods available legally to any member of the public", "@cerys_2011 public videos opened",
                "video-still.png", ContentHash.sha256Hex(screenshot).substring(0, 32), "was closed by the officer");

        assertThat(actions(board)).contains("Search about a child requested", "Search about a child authorised",
                "Search logged", "Search window ended", "Search about a child closed", "Search register exported");
    }

    @Test
    void anExpiredAuthorisationEndsTheWindowAndAFurtherSearchIsRefused() throws Exception {
        TestBoard board = TestBoard.like("lscb");
        String officer = board.officer();
        String ref = request(officer, EnumSet.of(Platform.FACEBOOK));
        as(board.person("senior"), () -> authorisations().authorise(ref, "Concern", EnumSet.of(Platform.FACEBOOK),
                "Public posts", 1));
        as(officer, () -> logging().logSearch(ref, log(Platform.FACEBOOK, "before it expired")));

        ProcessEngine engine = bean(ProcessEngine.class);
        long searchId = ((Number) engine.getRuntimeService().getVariable(engine.getRuntimeService()
                .createProcessInstanceQuery().processInstanceBusinessKey(ref).singleResult().getId(),
                uk.safeguardcases.domain.search.ChildSearchProcess.SEARCH_ID)).longValue();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(1, ChronoUnit.DAYS).plus(5, ChronoUnit.MINUTES)));
        runDueJobs(ref, () -> as(officer, () -> register().search(ref)).status()
                == ChildSearchStatus.AWAITING_OUTCOME, "the authorisation's expiry");
        // A job runs at least once: the expiry run again (as a retried job would) changes nothing.
        Instant ended = as(officer, () -> register().search(ref)).windowEndedAt();
        CallerContext.runAs(Caller.system(board.id()), () -> logging().authorisationExpired(searchId));
        assertThat(as(officer, () -> register().search(ref)).windowEndedAt()).isEqualTo(ended);
        assertThat(actions(board)).filteredOn("Search window ended"::equals).hasSize(1);

        ChildSearchView expired = as(officer, () -> register().search(ref));
        assertThat(expired.windowExpired()).isTrue();
        assertThat(expired.searchable()).isFalse();
        assertThatThrownBy(() -> as(officer, () -> logging().logSearch(ref, log(Platform.FACEBOOK, "after"))))
                .isInstanceOf(OutsideAuthorisationException.class)
                .hasMessageStartingWith("The authorisation of search " + ref + " expired on ")
                .hasMessageEndingWith(": no further search may be made or logged.");
        assertThat(as(officer, () -> register().log(ref))).hasSize(1);

        as(officer, () -> outcomes().recordOutcome(ref, ChildSearchOutcome.NO_CONCERN, null, "Nothing of concern"));
        assertThat(as(officer, () -> register().search(ref)).status()).isEqualTo(ChildSearchStatus.CLOSED);
        assertThat(pdfText(as(officer, () -> register().logPdf(ref)))).contains("expired", "No concern");
    }

    @Test
    void aSearchIsNeverAuthorisedOrRefusedByWhoAskedAndARefusalEndsIt() {
        TestBoard board = TestBoard.like("lscb");
        String senior = board.person("senior");
        // Only another person, a senior, may decide; a refusal ends it with nothing to search.
        String ref = request(board.officer(), EnumSet.of(Platform.INSTAGRAM));
        assertThat(as(board.officer(), () -> register().search(ref)).decidable()).isFalse();
        assertThat(as(senior, () -> register().search(ref)).decidable()).isTrue();
        assertThat(problems(senior, () -> authorisations().refuse(ref, " "))).containsKey("decisionReason");
        as(senior, () -> authorisations().refuse(ref, Typed.text("No justifiable concern shown")));
        ChildSearchView refused = as(board.officer(), () -> register().search(ref));
        assertThat(refused.status()).isEqualTo(ChildSearchStatus.REFUSED);
        assertThat(refused.decisionReason()).isEqualTo(Typed.text("No justifiable concern shown"));
        assertThatThrownBy(() -> as(board.officer(), () -> logging().logSearch(ref, log(Platform.INSTAGRAM, "x"))))
                .isInstanceOf(OutsideAuthorisationException.class).hasMessageContaining("was refused");
        assertThatThrownBy(() -> as(senior, () -> authorisations().authorise(ref, "r", EnumSet.of(Platform.INSTAGRAM),
                "s", 1))).hasMessageContaining("no longer open");
    }

    @Test
    void theRequesterCannotAuthoriseTheirOwnSearch() {
        TestBoard board = TestBoard.like("lscb");
        // The officer's request, decided by a senior who is the same person: refused by the rule of four eyes.
        String ref = request(board.officer(), EnumSet.of(Platform.INSTAGRAM));
        ProcessEngine engine = bean(ProcessEngine.class);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ref).singleResult()
                .getTaskDefinitionKey()).isEqualTo("authorise-child-search");
        java.util.Set<uk.safeguardcases.domain.people.Role> both = EnumSet.of(
                uk.safeguardcases.domain.people.Role.OFFICER, uk.safeguardcases.domain.people.Role.SENIOR);
        uk.safeguardcases.application.tenancy.Caller officerAsSenior = new uk.safeguardcases.application.tenancy.Caller(
                board.officer(), "Officer", board.id(), both, null);
        assertThatThrownBy(() -> uk.safeguardcases.application.tenancy.CallerContext.runAs(officerAsSenior,
                () -> authorisations().authorise(ref, "r", EnumSet.of(Platform.INSTAGRAM), "s", 1)))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("You asked for this search: another senior manager must authorise or refuse it.");
    }

    @Test
    void aBoardThatProhibitsSearchingRefusesToOpenOneQuotingItsClause() throws Exception {
        // Cwm Taf's own rule, as seeded.
        assertThatThrownBy(() -> request("cwmtaf.officer", EnumSet.of(Platform.FACEBOOK)))
                .isInstanceOf(SearchProhibitedException.class).hasMessageContaining("PU(j)")
                .hasMessageContaining("“Not to gather information about service users from social networking /"
                        + " online sources”");
        assertThat(as("cwmtaf.admin", () -> rules().rule()).rule()).isEqualTo(SearchRuleKind.PROHIBITED);
        assertThat(as("lscb.admin", () -> rules().rule()).rule()).isEqualTo(SearchRuleKind.AUTHORISATION_REQUIRED);

        // A board's administrator sets the rule from its catalogue's clause, or from free text.
        TestBoard board = TestBoard.like("cwmtaf");
        assertThat(problems(board.admin(), () -> rules().setRule(SearchRuleKind.PROHIBITED, "ZZ(9)", null, 7, 25)))
                .containsKey("clauseReference");
        as(board.admin(), () -> rules().setRule(SearchRuleKind.PROHIBITED, "PU(j)", null, 7, 25));
        assertThatThrownBy(() -> request(board.officer(), EnumSet.of(Platform.FACEBOOK)))
                .isInstanceOf(SearchProhibitedException.class).hasMessageContaining("PU(j)")
                .hasMessageContaining("Not to gather information about service users");
        String words = Typed.text("Staff must not search for children online");
        as(board.admin(), () -> rules().setRule(SearchRuleKind.PROHIBITED, null, words, 7, 25));
        assertThatThrownBy(() -> request(board.officer(), EnumSet.of(Platform.FACEBOOK)))
                .isInstanceOf(SearchProhibitedException.class).hasMessageContaining("“" + words + "”")
                .hasMessageNotContaining("PU(j)");
        as(board.admin(), () -> rules().setRule(SearchRuleKind.AUTHORISATION_REQUIRED, null, "LSCB §3", 3, 21));
        String ref = request(board.officer(), EnumSet.of(Platform.FACEBOOK));
        assertThat(as(board.officer(), () -> register().search(ref)).keepUntil()).isEqualTo(LocalDate.of(2032, 12, 31));
        // A bilingual board's search log and register are in Welsh and English (issue 38); the concern once, as typed.
        String log = pdfText(as(board.officer(), () -> register().logPdf(ref)));
        assertThat(log).contains("Chwiliad am blentyn: " + ref + " / Search about a child: " + ref,
                "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE", "Y pryder y gellir ei gyfiawnhau / Justifiable concern",
                "Yn aros am awdurdod.", "Awaiting authorisation.", "Ni chofnodwyd chwiliad.", "No search was logged.",
                "0 chwiliad wedi’u cofnodi.", "0 searches logged.", "Posts by “Cerys” about meeting");
        assertThat(log.indexOf("Yn aros am awdurdod.")).as("Welsh first").isLessThan(log.indexOf("Awaiting authorisation."));
        assertThat(log.split("Posts by “Cerys” about meeting", -1)).as("the concern printed once").hasSize(2);
        String register = pdfText(as(board.person("senior"), () -> register().registerPdf(
                new RegisterFilter(uk.safeguardcases.domain.search.ChildSearchStatus.AWAITING_AUTHORISATION, null, null,
                        null))));
        assertThat(register).contains("Cofrestr chwiliadau am blant / Register of searches about children",
                "cyflwr Yn aros am awdurdod / state Awaiting authorisation", ref);
        assertThat(problems(board.person("senior"), () -> authorisations().authorise(ref, "r",
                EnumSet.of(Platform.FACEBOOK), "s", 4))).containsKey("days");
        assertThatThrownBy(() -> as(board.officer(), () -> rules().setRule(SearchRuleKind.PROHIBITED, null, "x",
                7, 25))).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void anotherBoardSeesAndTouchesNoneOfIt() {
        TestBoard board = TestBoard.like("lscb");
        TestBoard other = TestBoard.like("lscb");
        String ref = request(board.officer(), EnumSet.of(Platform.INSTAGRAM));
        as(board.person("senior"), () -> authorisations().authorise(ref, "Concern", EnumSet.of(Platform.INSTAGRAM), "s",
                2));

        assertThat(as(other.person("senior"), () -> register().register(RegisterFilter.all()))).isEmpty();
        assertThatThrownBy(() -> as(other.officer(), () -> register().search(ref))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.officer(), () -> register().log(ref))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.officer(), () -> logging().logSearch(ref, log(Platform.INSTAGRAM, "x"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.person("senior"), () -> authorisations().refuse(ref, "r")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.officer(), () -> register().logPdf(ref))).isInstanceOf(NotFoundException.class);
        assertThat(as(other.person("senior"), () -> register().registerForExport(RegisterFilter.all())))
                .extracting(ChildSearchView::reference).doesNotContain(ref);
        assertThat(as(board.officer(), () -> register().log(ref))).isEmpty();
        // The other board numbers its own searches from 1.
        assertThat(request(other.officer(), EnumSet.of(Platform.INSTAGRAM))).endsWith("-0001");
        // A member, an HR partner or an administrator sees no register.
        assertThatThrownBy(() -> as(board.person("member"), () -> register().register(RegisterFilter.all())))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(board.admin(), () -> register().register(RegisterFilter.all())))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theNightlyPurgeRemovesAFinishedSearchAndItsLogAfterTheChildsTwentyFifthBirthday() {
        TestBoard board = TestBoard.like("lscb");
        String closed = request(board.officer(), EnumSet.of(Platform.INSTAGRAM));
        as(board.person("senior"), () -> authorisations().authorise(closed, "Concern", EnumSet.of(Platform.INSTAGRAM),
                "s", 1));
        as(board.officer(), () -> logging().logSearch(closed, log(Platform.INSTAGRAM, "kept until 2036")));
        as(board.officer(), () -> logging().finishSearching(closed));
        as(board.officer(), () -> outcomes().recordOutcome(closed, ChildSearchOutcome.NO_CONCERN, null, "Nothing"));
        String open = request(board.officer(), EnumSet.of(Platform.INSTAGRAM));

        uk.safeguardcases.application.tenancy.Caller system =
                uk.safeguardcases.application.tenancy.Caller.system(board.id());
        assertThat(uk.safeguardcases.application.tenancy.CallerContext.runAs(system,
                () -> bean(uk.safeguardcases.application.retention.RetentionPurge.class)
                        .removeDue(LocalDate.of(2036, 12, 30)))).isZero();
        assertThat(as(board.officer(), () -> register().register(RegisterFilter.all()))).hasSize(2);

        uk.safeguardcases.application.tenancy.CallerContext.runAs(system,
                () -> bean(uk.safeguardcases.application.retention.RetentionPurge.class)
                        .removeDue(LocalDate.of(2036, 12, 31)));
        assertThat(as(board.officer(), () -> register().register(RegisterFilter.all())))
                .extracting(ChildSearchView::reference).as("a search not finished stays").containsExactly(open);
        assertThatThrownBy(() -> as(board.officer(), () -> register().log(closed)))
                .isInstanceOf(NotFoundException.class);
        assertThat(actions(board)).contains("Search about a child removed (retention)");
    }

    /**
     * Issue 44: a restore takes the searches back to a moment; the numbers given out after it (kept beside the archive)
     * are never given again. What {@code RestoredReferences} does at start-up, with the last number kept, is done here.
     */
    @Test
    void afterARestoreTheNextSearchIsNumberedPastEveryOneGivenBeforeTheDisaster() {
        TestBoard board = TestBoard.like("lscb");
        TestBoard other = TestBoard.like("lscb");
        String first = request(board.officer(), EnumSet.of(Platform.INSTAGRAM));
        assertThat(first).endsWith("-0001");
        String prefix = first.substring(0, first.indexOf("-CS-"));
        int year = Integer.parseInt(first.substring(first.indexOf("-CS-") + 4, first.indexOf("-CS-") + 8));
        SeriesReferences references = bean(SeriesReferences.class);
        ReferenceSeries series = references.byCode("CS").orElseThrow();
        assertThat(references.byCode("OA")).as("official-account requests are a series too").isPresent();
        assertThat(references.byCode("SAR")).as("subject access requests are a series too").isPresent();

        // Numbers 2 to 4 were given out, and the database restored to before them.
        String said = as(board.admin(), () -> references.continueAfterRestore(board.id(), prefix, series, year, 4));
        String base = prefix + "-CS-" + year + "-";
        assertThat(said).isEqualTo("References " + base + "0002–" + base + "0004 were issued before the restore; their"
                + " searches about a child are lost with it. The next is " + base + "0005.");
        assertThat(as(board.admin(), () -> references.continueAfterRestore(board.id(), prefix, series, year, 4)))
                .as("started again with nothing lost since").isNull();
        assertThat(request(board.officer(), EnumSet.of(Platform.TIKTOK))).isEqualTo(base + "0005");
        assertThat(request(board.officer(), EnumSet.of(Platform.TIKTOK))).isEqualTo(base + "0006");
        assertThat(as(board.admin(), () -> bean(TimelineService.class).boardEntries(50))).filteredOn(
                e -> e.action().equals("References lost with a restore")).extracting(TimelineEntry::detail)
                .containsExactly(said);
        assertThat(request(other.officer(), EnumSet.of(Platform.INSTAGRAM))).as("another board's numbers are its own")
                .endsWith("-CS-" + year + "-0001");
        assertThat(actions(other)).doesNotContain("References lost with a restore");
    }

    @Test
    void aRequestNeedsTheChildMinimallyTheConcernAndTheDeclarationOfOpenMethods() {
        TestBoard board = TestBoard.like("lscb");
        Map<String, String> problems = problems(board.officer(), () -> requests().request(new ChildSearchRequestDetails(
                " ", "", null, " ", EnumSet.noneOf(Platform.class), "", false)));
        assertThat(problems).containsOnlyKeys("childReference", "agencyCaseNumber", "childBirthYear", "concern",
                "platforms", "lookedAt", "openMethodsDeclared");
        assertThat(problems.get("openMethodsDeclared")).contains("open methods available legally to any member of"
                + " the public");
    }

    private static String request(String officer, EnumSet<Platform> platforms) {
        return as(officer, () -> requests().request(new ChildSearchRequestDetails("CHILD-0042", "BHCC/2026/118",
                2011, CONCERN, platforms, Typed.text("Her public profile, posts and comments"), true)));
    }

    private static SearchLogDetails log(Platform platform, String captured) {
        return new SearchLogDetails(null, platform, Typed.text("Public profile @cerys_2011"),
                "Searched by name, signed out, as any member of the public", Typed.text("A post arranging a meeting"),
                captured, null, null);
    }

    private static SearchRules rules() {
        return bean(SearchRules.class);
    }

    private static SearchRequests requests() {
        return bean(SearchRequests.class);
    }

    private static SearchAuthorisations authorisations() {
        return bean(SearchAuthorisations.class);
    }

    private static SearchLogging logging() {
        return bean(SearchLogging.class);
    }

    private static SearchOutcomes outcomes() {
        return bean(SearchOutcomes.class);
    }

    private static SearchRegister register() {
        return bean(SearchRegister.class);
    }

    private static List<String> actions(TestBoard board) {
        return as(board.admin(), () -> bean(TimelineService.class).boardEntries(50)).stream()
                .map(TimelineEntry::action).toList();
    }

    private static Map<String, String> problems(String person, Runnable step) {
        try {
            as(person, step);
        } catch (InvalidInputException e) {
            return e.fieldMessages();
        }
        throw new AssertionError("The input was accepted");
    }

    /** Runs the search's due jobs (the job executor may get there first) until {@code done}. */
    private static void runDueJobs(String reference, BooleanSupplier done, String what) {
        ProcessEngine engine = bean(ProcessEngine.class);
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(reference).singleResult().getId();
        Waiting.runningJobsUntil(what + " of " + reference, engine.getManagementService(),
                () -> engine.getManagementService().createJobQuery().processInstanceId(instance).executable().list(),
                done);
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

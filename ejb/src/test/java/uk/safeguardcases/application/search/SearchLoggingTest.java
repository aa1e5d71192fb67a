package uk.safeguardcases.application.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.RecordedProcesses;
import uk.safeguardcases.application.audit.RecordedTimeline;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.search.ChildSearch;
import uk.safeguardcases.domain.search.ChildSearchOutcome;
import uk.safeguardcases.domain.search.ChildSearchProcess;
import uk.safeguardcases.domain.search.ChildSearchStatus;
import uk.safeguardcases.domain.search.SearchAction;
import uk.safeguardcases.domain.search.SearchLogEntry;

/**
 * LSCB §3: "the process and its outcomes logged", and only within the authorisation: each search on a platform
 * authorised, before the authorisation ends, its evidence fixed by its SHA-256; then the outcome. Over searches kept
 * in memory, at a time the test moves on.
 */
class SearchLoggingTest {

    private static final String CAPTURED = "“See you Saturday by the bandstand x” — posted 28 Feb";

    private final SearchesFixture f = new SearchesFixture();

    @BeforeEach
    void signIn() {
        CallerContext.set(f.officer);
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    private ChildSearch stored(String reference) {
        return f.stored.byReference(reference).orElseThrow();
    }

    @Test
    void searchesAreLoggedOnlyOnThePlatformsAuthorisedAndOnlyBeforeTheAuthorisationEnds() {
        String reference = f.authorised(3, Platform.INSTAGRAM, Platform.TIKTOK);

        assertThat(f.logging.logSearch(reference, SearchesFixture.logged(Platform.INSTAGRAM, CAPTURED))).isEqualTo(1);
        f.pass(Duration.ofDays(1));
        assertThat(f.logging.logSearch(reference, SearchesFixture.logged(Platform.TIKTOK, null))).isEqualTo(2);
        assertThatThrownBy(() -> f.logging.logSearch(reference, SearchesFixture.logged(Platform.X_TWITTER, null)))
                .as("asked for, not authorised").isInstanceOf(OutsideAuthorisationException.class)
                .hasMessage("X / Twitter is not authorised for search LSCB-CS-2026-0001; only Instagram, TikTok may"
                        + " be searched.");

        f.pass(Duration.ofDays(2));
        assertThatThrownBy(() -> f.logging.logSearch(reference, SearchesFixture.logged(Platform.INSTAGRAM, null)))
                .as("three days on, before the process's timer has run")
                .isInstanceOf(OutsideAuthorisationException.class)
                .hasMessage("The authorisation of search LSCB-CS-2026-0001 expired on Thursday 5 March 2026, 10:15: no"
                        + " further search may be made or logged.");

        assertThat(f.stored.logOf(stored(reference).id())).extracting(SearchLogEntry::platform)
                .containsExactly(Platform.INSTAGRAM, Platform.TIKTOK);
        assertThat(f.timeline.actions()).containsExactly(SearchAction.CHILD_SEARCH_REQUESTED,
                SearchAction.CHILD_SEARCH_AUTHORISED, SearchAction.CHILD_SEARCH_LOGGED, SearchAction.CHILD_SEARCH_LOGGED);
    }

    @Test
    void nothingIsLoggedBeforeTheSearchIsAuthorisedNorAfterItIsRefused() {
        String waiting = f.ask(f.officer, Platform.INSTAGRAM);
        assertThatThrownBy(() -> f.logging.logSearch(waiting, SearchesFixture.logged(Platform.INSTAGRAM, null)))
                .isInstanceOf(OutsideAuthorisationException.class)
                .hasMessage("Search LSCB-CS-2026-0001 has not been authorised yet: nothing may be searched.");

        CallerContext.runAs(f.senior, () -> f.authorisations.refuse(waiting, "No justifiable concern shown"));
        assertThatThrownBy(() -> f.logging.logSearch(waiting, SearchesFixture.logged(Platform.INSTAGRAM, null)))
                .isInstanceOf(OutsideAuthorisationException.class)
                .hasMessage("Search LSCB-CS-2026-0001 was refused: nothing may be searched.");
        assertThat(f.stored.everyBoardsLog()).isEmpty();
    }

    @Test
    void theEvidenceCapturedIsFixedByItsSha256AndASearchIsNeitherBeforeItsAuthorisationNorInTheFuture() {
        String reference = f.authorised(3, Platform.INSTAGRAM);
        byte[] screenshot = "PNG of the post".getBytes(StandardCharsets.UTF_8);
        SearchLogDetails withFile = new SearchLogDetails(null, Platform.INSTAGRAM, "Public profile @cerys_2011",
                "Searched by name, signed out", "A post arranging a meeting", CAPTURED, "post.png", screenshot);

        f.logging.logSearch(reference, SearchesFixture.logged(Platform.INSTAGRAM, CAPTURED));
        f.logging.logSearch(reference, withFile);

        assertThat(f.stored.logOf(stored(reference).id())).extracting(SearchLogEntry::sha256).containsExactly(
                ContentHash.ofEvidence(null, CAPTURED, null, null), ContentHash.ofEvidence(screenshot, CAPTURED,
                        null, null));
        assertThat(f.timeline.recorded()).extracting(RecordedTimeline.Recorded::detail).last().asString()
                .endsWith("; evidence SHA-256 " + ContentHash.ofEvidence(screenshot, CAPTURED, null, null) + ".");

        SearchLogDetails before = new SearchLogDetails(SearchesFixture.NOW.minusSeconds(60), Platform.INSTAGRAM,
                "Profile", "By name", "Nothing", null, null, null);
        SearchLogDetails tomorrow = new SearchLogDetails(SearchesFixture.NOW.plus(Duration.ofDays(1)),
                Platform.INSTAGRAM, "Profile", "By name", "Nothing", null, null, null);
        assertThatThrownBy(() -> f.logging.logSearch(reference, before)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The search cannot be before it was authorised.");
        assertThatThrownBy(() -> f.logging.logSearch(reference, tomorrow))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsOnlyKeys("searchedAt"));
        assertThatThrownBy(() -> f.logging.logSearch(reference, new SearchLogDetails(null, null, "", "", "", null,
                "", screenshot))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.fieldMessages()).containsOnlyKeys("platform", "searchedFor", "method", "found", "fileName"));
        assertThat(f.stored.logOf(stored(reference).id())).hasSize(2);
    }

    @Test
    void whenTheAuthorisationExpiresTheProcessEndsTheWindowOnceAndTheOutcomeIsRecorded() {
        String reference = f.authorised(2, Platform.INSTAGRAM);
        f.logging.logSearch(reference, SearchesFixture.logged(Platform.INSTAGRAM, CAPTURED));
        long id = stored(reference).id();

        f.pass(Duration.ofDays(2));
        CallerContext.runAs(Caller.system("lscb"), () -> f.logging.authorisationExpired(id));
        CallerContext.runAs(Caller.system("lscb"), () -> f.logging.authorisationExpired(id));
        CallerContext.runAs(Caller.system("chscb"), () -> f.logging.authorisationExpired(id));

        assertThat(stored(reference).status()).isEqualTo(ChildSearchStatus.AWAITING_OUTCOME);
        assertThat(stored(reference).windowExpired()).isTrue();
        assertThat(f.timeline.actions()).as("ended once").containsOnlyOnce(SearchAction.CHILD_SEARCH_WINDOW_ENDED);
        assertThatThrownBy(() -> f.logging.finishSearching(reference)).isInstanceOf(TaskAlreadyDoneException.class);

        assertThatThrownBy(() -> f.outcomes.recordOutcome(reference, ChildSearchOutcome.CEOP, " ", "Referred"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("outcomeReference"));
        f.outcomes.recordOutcome(reference, ChildSearchOutcome.CEOP, "CEOP-2026-7781",
                "Referred to CEOP; the school’s DSL told");

        ChildSearch closed = stored(reference);
        assertThat(closed.status()).isEqualTo(ChildSearchStatus.CLOSED);
        assertThat(closed.outcomeReference()).isEqualTo("CEOP-2026-7781");
        assertThat(closed.closedBy()).isEqualTo("lscb.officer");
        assertThat(f.processes.completed).last().isEqualTo(new RecordedProcesses.Step("instance-1",
                ChildSearchProcess.OUTCOME, "lscb.officer", Map.of(ChildSearchProcess.OUTCOME_VARIABLE, "CEOP")));
        assertThat(f.timeline.recorded()).last().extracting(RecordedTimeline.Recorded::detail).isEqualTo(
                "LSCB-CS-2026-0001: closed by Ceri Jones, outcome CEOP (their reference CEOP-2026-7781).");
        assertThatThrownBy(() -> f.outcomes.recordOutcome(reference, ChildSearchOutcome.NO_CONCERN, null, "Again"))
                .as("only once").isInstanceOf(TaskAlreadyDoneException.class);
    }

    @Test
    void theOfficerFinishesSearchingBeforeItsTimeAndNothingMoreIsLogged() {
        String reference = f.authorised(7, Platform.INSTAGRAM);
        assertThatThrownBy(() -> f.outcomes.recordOutcome(reference, ChildSearchOutcome.NO_CONCERN, null, "None"))
                .as("while searching").isInstanceOf(TaskAlreadyDoneException.class)
                .hasMessage("The outcome of LSCB-CS-2026-0001 is recorded once its searching has ended, and only"
                        + " once.");

        f.pass(Duration.ofHours(3));
        f.logging.finishSearching(reference);

        assertThat(stored(reference).status()).isEqualTo(ChildSearchStatus.AWAITING_OUTCOME);
        assertThat(stored(reference).windowExpired()).isFalse();
        assertThat(f.processes.completed).extracting(RecordedProcesses.Step::step)
                .containsExactly(ChildSearchProcess.AUTHORISE, ChildSearchProcess.SEARCH);
        assertThatThrownBy(() -> f.logging.logSearch(reference, SearchesFixture.logged(Platform.INSTAGRAM, null)))
                .isInstanceOf(OutsideAuthorisationException.class)
                .hasMessage("Searching for LSCB-CS-2026-0001 has finished: no further search may be made or logged.");
        f.outcomes.recordOutcome(reference, ChildSearchOutcome.NO_CONCERN, "", "Nothing of concern found.");
        assertThat(stored(reference).outcomeReference()).isNull();
    }

    @Test
    void anotherBoardsOfficerFindsNoSearchToLog() {
        String reference = f.authorised(3, Platform.INSTAGRAM);
        CallerContext.set(f.theirOfficer);
        assertThatThrownBy(() -> f.logging.logSearch(reference, SearchesFixture.logged(Platform.INSTAGRAM, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.logging.finishSearching(reference)).isInstanceOf(NotFoundException.class);
        assertThat(f.stored.everyBoardsLog()).isEmpty();
    }
}

package uk.safeguardcases.application.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.audit.RecordedTimeline;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.search.ChildSearchStatus;
import uk.safeguardcases.domain.search.SearchAction;

/**
 * The register of the board's searches (LSCB §3: "the process and its outcomes logged"), for its officers and senior
 * managers and for inspection: filtered by state, platform and day, each search with its authorisation, its use and
 * its log, every export on the timeline; another board's never shown. Over searches kept in memory.
 */
class SearchRegisterTest {

    private final SearchesFixture f = new SearchesFixture();

    @BeforeEach
    void signIn() {
        CallerContext.set(f.officer);
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    @Test
    void theRegisterShowsTheBoardsSearchesNewestFirstFilteredByStatePlatformAndTheDayAsked() {
        String authorised = f.authorised(3, Platform.INSTAGRAM);
        f.pass(Duration.ofDays(2));
        String waiting = f.ask(f.otherOfficer, Platform.FACEBOOK);
        f.ask(f.theirOfficer, Platform.INSTAGRAM);

        assertThat(f.register.register(null)).extracting(ChildSearchView::reference)
                .containsExactly(waiting, authorised);
        assertThat(f.register.register(new RegisterFilter(ChildSearchStatus.AUTHORISED, null, null, null)))
                .extracting(ChildSearchView::reference).containsExactly(authorised);
        assertThat(f.register.register(new RegisterFilter(null, Platform.TIKTOK, null, null)))
                .as("asked for, whether authorised or not").extracting(ChildSearchView::reference)
                .containsExactly(authorised);
        LocalDate second = LocalDate.of(2026, 3, 2);
        assertThat(f.register.register(new RegisterFilter(null, null, second, second)))
                .extracting(ChildSearchView::reference).containsExactly(authorised);
        assertThat(f.register.register(new RegisterFilter(null, null, second.plusDays(1), null)))
                .extracting(ChildSearchView::reference).containsExactly(waiting);

        CallerContext.set(f.theirOfficer);
        assertThat(f.register.register(null)).extracting(ChildSearchView::reference)
                .containsExactly("CHSCB-CS-2026-0001");
        assertThatThrownBy(() -> f.register.search(authorised)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.register.log(authorised)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSearchShowsWhoDecidedItsUseAndWhatTheReaderMayDoWithIt() {
        String authorised = f.authorised(3, Platform.INSTAGRAM, Platform.TIKTOK);
        f.logging.logSearch(authorised, SearchesFixture.logged(Platform.TIKTOK, null));
        String waiting = f.ask(f.otherSenior, Platform.FACEBOOK);

        ChildSearchView search = f.register.search(authorised);
        assertThat(search.requestedBy()).isEqualTo("Ceri Jones");
        assertThat(search.decidedBy()).isEqualTo("Gwenllian Morgan");
        assertThat(search.platforms()).isEqualTo("X / Twitter, Instagram, TikTok");
        assertThat(search.authorisedPlatforms()).isEqualTo("Instagram, TikTok");
        assertThat(search.searchesLogged()).isEqualTo(1);
        assertThat(search.searchable()).as("the window open, to an officer").isTrue();
        assertThat(search.decidable()).isFalse();

        CallerContext.set(f.senior);
        assertThat(f.register.search(waiting).decidable()).isTrue();
        assertThat(f.register.search(authorised).searchable()).as("not an officer").isFalse();
        CallerContext.set(f.otherSenior);
        assertThat(f.register.search(waiting).decidable()).as("their own request").isFalse();

        f.pass(Duration.ofDays(3));
        CallerContext.set(f.officer);
        assertThat(f.register.search(authorised).searchable()).as("the authorisation over").isFalse();
        CallerContext.set(f.admin);
        assertThatThrownBy(() -> f.register.register(null)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theLogIsInTheOrderSearchedNumberedAndNamesWhoLoggedEach() {
        String reference = f.authorised(3, Platform.INSTAGRAM);
        f.pass(Duration.ofHours(2));
        f.logging.logSearch(reference, SearchesFixture.logged(Platform.INSTAGRAM, "Second"));
        CallerContext.set(f.otherOfficer);
        f.logging.logSearch(reference, new SearchLogDetails(SearchesFixture.NOW.plusSeconds(60), Platform.INSTAGRAM,
                "Her comments", "Read as any member of the public", "Nothing more", "First", null, null));

        assertThat(f.register.log(reference)).satisfiesExactly(first -> {
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.capturedText()).isEqualTo("First");
            assertThat(first.loggedBy()).isEqualTo("Dafydd Owen");
        }, second -> {
            assertThat(second.number()).isEqualTo(2);
            assertThat(second.loggedBy()).isEqualTo("Ceri Jones");
        });
    }

    @Test
    void everyExportIsOnTheTimelineAndItsDocumentHoldsWhatThePageShowed() {
        String reference = f.authorised(3, Platform.INSTAGRAM);
        f.ask(f.otherOfficer, Platform.FACEBOOK);
        f.logging.logSearch(reference, SearchesFixture.logged(Platform.INSTAGRAM, null));
        CallerContext.set(f.senior);
        RegisterFilter authorisedOnly = new RegisterFilter(ChildSearchStatus.AUTHORISED, null, null, null);

        assertThat(f.register.registerForExport(null)).hasSize(2);
        assertThat(f.register.registerPdf(authorisedOnly)).isNotEmpty();
        assertThat(f.register.logPdf(reference)).isNotEmpty();

        assertThat(f.timeline.recorded()).filteredOn(e -> e.action() == SearchAction.CHILD_SEARCH_REGISTER_EXPORTED)
                .extracting(RecordedTimeline.Recorded::detail).containsExactly(
                        "The search register (2 searches) exported as CSV by Gwenllian Morgan.",
                        "The search register (1 search) exported as PDF by Gwenllian Morgan.",
                        "LSCB-CS-2026-0001: its log exported as PDF by Gwenllian Morgan.");
        assertThat(f.printed).satisfiesExactly(register -> {
            assertThat(register.boardName()).isEqualTo("Local Safeguarding Children Board");
            assertThat(register.searches()).extracting(ChildSearchView::reference).containsExactly(reference);
        }, log -> {
            assertThat(log.searches()).extracting(ChildSearchView::reference).containsExactly(reference);
            assertThat(log.log()).hasSize(1);
        });
    }
}

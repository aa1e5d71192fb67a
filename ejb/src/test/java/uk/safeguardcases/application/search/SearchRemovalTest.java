package uk.safeguardcases.application.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.audit.RecordedTimeline;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.search.ChildSearch;
import uk.safeguardcases.domain.search.ChildSearchOutcome;
import uk.safeguardcases.domain.search.SearchAction;

/**
 * A search about a child is kept until the end of the year of the child's 25th birthday (or the board's age), then
 * removed by the nightly purge with its log and the engine's history of it; the timeline, which never names the
 * child, keeps that it existed. One still open is kept; another board's are its own purge's.
 */
class SearchRemovalTest {

    private static final LocalDate KEEP_UNTIL = LocalDate.of(2036, 12, 31);

    private final SearchesFixture f = new SearchesFixture();

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    private int removeDue(String board, LocalDate today) {
        return CallerContext.runAs(Caller.system(board), () -> f.removal.removeDue(today));
    }

    @Test
    void closedAndRefusedSearchesGoWithTheirLogOnTheirDayAndOpenOnesAndAnotherBoardsStay() {
        CallerContext.set(f.officer);
        String closed = f.authorised(3, Platform.INSTAGRAM);
        f.logging.logSearch(closed, SearchesFixture.logged(Platform.INSTAGRAM, "A post arranging a meeting"));
        f.logging.finishSearching(closed);
        f.outcomes.recordOutcome(closed, ChildSearchOutcome.NO_CONCERN, null, "Nothing of concern found.");
        String refused = f.ask(f.officer, Platform.FACEBOOK);
        CallerContext.runAs(f.senior, () -> f.authorisations.refuse(refused, "No justifiable concern shown"));
        String open = f.authorised(3, Platform.TIKTOK);
        String theirs = f.ask(f.theirOfficer, Platform.INSTAGRAM);
        CallerContext.runAs(f.theirSenior, () -> f.authorisations.refuse(theirs, "Not needed"));
        int timelineBefore = f.timeline.recorded().size();

        assertThat(removeDue("lscb", KEEP_UNTIL.minusDays(1))).as("the day before").isZero();
        assertThat(removeDue("lscb", KEEP_UNTIL)).isEqualTo(2);

        assertThat(f.stored.everyBoardsSearches()).extracting(ChildSearch::reference)
                .containsExactlyInAnyOrder(open, theirs);
        assertThat(f.stored.everyBoardsLog()).as("removed with its search").isEmpty();
        assertThat(f.processes.forgotten).containsExactly(closed, refused);
        assertThat(f.timeline.recorded().subList(timelineBefore, f.timeline.recorded().size()))
                .allSatisfy(entry -> assertThat(entry.action()).isEqualTo(SearchAction.CHILD_SEARCH_REMOVED))
                .extracting(RecordedTimeline.Recorded::detail).containsExactly(
                        closed + ": removed with its log, kept until 31 Dec 2036.",
                        refused + ": removed with its log, kept until 31 Dec 2036.");
        assertThat(removeDue("lscb", KEEP_UNTIL.plusYears(1))).as("nothing twice, the open one kept").isZero();
        assertThat(removeDue("chscb", KEEP_UNTIL)).isEqualTo(1);
    }
}

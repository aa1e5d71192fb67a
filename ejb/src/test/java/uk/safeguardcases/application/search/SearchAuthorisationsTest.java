package uk.safeguardcases.application.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.RecordedProcesses;
import uk.safeguardcases.application.audit.RecordedTimeline;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.search.ChildSearch;
import uk.safeguardcases.domain.search.ChildSearchProcess;
import uk.safeguardcases.domain.search.ChildSearchStatus;
import uk.safeguardcases.domain.search.SearchAction;

/**
 * LSCB §3: "there must be a justifiable concern. The activity must be authorised by a member of staff of appropriate
 * seniority": an officer asks for a search about a child, and a senior manager who did not ask authorises it, for
 * some of the platforms asked and at most the board's window, or refuses it; over searches kept in memory.
 */
class SearchAuthorisationsTest {

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
    void anOfficerAsksForASearchItsProcessStartsAndTheTimelineNamesTheSearchNeverTheChild() {
        String first = f.ask(f.officer, Platform.INSTAGRAM, Platform.TIKTOK);
        String second = f.ask(f.otherOfficer, Platform.FACEBOOK);

        assertThat(first).isEqualTo("LSCB-CS-2026-0001");
        assertThat(second).isEqualTo("LSCB-CS-2026-0002");
        ChildSearch search = stored(first);
        assertThat(search.status()).isEqualTo(ChildSearchStatus.AWAITING_AUTHORISATION);
        assertThat(search.platforms()).containsExactly(Platform.INSTAGRAM, Platform.TIKTOK);
        assertThat(search.requestedBy()).isEqualTo("lscb.officer");
        assertThat(search.keepUntil()).as("the end of the year of the child's 25th birthday")
                .isEqualTo(LocalDate.of(2036, 12, 31));
        assertThat(f.processes.started.get(0)).isEqualTo(new RecordedProcesses.Started(ChildSearchProcess.KEY, first,
                Map.of(ChildSearchProcess.SEARCH_ID, search.id(), ChildSearchProcess.REQUESTED_BY, "lscb.officer")));
        assertThat(search.processInstanceId()).isEqualTo("instance-1");
        assertThat(f.timeline.recorded().get(0)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(SearchAction.CHILD_SEARCH_REQUESTED);
            assertThat(entry.detail()).isEqualTo("LSCB-CS-2026-0001: a search about a child on Instagram, TikTok"
                    + " requested by Ceri Jones, declaring open methods only.");
        });
        assertThat(f.timeline.recorded()).extracting(RecordedTimeline.Recorded::detail)
                .noneMatch(detail -> detail.contains("CHILD-0042") || detail.contains("BHCC")
                        || detail.contains("Cerys"));
    }

    @Test
    void aRequestWithoutItsConcernOrItsDeclarationOfOpenMethodsIsRefusedWholeAndNothingStarts() {
        ChildSearchRequestDetails careless = new ChildSearchRequestDetails(" ", "BHCC/2026/118", 1989, "",
                EnumSet.noneOf(Platform.class), "Her profile", false);
        assertThatThrownBy(() -> f.requests.request(careless)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldMessages()).containsOnlyKeys("childReference", "childBirthYear", "concern",
                        "platforms", "openMethodsDeclared"));
        ChildSearchRequestDetails unborn = new ChildSearchRequestDetails("CHILD-0042", "BHCC/2026/118", 2027,
                SearchesFixture.CONCERN, EnumSet.of(Platform.INSTAGRAM), "Her profile", true);
        assertThatThrownBy(() -> f.requests.request(unborn)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldMessages()).containsOnlyKeys("childBirthYear"));
        assertThat(f.processes.started).isEmpty();
        assertThat(f.timeline.recorded()).isEmpty();
        CallerContext.set(f.senior);
        assertThat(f.register.register(null)).isEmpty();
    }

    @Test
    void theSeniorWhoAuthorisesIsNeverTheOneWhoAsked() {
        String own = f.ask(f.otherSenior, Platform.INSTAGRAM);

        CallerContext.set(f.otherSenior);
        assertThatThrownBy(() -> f.authorisations.authorise(own, "Grooming indicators", Set.of(Platform.INSTAGRAM),
                "Public posts", 3)).isInstanceOf(AccessRefusedException.class)
                .hasMessage("You asked for this search: another senior manager must authorise or refuse it.");
        assertThatThrownBy(() -> f.authorisations.refuse(own, "Not needed")).isInstanceOf(AccessRefusedException.class);
        CallerContext.set(f.officer);
        assertThatThrownBy(() -> f.authorisations.authorise(own, "Grooming indicators", Set.of(Platform.INSTAGRAM),
                "Public posts", 3)).as("an officer is not of appropriate seniority")
                .isInstanceOf(AccessRefusedException.class);
        assertThat(stored(own).status()).isEqualTo(ChildSearchStatus.AWAITING_AUTHORISATION);
        assertThat(f.processes.completed).isEmpty();

        CallerContext.set(f.senior);
        f.authorisations.authorise(own, "Grooming indicators", Set.of(Platform.INSTAGRAM), "Public posts", 3);
        assertThat(stored(own).decidedBy()).isEqualTo("lscb.senior");
    }

    @Test
    void aSeniorAuthorisesOnlyPlatformsAskedForForNoLongerThanTheBoardsWindow() {
        String reference = f.ask(f.officer, Platform.X_TWITTER, Platform.INSTAGRAM, Platform.TIKTOK);
        f.pass(Duration.ofHours(2));
        CallerContext.set(f.senior);

        assertThatThrownBy(() -> f.authorisations.authorise(reference, "Grooming indicators",
                Set.of(Platform.INSTAGRAM, Platform.FACEBOOK), "Public posts", 8))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("authorisedPlatforms", "Only the platforms asked for may be authorised.")
                        .containsEntry("days", "Authorise the search for between 1 and 7 days."));
        assertThatThrownBy(() -> f.authorisations.authorise(reference, "", Set.of(), " ", 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("decisionReason", "authorisedScope", "authorisedPlatforms", "days"));

        f.authorisations.authorise(reference, "Grooming indicators", Set.of(Platform.TIKTOK, Platform.INSTAGRAM),
                "Her public posts and comments only", 7);

        ChildSearch search = stored(reference);
        assertThat(search.status()).isEqualTo(ChildSearchStatus.AUTHORISED);
        assertThat(search.authorisedPlatforms()).containsExactly(Platform.INSTAGRAM, Platform.TIKTOK);
        assertThat(search.authorisedUntil()).isEqualTo(SearchesFixture.NOW.plus(Duration.ofHours(2))
                .plus(Duration.ofDays(7)));
        assertThat(f.processes.completed).singleElement().isEqualTo(new RecordedProcesses.Step("instance-1",
                ChildSearchProcess.AUTHORISE, "lscb.senior", Map.of(ChildSearchProcess.DECISION, "AUTHORISED",
                ChildSearchProcess.AUTHORISED_UNTIL, Date.from(search.authorisedUntil()))));
        assertThat(f.timeline.recorded().get(1).detail()).isEqualTo("LSCB-CS-2026-0001: authorised by Gwenllian"
                + " Morgan on Instagram, TikTok until 9 Mar 2026, 12:15.");
        assertThatThrownBy(() -> f.authorisations.refuse(reference, "Changed my mind"))
                .as("decided once").isInstanceOf(TaskAlreadyDoneException.class);
    }

    @Test
    void aRefusalGivesItsReasonAndNothingMayBeSearched() {
        String reference = f.ask(f.officer, Platform.INSTAGRAM);
        CallerContext.set(f.senior);
        assertThatThrownBy(() -> f.authorisations.refuse(reference, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("decisionReason"));

        f.authorisations.refuse(reference, "No justifiable concern shown");

        assertThat(stored(reference).status()).isEqualTo(ChildSearchStatus.REFUSED);
        assertThat(stored(reference).decisionReason()).isEqualTo("No justifiable concern shown");
        assertThat(f.processes.completed).extracting(RecordedProcesses.Step::variables)
                .containsExactly(Map.of(ChildSearchProcess.DECISION, "REFUSED"));
        assertThat(f.timeline.actions()).containsExactly(SearchAction.CHILD_SEARCH_REQUESTED,
                SearchAction.CHILD_SEARCH_REFUSED);
    }

    @Test
    void aDecisionAnotherTabTookFirstIsSaidToBeDoneAlready() {
        String reference = f.ask(f.officer, Platform.INSTAGRAM);
        f.processes.doneElsewhere.add(stored(reference).processInstanceId());
        CallerContext.set(f.senior);
        assertThatThrownBy(() -> f.authorisations.refuse(reference, "No justifiable concern shown"))
                .isInstanceOf(TaskAlreadyDoneException.class).hasMessageContaining(reference);
    }

    @Test
    void anotherBoardsSeniorFindsNoSearchToDecide() {
        String reference = f.ask(f.officer, Platform.INSTAGRAM);
        CallerContext.set(f.theirSenior);
        assertThatThrownBy(() -> f.authorisations.authorise(reference, "Grooming indicators",
                Set.of(Platform.INSTAGRAM), "Public posts", 3))
                .isInstanceOf(uk.safeguardcases.application.tenancy.NotFoundException.class)
                .hasMessage("There is no search LSCB-CS-2026-0001 on this board.");
    }
}

package uk.safeguardcases.application.lowlevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.lowlevel.LowLevelReading;
import uk.safeguardcases.domain.lowlevel.LowLevelAction;

/**
 * The register as the board's officers and senior managers read it, and the senior managers' reviews, over a register
 * kept in memory: an entry per member with what counts now, the concerns newest first, and an alert settled only by
 * a review of the member's own entry.
 */
class LowLevelRegisterTest {

    private final LowLevelFixture f = new LowLevelFixture();
    private LocalDate today;

    @BeforeEach
    void signIn() {
        CallerContext.set(f.officer);
        today = f.today();
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    @Test
    void anEntryPerMemberCountsWhatIsInTheWindowAndTheMostComeFirst() {
        f.concerns.record(f.colleague.id(), "Liked a pupil’s post.", today.minusMonths(2));
        f.concerns.record(f.member.id(), "Shared a joke about a pupil’s name.", today.minusMonths(14));
        f.concerns.record(f.member.id(), "Followed a pupil.", today.minusMonths(6));
        f.concerns.record(f.member.id(), "Commented on a photo.", today.minusMonths(1));
        f.stored.caseAbout(f.member.id(), null, LowLevelFixture.NOW.minusSeconds(60));

        assertThat(f.register.register()).extracting(RegisterEntry::name, RegisterEntry::organisation,
                RegisterEntry::lowLevelInWindow, RegisterEntry::casesInWindow, RegisterEntry::together,
                RegisterEntry::lowLevelAll, RegisterEntry::lastOccurred, RegisterEntry::alerted)
                .containsExactly(
                        tuple("Morgan Evans", "Ysgol y Môr", 2, 1, 3, 3, today.minusMonths(1), false),
                        tuple("Morgan Evans-Hughes", "Little Acorns Nursery", 1, 0, 1, 1, today.minusMonths(2),
                                false));
        assertThat(f.register.register().get(0).reached()).isTrue();

        CallerContext.set(f.theirOfficer);
        assertThat(f.register.register()).as("another board's register").isEmpty();
    }

    @Test
    void theConcernsAreListedNewestFirstAndWhoReadThemIsRecorded() {
        f.concerns.record(f.member.id(), "Followed a pupil.", today.minusMonths(6));
        f.concerns.record(f.member.id(), "Commented on a photo.", today.minusMonths(1));
        f.concerns.record(f.colleague.id(), "Liked a pupil’s post.", today.minusMonths(2));

        assertThat(f.register.concerns(null)).extracting(ConcernLine::summary, ConcernLine::member,
                ConcernLine::recordedBy).containsExactly(
                        tuple("Commented on a photo.", "Morgan Evans", "Ceri Jones"),
                        tuple("Liked a pupil’s post.", "Morgan Evans-Hughes", "Ceri Jones"),
                        tuple("Followed a pupil.", "Morgan Evans", "Ceri Jones"));
        assertThat(f.register.concerns(f.member.id())).extracting(ConcernLine::summary)
                .containsExactly("Commented on a photo.", "Followed a pupil.");
        assertThat(f.reads).containsExactly(new LowLevelFixture.Read(LowLevelReading.LOW_LEVEL_REGISTER_VIEWED, null),
                new LowLevelFixture.Read(LowLevelReading.LOW_LEVEL_ENTRY_VIEWED, f.member.id()));

        assertThat(f.register.concerns(f.theirMember.id())).as("a guessed id of another board's member").isEmpty();
        CallerContext.set(f.theirOfficer);
        assertThat(f.register.concerns(f.member.id())).isEmpty();
        assertThat(f.reads).as("nothing read, nothing recorded").hasSize(2);
        CallerContext.set(f.admin);
        assertThatThrownBy(() -> f.register.concerns(null)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void onlyAReviewOfTheMembersOwnEntrySettlesTheirAlert() {
        for (String what : new String[] {"Followed a pupil.", "Liked a post.", "Commented on a photo."}) {
            f.concerns.record(f.member.id(), what, today);
        }
        CallerContext.set(f.senior);
        f.reviews.review(null, "Quarterly look at the register – “all fine”.");
        assertThat(f.reviews.openAlerts()).as("a review of the whole register settles none").hasSize(1);
        assertThat(f.register.register().get(0).alerted()).isTrue();

        f.clock.moveBy(java.time.Duration.ofHours(1));
        f.reviews.review(f.member.id(), "  Spoken to the member’s manager; training booked. ");

        assertThat(f.reviews.openAlerts()).isEmpty();
        assertThat(f.stored.alertsOfBoard()).singleElement().satisfies(a -> assertThat(a.reviewedAt())
                .isEqualTo(LowLevelFixture.NOW.plusSeconds(3_600)));
        assertThat(f.reviews.reviews()).extracting(ReviewLine::member, ReviewLine::note, ReviewLine::reviewedBy)
                .containsExactly(tuple("Morgan Evans", "Spoken to the member’s manager; training booked.",
                        "Gwenllian Morgan"), tuple(null, "Quarterly look at the register – “all fine”.",
                        "Gwenllian Morgan"));
        assertThat(f.register.register().get(0)).satisfies(entry -> {
            assertThat(entry.alerted()).isFalse();
            assertThat(entry.lastReviewed()).isEqualTo(LowLevelFixture.NOW.plusSeconds(3_600));
        });
        assertThat(f.timeline.recorded()).filteredOn(r -> r.action() == LowLevelAction.LOW_LEVEL_REGISTER_REVIEWED)
                .as("the timeline says it was reviewed, never the note").allSatisfy(r -> assertThat(r.detail())
                        .doesNotContain("training").doesNotContain("all fine"));
    }

    @Test
    void aReviewNeedsANoteAndAMemberOfTheBoardAndASeniorManager() {
        CallerContext.set(f.senior);
        assertThatThrownBy(() -> f.reviews.review(null, "  ")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages())
                        .containsEntry("note", LowLevelWords.text("problem.note.missing")));
        assertThatThrownBy(() -> f.reviews.review(f.theirMember.id(), "Not ours."))
                .isInstanceOf(NotFoundException.class).hasMessage(LowLevelWords.text("member.notFound"));
        CallerContext.set(f.officer);
        assertThatThrownBy(() -> f.reviews.review(null, "An officer’s review.")).isInstanceOf(
                AccessRefusedException.class);
        assertThat(f.stored.reviewsOfBoard()).isEmpty();
        assertThat(Texts.text("triage.lowLevel.noAccount")).isNotBlank();
    }
}

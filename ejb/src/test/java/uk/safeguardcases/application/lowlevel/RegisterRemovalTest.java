package uk.safeguardcases.application.lowlevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.lowlevel.LowLevelAction;
import uk.safeguardcases.domain.lowlevel.LowLevelConcern;
import uk.safeguardcases.domain.lowlevel.RegisterReview;

/**
 * The register's retention and its part of a member's subject access answer, over a register kept in memory: a
 * concern goes once its member has left and the board's years have passed, and what the register says about it goes
 * with it; the member is told what is kept about them, never who raised it.
 */
@SuppressWarnings("unchecked")
class RegisterRemovalTest {

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

    /** Seven years ago, when the member who has since left was at the school. */
    private LocalDate sevenYearsAgo() {
        f.clock.moveTo(LowLevelFixture.NOW.minus(Duration.ofDays(7 * 365 + 2)));
        return f.today();
    }

    @Test
    void aConcernGoesOnceTheMemberHasLeftAndTheBoardsYearsHavePassedAndWhatTheRegisterSaidOfItGoesWithIt() {
        LocalDate then = sevenYearsAgo();
        for (String what : new String[] {"Followed a pupil.", "Liked a post.", "Commented on a photo."}) {
            f.concerns.record(f.left.id(), what, then);
        }
        f.concerns.record(f.member.id(), "Shared a pupil’s photo.", then);
        assertThat(f.stored.alertsOfBoard()).as("the three were alerted on then").hasSize(1);
        CallerContext.set(f.senior);
        f.clock.moveBy(Duration.ofMinutes(1));
        f.reviews.review(f.left.id(), "Training booked.");
        f.clock.moveBy(Duration.ofMinutes(1));
        f.reviews.review(null, "The whole register, looked at.");
        f.clock.moveTo(LowLevelFixture.NOW);
        CallerContext.set(f.officer);
        long recent = f.concerns.record(f.left.id(), "Messaged a pupil.", today.minusYears(5)).id();
        f.left.deactivate();

        CallerContext.set(Caller.system("cwmtaf"));
        int removed = f.removal.removeDue(today);

        assertThat(f.stored.concernsOfBoard()).as("the member still at the school keeps theirs; six years not yet"
                + " passed for the other").extracting(LowLevelConcern::summary)
                .containsExactlyInAnyOrder("Shared a pupil’s photo.", "Messaged a pupil.");
        assertThat(f.stored.alertsOfBoard()).as("nothing it counted is kept").isEmpty();
        assertThat(f.stored.reviewsOfBoard()).as("the register's review looked at a concern still kept; the member's"
                + " own at nothing kept (theirs now was recorded after it)").extracting(RegisterReview::note)
                .containsExactly("The whole register, looked at.");
        assertThat(removed).isEqualTo(5);
        assertThat(f.timeline.actions()).filteredOn(a -> a == LowLevelAction.LOW_LEVEL_CONCERN_REMOVED).hasSize(3);
        assertThat(f.timeline.actions()).endsWith(LowLevelAction.LOW_LEVEL_ALERT_REMOVED,
                LowLevelAction.LOW_LEVEL_REVIEW_REMOVED);
        assertThat(f.timeline.recorded()).filteredOn(r -> r.action() == LowLevelAction.LOW_LEVEL_CONCERN_REMOVED)
                .as("that one was removed, never what it said").allSatisfy(r -> assertThat(r.detail())
                        .doesNotContain("pupil"));

        assertThat(f.removal.removeDue(today)).as("run again, nothing more is due").isZero();
        assertThat(f.stored.concerns.byId(recent)).isPresent();
    }

    @Test
    void aMemberStillInTheOrganisationKeepsEveryConcernHoweverOld() {
        LocalDate then = sevenYearsAgo();
        f.concerns.record(f.member.id(), "Followed a pupil.", then);
        f.clock.moveTo(LowLevelFixture.NOW);

        CallerContext.set(Caller.system("cwmtaf"));
        assertThat(f.removal.removeDue(today)).isZero();
        assertThat(f.stored.concernsOfBoard()).hasSize(1);

        f.member.change(f.member.displayName(), f.member.email(), LowLevelFixture.NURSERY, f.member.roles());
        assertThat(f.removal.removeDue(today)).as("moved to another organisation: left this one").isEqualTo(1);
        assertThat(f.stored.concernsOfBoard()).isEmpty();
    }

    @Test
    void theMembersAnswerGivesWhatTheRegisterKeepsAboutThemAndNotWhoRecordedIt() {
        for (String what : new String[] {"Followed a pupil.", "Liked a post.", "Commented on a photo."}) {
            f.concerns.record(f.member.id(), what, today.minusMonths(1));
        }
        f.concerns.record(f.colleague.id(), "About someone else.", today);
        CallerContext.set(f.senior);
        f.reviews.review(f.member.id(), "Training booked.");
        f.reviews.review(null, "The whole register.");

        List<Object> concerns = f.forSubjectAccess.concerns(f.member);
        List<Object> reviews = f.forSubjectAccess.reviews(f.member);
        List<Object> alerts = f.forSubjectAccess.alerts(f.member);

        assertThat(concerns).hasSize(3).allSatisfy(item -> assertThat((Map<String, Object>) item)
                .containsOnlyKeys("occurredOn", "summary", "caseReference", "recordedAt")
                .containsEntry("occurredOn", today.minusMonths(1).toString()));
        assertThat(reviews).singleElement().satisfies(item -> assertThat((Map<String, Object>) item)
                .containsEntry("reviewedBy", "Gwenllian Morgan").containsEntry("note", "Training booked."));
        assertThat(alerts).singleElement().satisfies(item -> assertThat((Map<String, Object>) item)
                .containsEntry("counted", "3").containsEntry("countedAfter", today.minusMonths(12).toString())
                .containsEntry("settledByAReview", LowLevelFixture.NOW.toString()));
        assertThat(f.forSubjectAccess.concerns(null)).isEmpty();
    }
}

package uk.safeguardcases.application.lowlevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.lowlevel.LowLevelOutcome;
import uk.safeguardcases.domain.cases.Occurrence;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.ConcernRaisedAbout;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.cases.TriageDecisionChecked;
import uk.safeguardcases.domain.cases.TriageRecorded;
import uk.safeguardcases.domain.lowlevel.LowLevelAction;
import uk.safeguardcases.domain.lowlevel.LowLevelConcern;
import uk.safeguardcases.domain.lowlevel.LowLevelNotice;
import uk.safeguardcases.domain.lowlevel.PatternAlert;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

/**
 * Recording low-level concerns and the pattern they make (KCSIE Part 4, issue 41), over a register kept in memory:
 * the senior managers are alerted once when a member reaches the board's threshold of low-level concerns and cases
 * within its window, and what is older, or moved to another member, does not count.
 */
class LowLevelConcernsTest {

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

    private long record(long memberId, String what, LocalDate day) {
        return f.concerns.record(memberId, what, day).id();
    }

    @Test
    void threeWithinTwelveMonthsAlertTheSeniorsOnceAndAnOlderOneDoesNotCount() {
        record(f.member.id(), "Shared a joke about a pupil’s name.", today.minusMonths(13));
        record(f.member.id(), "Followed a pupil’s parent on Instagram.", today.minusMonths(5));
        record(f.member.id(), "Posted a photo from a school trip.", today.minusMonths(1));
        assertThat(f.stored.alertsOfBoard()).as("three in all, two within twelve months").isEmpty();
        assertThat(f.sent).isEmpty();

        record(f.member.id(), "Liked a pupil’s post.", today);

        assertThat(f.stored.alertsOfBoard()).singleElement().satisfies(alert -> {
            assertThat(alert.personId()).isEqualTo(f.member.id());
            assertThat(alert.counted()).isEqualTo(3);
            assertThat(alert.windowFrom()).isEqualTo(today.minusMonths(12));
            assertThat(alert.reviewedAt()).isNull();
        });
        assertThat(f.sent).extracting(LowLevelFixture.Sent::to)
                .containsExactlyInAnyOrder("cwmtaf.senior@example.org", "cwmtaf.senior2@example.org");
        assertThat(f.sent).allSatisfy(mail -> {
            assertThat(mail.kind()).isEqualTo(LowLevelNotice.LOW_LEVEL_PATTERN_REACHED);
            assertThat(mail.body()).as("the e-mail names nobody").doesNotContain("Morgan Evans").contains("12 months");
        });
        assertThat(f.timeline.actions()).containsExactly(LowLevelAction.LOW_LEVEL_CONCERN_RECORDED,
                LowLevelAction.LOW_LEVEL_CONCERN_RECORDED, LowLevelAction.LOW_LEVEL_CONCERN_RECORDED,
                LowLevelAction.LOW_LEVEL_CONCERN_RECORDED, LowLevelAction.LOW_LEVEL_PATTERN_ALERTED);

        record(f.member.id(), "Sent a friend request to a pupil.", today);
        assertThat(f.stored.alertsOfBoard()).as("the fourth says nothing new").hasSize(1);
        assertThat(f.sent).hasSize(2);

        CallerContext.set(f.senior);
        assertThat(f.reviews.openAlerts()).singleElement().satisfies(line -> {
            assertThat(line.member()).isEqualTo("Morgan Evans");
            assertThat(line.counted()).isEqualTo(3);
        });
        CallerContext.set(f.officer);
        assertThat(f.reviews.openAlerts()).as("the work page of a senior manager only").isEmpty();
    }

    @Test
    void thirteenMonthsOnTheOldConcernsHaveLeftTheWindowAndANewPatternAlertsAgain() {
        for (String what : new String[] {"Liked a post.", "Commented on a photo.", "Followed a pupil."}) {
            record(f.member.id(), what, today);
        }
        assertThat(f.stored.alertsOfBoard()).hasSize(1);

        f.clock.moveBy(Duration.ofDays(396));
        LocalDate later = f.today();
        record(f.member.id(), "Messaged a pupil.", later);
        record(f.member.id(), "Shared a pupil’s photo.", later);
        assertThat(f.stored.alertsOfBoard()).as("the first three are out of the window").hasSize(1);

        record(f.member.id(), "Tagged a pupil.", later);
        assertThat(f.stored.alertsOfBoard()).extracting(PatternAlert::counted).containsExactly(3, 3);
        assertThat(f.stored.alertsOfBoard().get(1).alertedOn(WorkingCalendar.UK)).isEqualTo(later);
    }

    @Test
    void aCaseAboutTheMemberCountsWithTheirLowLevelConcerns() {
        record(f.member.id(), "Liked a pupil’s post.", today.minusMonths(4));
        record(f.member.id(), "Followed a pupil.", today.minusMonths(2));
        f.stored.caseAbout(f.member.id(), null, LowLevelFixture.NOW.minusSeconds(3_600));

        f.onCoreEvents.caseRaised(new ConcernRaisedAbout(f.member.id()));

        assertThat(f.stored.alertsOfBoard()).singleElement().extracting(PatternAlert::counted).isEqualTo(3);
        assertThat(f.timeline.actions()).endsWith(LowLevelAction.LOW_LEVEL_PATTERN_ALERTED);
    }

    @Test
    void aConcernKeptAtTriageIsItsCasesRecordAndTheTwoCountOnce() {
        SafeguardingCase c = caseAbout(f.member.id(), today.minusMonths(3));
        f.stored.caseAbout(f.member.id(), c.occurredAt(), c.raisedAt());

        f.onCoreEvents.recordFromTriage(new TriageRecorded(c, LowLevelOutcome.DECISION, "  Spoke to the head. "));

        LowLevelConcern kept = f.stored.concernsOfBoard().get(0);
        assertThat(kept.caseId()).isEqualTo(42L);
        assertThat(kept.caseReference()).isEqualTo("CTM-2026-0042");
        assertThat(kept.summary()).isEqualTo("A post naming a pupil.\n\nSpoke to the head.");
        assertThat(kept.occurredOn()).isEqualTo(today.minusMonths(3));
        assertThat(kept.organisationId()).isEqualTo(LowLevelFixture.SCHOOL);
        assertThat(f.timeline.recorded().get(0).caseId()).isEqualTo(42L);

        record(f.member.id(), "Followed a pupil.", today);
        assertThat(f.stored.alertsOfBoard()).as("the case and the concern it closed as are one").isEmpty();
        record(f.member.id(), "Liked a pupil’s post.", today);
        assertThat(f.stored.alertsOfBoard()).singleElement().extracting(PatternAlert::counted).isEqualTo(3);

        f.onCoreEvents.recordFromTriage(new TriageRecorded(c, TriageDecision.NO_FURTHER_ACTION, "Nothing."));
        assertThat(f.stored.concernsOfBoard()).as("another decision keeps nothing").hasSize(3);
    }

    @Test
    void triageCannotKeepAConcernMeetingTheHarmThresholdOrAboutNobodyWithAnAccount() {
        SafeguardingCase c = caseAbout(f.member.id(), today);
        assertThatThrownBy(() -> f.onCoreEvents.checkAtTriage(new TriageDecisionChecked(c,
                LowLevelOutcome.DECISION, true))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages())
                        .containsEntry("decision", Texts.text("triage.lowLevel.harmThreshold")));
        SafeguardingCase nobodys = caseAbout(null, today);
        assertThatThrownBy(() -> f.onCoreEvents.checkAtTriage(new TriageDecisionChecked(nobodys,
                LowLevelOutcome.DECISION, false))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages())
                        .containsEntry("decision", Texts.text("triage.lowLevel.noAccount")));

        f.onCoreEvents.checkAtTriage(new TriageDecisionChecked(c, LowLevelOutcome.DECISION, false));
        f.onCoreEvents.checkAtTriage(new TriageDecisionChecked(nobodys, TriageDecision.NO_FURTHER_ACTION, true));
    }

    @Test
    void theBoardsOwnThresholdAndWindowAreTheOnesAlertedOn() {
        CallerContext.set(f.admin);
        f.policies.changePolicy(2, 6, 8);
        assertThat(f.policies.policy()).isEqualTo(new PolicyView(2, 6, 8));
        assertThatThrownBy(() -> f.policies.changePolicy(1, 61, 0)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages()).containsOnlyKeys(
                        "threshold", "windowMonths", "keepYears"));
        assertThat(f.policies.policy()).as("a refused change changes nothing").isEqualTo(new PolicyView(2, 6, 8));

        CallerContext.set(f.officer);
        assertThatThrownBy(() -> f.policies.changePolicy(3, 12, 6)).isInstanceOf(AccessRefusedException.class);
        record(f.member.id(), "Liked a pupil’s post.", today.minusMonths(7));
        record(f.member.id(), "Followed a pupil.", today);
        assertThat(f.stored.alertsOfBoard()).as("seven months ago is outside six").isEmpty();
        record(f.member.id(), "Commented on a photo.", today.minusMonths(5));
        assertThat(f.stored.alertsOfBoard()).singleElement().extracting(PatternAlert::counted).isEqualTo(2);

        CallerContext.set(f.theirOfficer);
        assertThat(f.policies.policy()).as("another board keeps the standard rule").isEqualTo(new PolicyView(3, 12, 6));
    }

    @Test
    void aConcernIsRecordedOnlyAboutAnActiveMemberOfTheBoardWithWhatAndAPossibleDay() {
        f.left.deactivate();
        for (Long whom : new Long[] {f.theirMember.id(), f.hr.id(), f.left.id(), 999L}) {
            assertThatThrownBy(() -> record(whom, "Liked a pupil’s post.", today)).as("#" + whom)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages())
                            .containsExactly(java.util.Map.entry("member",
                                    LowLevelWords.text("problem.member.unknown"))));
        }
        assertThatThrownBy(() -> f.concerns.record((Long) null, " ", today.plusDays(1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages())
                        .containsEntry("member", LowLevelWords.text("problem.member.missing"))
                        .containsEntry("summary", LowLevelWords.text("problem.summary.missing"))
                        .containsEntry("occurredOn", LowLevelWords.text("problem.when.range")));
        assertThatThrownBy(() -> record(f.member.id(), "x".repeat(LowLevelConcern.SUMMARY_MAX + 1),
                today.minusYears(10).minusDays(1))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages()).containsOnlyKeys("summary",
                        "occurredOn"));
        assertThat(f.concerns.record("morgan.evans2", "Liked a pupil’s post.", today.minusYears(10))).isPositive();
        assertThatThrownBy(() -> f.concerns.record("sam.okafor", "Another board’s member.", today))
                .as("a user name of another board").isInstanceOf(InvalidInputException.class);
        assertThat(f.stored.concernsOfBoard()).singleElement().satisfies(l -> {
            assertThat(l.personId()).isEqualTo(f.colleague.id());
            assertThat(l.organisationId()).isEqualTo(LowLevelFixture.NURSERY);
            assertThat(l.recordedBy()).isEqualTo("cwmtaf.officer");
        });

        CallerContext.set(f.admin);
        assertThatThrownBy(() -> record(f.member.id(), "Liked a pupil’s post.", today))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aConcernMovedToTheRightMemberTakesTheAlertWithItWhenItNoLongerStands() {
        record(f.member.id(), "Followed a pupil.", today.minusMonths(2));
        record(f.member.id(), "Liked a pupil’s post.", today.minusMonths(1));
        long wrong = record(f.member.id(), "Posted from Ysgol y Môr’s trip.", today);
        record(f.colleague.id(), "Commented on a pupil’s photo.", today.minusMonths(3));
        record(f.colleague.id(), "Sent a friend request to a pupil.", today.minusMonths(1));
        assertThat(f.stored.alertsOfBoard()).extracting(PatternAlert::personId).containsExactly(f.member.id());

        assertThatThrownBy(() -> f.concerns.move(wrong, f.colleague.id(), "  ")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages())
                        .containsEntry("reason", LowLevelWords.text("problem.move.REASON_NEEDED")));
        assertThatThrownBy(() -> f.concerns.move(wrong, f.member.id(), "Same one.")).isInstanceOf(
                InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages())
                        .containsEntry("concern", LowLevelWords.text("problem.move.SAME_MEMBER")));
        assertThatThrownBy(() -> f.concerns.move(wrong, f.theirMember.id(), "Theirs."))
                .isInstanceOf(InvalidInputException.class);

        LowLevelConcerns.Recorded moved = f.concerns.move(wrong, f.colleague.id(),
                "Two Morgan Evanses at the school; the other one.");

        assertThat(moved).isEqualTo(new LowLevelConcerns.Recorded(wrong, f.colleague.id(), "Morgan Evans-Hughes"));
        LowLevelConcern concern = f.stored.concerns.byId(wrong).orElseThrow();
        assertThat(concern.personId()).isEqualTo(f.colleague.id());
        assertThat(concern.correctedFrom()).isEqualTo(f.member.id());
        assertThat(f.stored.alertsOfBoard()).as("the first member's alert withdrawn, the second's given")
                .extracting(PatternAlert::personId).containsExactly(f.colleague.id());
        assertThat(f.timeline.actions()).endsWith(LowLevelAction.LOW_LEVEL_CONCERN_MOVED,
                LowLevelAction.LOW_LEVEL_ALERT_WITHDRAWN, LowLevelAction.LOW_LEVEL_PATTERN_ALERTED);
        assertThat(f.timeline.recorded()).filteredOn(r -> r.action() == LowLevelAction.LOW_LEVEL_CONCERN_MOVED)
                .singleElement().satisfies(r -> assertThat(r.detail()).doesNotContain("Morgan Evans")
                        .doesNotContain("the other one"));

        CallerContext.set(f.theirOfficer);
        assertThatThrownBy(() -> f.concerns.move(wrong, f.theirMember.id(), "Ours now."))
                .as("another board's officer finds no such concern").isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages()).containsKey("concern"));
    }

    @Test
    void everyRefusalOfAMoveHasItsWords() {
        assertThat(Arrays.stream(LowLevelConcern.MoveRefusal.values())
                .map(r -> LowLevelWords.text("problem.move." + r.name()))).allSatisfy(words -> assertThat(words)
                        .isNotBlank().doesNotStartWith("problem."));
    }

    private SafeguardingCase caseAbout(Long personId, LocalDate happened) {
        ParentOrganisation school = new ParentOrganisation("Ysgol y Môr", OrganisationKind.SCHOOL, "hr@example.org");
        Wiring.set(school, "id", LowLevelFixture.SCHOOL);
        SafeguardingCase c = SafeguardingCase.raise(42L, "CTM-2026-0042", "Morgan Evans", school,
                CaseSource.PUBLIC_COMPLAINT, "A post naming a pupil.", "cwmtaf.officer", LowLevelFixture.NOW);
        c.happened(Occurrence.on(happened, null));
        c.subjectHasAccount(personId);
        return c;
    }
}

package uk.safeguardcases.domain.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.deadline.Deadline;

/**
 * A request to the member with a deadline: remove content (CHSCB 5.3, NSCB 8.1) or co-operate (CHSCB 6.3), and
 * non-compliance recorded once the deadline passes (CHSCB 5.4). Without a server.
 */
class MemberRequestTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Instant SENT = Instant.parse("2026-05-08T09:00:00Z");
    /** 17:00 on Friday 15 May 2026, British Summer Time. */
    private static final Instant DUE = Instant.parse("2026-05-15T16:00:00Z");
    private static final Instant REMINDER = Instant.parse("2026-05-13T16:00:00Z");

    private static MemberRequest removal() {
        return MemberRequest.send(7L, RequestKind.REMOVAL, SENT, Deadline.due(DUE, REMINDER));
    }

    @Test
    void theReminderIsSentOnceHoweverOftenItsJobRunsAndNotOnceAnswered() {
        MemberRequest request = removal();
        assertThat(request.remind(REMINDER)).isTrue();
        assertThat(request.remind(REMINDER.plusSeconds(30))).as("the job run again").isFalse();
        assertThat(request.remindedAt()).isEqualTo(REMINDER);

        MemberRequest answered = removal();
        answered.answer(MemberResponse.CONTESTED, "The photograph is of my own family.", false, SENT.plusSeconds(60));
        assertThat(answered.remind(REMINDER)).isFalse();
        assertThat(answered.remindedAt()).isNull();
    }

    @Test
    void nonComplianceIsRecordedOnceHoweverOftenItsJobRuns() {
        MemberRequest request = removal();
        assertThat(request.recordNonCompliance(DUE)).isTrue();
        assertThat(request.recordNonCompliance(DUE.plusSeconds(60))).as("the job run again").isFalse();
        assertThat(request.nonComplianceAt()).isEqualTo(DUE);
    }

    @Test
    void contentRemovedIsComplianceAndAnyOtherAnswerIsNot() {
        MemberRequest removed = removal();
        removed.answer(MemberResponse.REMOVED, "", false, DUE.minusSeconds(3600));
        assertThat(removed.recordNonCompliance(DUE)).isFalse();
        assertThat(removed.nonComplianceAt()).isNull();

        // CHSCB 5.4: a contest or a request for more time still left the content up at the deadline.
        MemberRequest contested = removal();
        contested.answer(MemberResponse.CONTESTED, "Reasons", false, DUE.minusSeconds(3600));
        assertThat(contested.recordNonCompliance(DUE)).isTrue();
    }

    @Test
    void supervisedAccessOnceRecordedStaysRecorded() {
        MemberRequest cooperation = MemberRequest.send(7L, RequestKind.COOPERATION, SENT, Deadline.due(DUE, null));
        cooperation.answer(MemberResponse.INTERVIEW, "Interview notes", true, SENT.plusSeconds(60));
        cooperation.answer(MemberResponse.STATEMENT, "A later statement", false, SENT.plusSeconds(120));
        assertThat(cooperation.supervisedAccess()).isTrue();
        assertThat(cooperation.response()).isEqualTo(MemberResponse.STATEMENT);
        assertThat(cooperation.responseText()).isEqualTo("A later statement");
    }

    @Test
    void moreTimeGivenMovesTheDeadlineAndArmsTheReminderAgain() {
        MemberRequest request = removal();
        request.remind(REMINDER);
        Instant later = Instant.parse("2026-05-22T16:00:00Z");
        Instant laterReminder = Instant.parse("2026-05-20T16:00:00Z");
        Instant decided = Instant.parse("2026-05-14T10:00:00Z");
        request.decide(RequestDecision.MORE_TIME_GIVEN.name(), "chscb.officer", decided,
                Deadline.due(later, laterReminder));
        assertThat(request.deadline()).isEqualTo(later);
        assertThat(request.reminderAt()).isEqualTo(laterReminder);
        assertThat(request.remindedAt()).isNull();
        assertThat(request.decision()).isEqualTo("MORE_TIME_GIVEN");
        assertThat(RequestDecision.labelOf(request.decision())).isEqualTo("More time given");
        assertThat(request.remind(laterReminder)).as("reminded again before the new deadline").isTrue();
    }

    @Test
    void aDecisionWithoutMoreTimeLeavesTheDeadlineWhereItWas() {
        MemberRequest request = removal();
        request.decide(RequestDecision.REJECTED.name(), "chscb.officer", SENT.plusSeconds(3600), null);
        assertThat(request.deadline()).isEqualTo(DUE);
        assertThat(RequestDecision.labelOf(request.decision())).isEqualTo("Contest rejected: the content must be removed");
        assertThat(RequestDecision.labelOf("SOMETHING_OLD")).as("an unknown stored value as it is")
                .isEqualTo("SOMETHING_OLD");
    }

    @Test
    void theMemberMayAskForMoreTimeUntilSixWeeksAfterTheDeadlinesUkDay() {
        MemberRequest request = removal();
        assertThat(request.moreTimeRefusal(LocalDate.of(2026, 6, 26), UK)).isEmpty();
        assertThat(request.moreTimeRefusal(LocalDate.of(2026, 6, 27), UK)).contains(MoreTime.Refusal.TOO_LATE);
        assertThat(request.moreTimeRefusal(LocalDate.of(2026, 5, 15), UK))
                .contains(MoreTime.Refusal.NOT_AFTER_DEADLINE);

        Instant asked = SENT.plusSeconds(3600);
        request.askForMoreTime(LocalDate.of(2026, 6, 26), "More time asked until Friday 26 June 2026, 17:00. On leave.",
                UK, asked);
        assertThat(request.response()).isEqualTo(MemberResponse.MORE_TIME);
        assertThat(request.responseText()).isEqualTo("More time asked until Friday 26 June 2026, 17:00. On leave.");
        assertThat(request.respondedAt()).isEqualTo(asked);
        assertThat(request.deadline()).as("the officer decides on the deadline").isEqualTo(DUE);
    }

    @Test
    void aDayMoreThanSixWeeksAfterTheDeadlineIsRefusedAndNothingIsRecorded() {
        MemberRequest request = removal();
        assertThatThrownBy(() -> request.askForMoreTime(LocalDate.of(2026, 6, 27), "Too long", UK, SENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("More time cannot be asked until 2026-06-27: TOO_LATE");
        assertThatThrownBy(() -> request.askForMoreTime(null, "No day", UK, SENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("More time cannot be asked until null: NO_DAY");
        assertThat(request.response()).isNull();
        assertThat(request.respondedAt()).isNull();
    }

    @Test
    void moreTimeIsAskedForOnlyOnARemovalRequest() {
        MemberRequest cooperation = MemberRequest.send(7L, RequestKind.COOPERATION, SENT, Deadline.due(DUE, null));
        assertThatThrownBy(() -> cooperation.askForMoreTime(LocalDate.of(2026, 5, 22), "Later", UK, SENT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("More time is asked for only on a content removal request");
        assertThat(cooperation.response()).isNull();
    }

    @Test
    void aReopenedCaseSetsItsRequestAsideOnceAndKeepsItAsItWas() {
        MemberRequest request = removal();
        request.answer(MemberResponse.CONTESTED, "The photograph is of my own family.", false, SENT.plusSeconds(60));
        assertThat(request.setAsideAt()).as("current until the case is reopened").isNull();

        Instant reopened = Instant.parse("2026-06-01T10:00:00Z");
        assertThat(request.setAside(reopened)).isTrue();
        assertThat(request.setAside(reopened.plusSeconds(60))).as("the reopening run again").isFalse();
        assertThat(request.setAsideAt()).isEqualTo(reopened);
        assertThat(request.response()).isEqualTo(MemberResponse.CONTESTED);
        assertThat(request.responseText()).isEqualTo("The photograph is of my own family.");
    }

    @Test
    void anAnswerIsTheBoardsToActOnUntilADecisionAsksTheMemberAgain() {
        MemberRequest request = removal();
        assertThat(request.answeredSinceDecision()).as("sent, not answered").isFalse();
        request.answer(MemberResponse.CONTESTED, "Llun o’m teulu – “fy hun”", false, SENT.plusSeconds(60));
        assertThat(request.answeredSinceDecision()).as("contested: the board's move").isTrue();
        request.decide("REJECTED", "chscb.officer", SENT.plusSeconds(120), null);
        assertThat(request.answeredSinceDecision()).as("reasons not accepted: the member's move again").isFalse();
        request.answer(MemberResponse.REMOVED, "", false, SENT.plusSeconds(180));
        assertThat(request.answeredSinceDecision()).as("removed after the decision").isTrue();
    }
}

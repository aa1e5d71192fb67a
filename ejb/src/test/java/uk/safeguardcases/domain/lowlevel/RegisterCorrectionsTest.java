package uk.safeguardcases.domain.lowlevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The register's corrections and retention (issue 41, review): a concern recorded against the wrong member is moved
 * with a reason; a pattern alert stands only while it is still reached, and is kept while anything it counted is;
 * a review is kept while anything it could have looked at is.
 */
class RegisterCorrectionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    private static final Instant AT = Instant.parse("2026-06-15T10:00:00Z");

    @Test
    void aConcernRecordedDirectlyMovesToAnotherMemberWithAReasonAndKeepsWhomItWasAbout() {
        LowLevelConcern concern = LowLevelConcern.recorded(7, 70L, "Liked a pupil’s post.", DAY, "officer", AT);
        assertThat(concern.moveRefused(7, "The wrong Morgan Evans.")).isEqualTo(LowLevelConcern.MoveRefusal.SAME_MEMBER);
        assertThat(concern.moveRefused(8, "  ")).isEqualTo(LowLevelConcern.MoveRefusal.REASON_NEEDED);
        assertThat(concern.moveRefused(8, null)).isEqualTo(LowLevelConcern.MoveRefusal.REASON_NEEDED);
        assertThat(concern.moveRefused(8, "x".repeat(LowLevelConcern.REASON_MAX + 1)))
                .isEqualTo(LowLevelConcern.MoveRefusal.REASON_TOO_LONG);
        assertThatThrownBy(() -> concern.moveTo(8, 80L, "", "officer", AT)).isInstanceOf(IllegalStateException.class);
        assertThat(concern.personId()).isEqualTo(7);

        concern.moveTo(8, 80L, "  Two Morgan Evanses at Ysgol y Môr; the other one.  ", "officer2", AT.plusSeconds(60));
        assertThat(concern.personId()).isEqualTo(8);
        assertThat(concern.organisationId()).isEqualTo(80L);
        assertThat(concern.correctedFrom()).isEqualTo(7);
        assertThat(concern.correctionReason()).isEqualTo("Two Morgan Evanses at Ysgol y Môr; the other one.");
        assertThat(concern.correctedAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(concern.summary()).as("what happened is not touched").isEqualTo("Liked a pupil’s post.");
    }

    @Test
    void aConcernKeptAtTriageFollowsItsCaseAndIsNotMovedInTheRegister() {
        LowLevelConcern concern = LowLevelConcern.fromTriage(7, 70L, "A post.", DAY, 42, "CHSCB-2026-0042", "o", AT);
        assertThat(concern.moveRefused(8, "The wrong member.")).isEqualTo(LowLevelConcern.MoveRefusal.FROM_TRIAGE);
        assertThatThrownBy(() -> concern.moveTo(8, 80L, "The wrong member.", "o", AT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAlertStandsWhileWhatItCountedStillReachesTheThreshold() {
        PatternRule rule = PatternRule.standard();
        LocalDate from = DAY.minusMonths(12);
        List<LocalDate> three = List.of(DAY.minusMonths(11), DAY.minusMonths(2), DAY);
        assertThat(rule.stillReached(three, from, DAY)).isTrue();
        assertThat(rule.stillReached(List.of(DAY.minusMonths(11), DAY), from, DAY)).as("one moved away").isFalse();
        assertThat(rule.stillReached(List.of(DAY.minusMonths(11), DAY, DAY.plusDays(3)), from, DAY))
                .as("a later one was not counted by this alert").isFalse();
        assertThat(rule.stillReached(List.of(from, DAY.minusMonths(11), DAY), from, DAY))
                .as("the day the window opened is outside it").isFalse();
    }

    @Test
    void anAlertIsKeptWhileAnythingItCountedIsKept() {
        LocalDate from = DAY.minusMonths(12);
        assertThat(RegisterRetention.alertRemovable(from, DAY, List.of())).isTrue();
        assertThat(RegisterRetention.alertRemovable(from, DAY, List.of(DAY.minusMonths(3)))).isFalse();
        assertThat(RegisterRetention.alertRemovable(from, DAY, List.of(DAY))).isFalse();
        assertThat(RegisterRetention.alertRemovable(from, DAY, List.of(from, DAY.plusDays(1))))
                .as("only what is outside its window is kept").isTrue();
    }

    @Test
    void aReviewIsKeptWhileAnythingRecordedBeforeItIsKept() {
        assertThat(RegisterRetention.reviewRemovable(AT, List.of())).isTrue();
        assertThat(RegisterRetention.reviewRemovable(AT, List.of(AT.minusSeconds(1)))).isFalse();
        assertThat(RegisterRetention.reviewRemovable(AT, List.of(AT))).isFalse();
        assertThat(RegisterRetention.reviewRemovable(AT, List.of(AT.plusSeconds(1))))
                .as("recorded after the review: it did not look at it").isTrue();
    }

    @Test
    void anAlertFromBeforeItsWindowWasKeptCountsTheBoardsWindowBackFromItsDay() {
        java.time.ZoneId uk = java.time.ZoneId.of("Europe/London");
        PatternRule rule = PatternRule.standard();
        PatternAlert kept = PatternAlert.given(7, 3, AT, DAY, rule);
        PatternAlert older = new PatternAlert(7, 3, AT, null);
        assertThat(kept.countedAfter(rule, uk)).isEqualTo(DAY.minusMonths(12));
        assertThat(older.countedAfter(new PatternRule(3, 6), uk)).isEqualTo(DAY.minusMonths(6));
        List<LocalDate> three = List.of(DAY.minusMonths(11), DAY.minusMonths(2), DAY);
        assertThat(kept.stillStands(rule, three, uk)).isTrue();
        assertThat(kept.stillStands(rule, three.subList(1, 3), uk)).isFalse();
        assertThat(kept.removable(rule, List.of(DAY.plusDays(1)), uk)).isTrue();
        assertThat(kept.removable(rule, List.of(DAY.minusMonths(11)), uk)).isFalse();
    }

    @Test
    void aConcernGoesOnceItsMemberHasLeftTheOrganisationItWasRecordedAgainstAndTheYearsHavePassed() {
        LowLevelConcern concern = LowLevelConcern.recorded(7, 70L, "A post.", DAY.minusYears(7), "o", AT);
        assertThat(concern.removable(true, 70L, 6, DAY)).as("still there").isFalse();
        assertThat(concern.removable(true, 80L, 6, DAY)).as("now at another organisation").isTrue();
        assertThat(concern.removable(false, 70L, 6, DAY)).as("account closed").isTrue();
        assertThat(concern.removable(false, 70L, 8, DAY)).as("eight years not yet passed").isFalse();
        LowLevelConcern nobodys = LowLevelConcern.recorded(7, null, "A post.", DAY.minusYears(7), "o", AT);
        assertThat(nobodys.removable(true, null, 6, DAY)).as("recorded against none: kept while active").isFalse();
        assertThat(LowLevelConcern.datable(DAY.minusYears(10), DAY)).isTrue();
        assertThat(LowLevelConcern.datable(DAY.minusYears(10).minusDays(1), DAY)).isFalse();
        assertThat(LowLevelConcern.datable(DAY.plusDays(1), DAY)).isFalse();
        assertThat(LowLevelPolicy.refused(2, 60, 75)).isEmpty();
        assertThat(LowLevelPolicy.refused(null, 0, 76)).containsExactly("threshold", "windowMonths", "keepYears");
    }
}

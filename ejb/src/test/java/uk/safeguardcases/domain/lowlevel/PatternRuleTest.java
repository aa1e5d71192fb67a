package uk.safeguardcases.domain.lowlevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pattern alert's rule: the threshold, the window, and once per crossing (issue 41). */
class PatternRuleTest {

    private static final PatternRule RULE = PatternRule.standard();
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @Test
    void threeWithinTwelveMonthsReachTheThresholdAndTwoDoNot() {
        List<LocalDate> events = List.of(DAY.minusMonths(11), DAY.minusMonths(3));
        assertThat(RULE.reached(events, DAY)).isFalse();
        assertThat(RULE.alertDue(events, null, DAY)).isFalse();

        List<LocalDate> three = List.of(DAY.minusMonths(11), DAY.minusMonths(3), DAY);
        assertThat(RULE.countOn(three, DAY)).isEqualTo(3);
        assertThat(RULE.alertDue(three, null, DAY)).isTrue();
    }

    @Test
    void oneTwelveMonthsOldOrMoreIsOutsideTheWindowAndOneDatedLaterIsNotCountedYet() {
        List<LocalDate> events = List.of(DAY.minusMonths(12), DAY.minusMonths(3), DAY, DAY.plusDays(1));
        assertThat(RULE.countOn(events, DAY)).isEqualTo(2);
        assertThat(RULE.alertDue(events, null, DAY)).isFalse();
        assertThat(RULE.countOn(List.of(DAY.minusMonths(12).plusDays(1)), DAY)).isEqualTo(1);
    }

    @Test
    void theFourthWhileStillAboveTheThresholdAlertsNobodyAgain() {
        LocalDate alerted = DAY.minusMonths(2);
        List<LocalDate> events = new ArrayList<>(List.of(DAY.minusMonths(8), DAY.minusMonths(5), alerted));
        assertThat(RULE.alertDue(events, null, alerted)).isTrue();

        events.add(DAY);
        assertThat(RULE.countOn(events, DAY)).isEqualTo(4);
        assertThat(RULE.alertDue(events, alerted, DAY)).isFalse();
    }

    @Test
    void afterFallingBelowTheThresholdAndRisingAgainTheSeniorsAreAlertedAgain() {
        LocalDate alerted = LocalDate.of(2025, 3, 1);
        List<LocalDate> events = new ArrayList<>(List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 12, 1),
                alerted));
        assertThat(RULE.alertDue(events, null, alerted)).isTrue();
        // 1 June 2025 the first leaves the window: two remain, below the threshold.
        assertThat(RULE.countOn(events, LocalDate.of(2025, 6, 1))).isEqualTo(2);
        events.add(LocalDate.of(2025, 9, 1));
        assertThat(RULE.alertDue(events, alerted, LocalDate.of(2025, 9, 1))).isTrue();
    }

    @Test
    void aConcernThatLeavesTheWindowOnTheDayANewOneArrivesIsNotACrossing() {
        LocalDate alerted = LocalDate.of(2025, 3, 1);
        List<LocalDate> events = new ArrayList<>(List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 12, 1),
                alerted, LocalDate.of(2025, 4, 1)));
        // On 1 June 2025 the first leaves, but three remain: the count never fell below.
        events.add(LocalDate.of(2025, 6, 1));
        assertThat(RULE.alertDue(events, alerted, LocalDate.of(2025, 6, 1))).isFalse();
    }

    @Test
    void aCountedConcernRemovedSinceTheAlertCountsAsFallingBelow() {
        LocalDate alerted = DAY.minusMonths(1);
        assertThat(RULE.alertDue(List.of(DAY.minusMonths(6), DAY.minusMonths(2), alerted), null, alerted)).isTrue();
        // Nothing removed: a fourth says nothing new.
        assertThat(RULE.alertDue(List.of(DAY.minusMonths(6), DAY.minusMonths(2), alerted, DAY), alerted, DAY))
                .isFalse();
        // One of the three counted then was removed since (retention, a correction): reaching three again alerts.
        assertThat(RULE.alertDue(List.of(DAY.minusMonths(6), alerted, DAY), alerted, DAY)).isTrue();
        assertThat(RULE.alertDue(List.of(DAY.minusMonths(6), alerted), alerted, DAY)).isFalse();
    }

    @Test
    void aBoardsOwnThresholdAndWindowAreUsedAndNonsenseIsRefused() {
        PatternRule twoInSix = new PatternRule(2, 6);
        assertThat(twoInSix.alertDue(List.of(DAY.minusMonths(5), DAY), null, DAY)).isTrue();
        assertThat(twoInSix.alertDue(List.of(DAY.minusMonths(7), DAY), null, DAY)).isFalse();
        assertThatThrownBy(() -> new PatternRule(1, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PatternRule(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConcernIsKeptWhileTheMemberIsInTheOrganisationThenForTheBoardsYears() {
        LocalDate happened = LocalDate.of(2018, 5, 1);
        LocalDate today = LocalDate.of(2026, 5, 1);
        assertThat(LowLevelPolicy.removable(happened, true, 6, today)).isFalse();
        assertThat(LowLevelPolicy.removable(happened, false, 6, today)).isTrue();
        assertThat(LowLevelPolicy.removable(LocalDate.of(2021, 5, 2), false, 6, today)).isFalse();
    }
}

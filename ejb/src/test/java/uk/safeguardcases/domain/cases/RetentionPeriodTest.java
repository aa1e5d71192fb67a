package uk.safeguardcases.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * How long a record is kept, on its own: as the rule or the board's period says, and never removed before the
 * cooling-off period ends, whichever of the two is set first. Which rule applies is {@link RetentionRuleTest}'s.
 */
class RetentionPeriodTest {

    private static final LocalDate COOLING_OFF_ENDS = LocalDate.of(2026, 12, 20);

    @Test
    void anOpenCaseHasNoPeriodYet() {
        RetentionPeriod period = new RetentionPeriod();

        assertThat(period.until()).isNull();
        assertThat(period.basis()).isNull();
        assertThat(period.removalNotBefore()).isNull();
        assertThat(period.theBoardsPeriod()).isFalse();
    }

    @Test
    void theRecordIsKeptAsTheRuleSays() {
        RetentionPeriod period = new RetentionPeriod();
        period.coolingOffUntil(COOLING_OFF_ENDS);

        period.keep(new RetentionRule.Retention(LocalDate.of(2063, 6, 15), RetentionBasis.PENSION_AGE));

        assertThat(period.until()).isEqualTo(LocalDate.of(2063, 6, 15));
        assertThat(period.basis()).isEqualTo(RetentionBasis.PENSION_AGE);
        assertThat(period.removalNotBefore()).isEqualTo(COOLING_OFF_ENDS);
    }

    @Test
    void aFalseFindingsDayWithinTheCoolingOffPeriodWaitsForItsEnd() {
        RetentionPeriod period = new RetentionPeriod();
        period.coolingOffUntil(COOLING_OFF_ENDS);

        period.keep(new RetentionRule.Retention(LocalDate.of(2026, 11, 25), RetentionBasis.FALSE_OR_MALICIOUS));

        assertThat(period.until()).isEqualTo(COOLING_OFF_ENDS);
        assertThat(period.basis()).isEqualTo(RetentionBasis.FALSE_OR_MALICIOUS);
    }

    @Test
    void aCoolingOffPeriodThatEndsLaterMovesTheRetentionDateOn() {
        RetentionPeriod period = new RetentionPeriod();
        period.keep(new RetentionRule.Retention(LocalDate.of(2026, 11, 25), RetentionBasis.FALSE_OR_MALICIOUS));

        period.coolingOffUntil(LocalDate.of(2026, 12, 25));

        assertThat(period.until()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(period.removalNotBefore()).isEqualTo(LocalDate.of(2026, 12, 25));
    }

    @Test
    void aCaseClosedBeforeThereWasACoolingOffPeriodKeepsTheRulesDate() {
        RetentionPeriod period = new RetentionPeriod();

        period.keep(new RetentionRule.Retention(LocalDate.of(2026, 11, 25), RetentionBasis.FALSE_OR_MALICIOUS));

        assertThat(period.until()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(period.removalNotBefore()).isNull();
    }

    @Test
    void aConcernClosedAtTriageIsKeptForTheBoardsPeriodButNotWithinTheCoolingOff() {
        RetentionPeriod shortPeriod = new RetentionPeriod();
        shortPeriod.coolingOffUntil(COOLING_OFF_ENDS);
        shortPeriod.keepForTheBoardsPeriod(LocalDate.of(2026, 12, 1));

        assertThat(shortPeriod.theBoardsPeriod()).isTrue();
        assertThat(shortPeriod.basis()).isEqualTo(RetentionBasis.CLOSED_AT_TRIAGE);
        assertThat(shortPeriod.until()).isEqualTo(COOLING_OFF_ENDS);

        RetentionPeriod year = new RetentionPeriod();
        year.coolingOffUntil(COOLING_OFF_ENDS);
        year.keepForTheBoardsPeriod(LocalDate.of(2027, 11, 20));
        assertThat(year.until()).isEqualTo(LocalDate.of(2027, 11, 20));
    }
}

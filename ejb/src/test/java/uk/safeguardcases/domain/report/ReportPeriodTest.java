package uk.safeguardcases.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Twelve months, by default the UK financial year, beside the twelve before. */
class ReportPeriodTest {

    @Test
    void theFinancialYearRunsFromTheFirstOfAprilToTheThirtyFirstOfMarch() {
        ReportPeriod year = ReportPeriod.financialYearOf(LocalDate.of(2026, 3, 31));

        assertThat(year.from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(year.label()).isEqualTo("2025–26");
        assertThat(ReportPeriod.financialYearOf(LocalDate.of(2026, 4, 1)).label()).isEqualTo("2026–27");
    }

    @Test
    void theYearToReportOnIsTheLastOneFinished() {
        assertThat(ReportPeriod.lastFinishedFinancialYear(LocalDate.of(2026, 11, 26)))
                .isEqualTo(ReportPeriod.financialYear(2025));
        assertThat(ReportPeriod.lastFinishedFinancialYear(LocalDate.of(2026, 2, 1)))
                .isEqualTo(ReportPeriod.financialYear(2024));
    }

    @Test
    void thePreviousPeriodIsTheTwelveMonthsBefore() {
        ReportPeriod june = ReportPeriod.startingOn(LocalDate.of(2025, 6, 1));

        assertThat(june.previous()).isEqualTo(ReportPeriod.startingOn(LocalDate.of(2024, 6, 1)));
        assertThat(june.label()).isEqualTo("2025-06-01 to 2026-05-31");
        assertThat(june.financialYear()).isFalse();
    }

    @Test
    void aMomentBelongsToTheUkDayItFallsOn() {
        ReportPeriod year = ReportPeriod.financialYear(2025);

        // 1 April 2025 is in British Summer Time: the day starts at 23:00 UTC the evening before.
        assertThat(year.startsAt()).isEqualTo(Instant.parse("2025-03-31T23:00:00Z"));
        assertThat(year.contains(Instant.parse("2025-03-31T23:00:00Z"))).isTrue();
        assertThat(year.contains(Instant.parse("2025-03-31T22:59:59Z"))).isFalse();
        assertThat(year.contains(Instant.parse("2026-03-31T22:59:59Z"))).as("31 March 2026, 23:59:59 BST").isTrue();
        assertThat(year.contains(Instant.parse("2026-03-31T23:00:00Z"))).as("1 April 2026, 00:00 BST").isFalse();
    }

    @Test
    void aPeriodIsTwelveMonths() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 10, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMedianAndNinetiethPercentileInterpolateAsTheDatabaseDoes() {
        List<Double> days = List.of(1.0, 2.0, 3.0, 4.0, 10.0);

        assertThat(Spread.percentile(days, 0.5)).isEqualTo(3.0);
        assertThat(Spread.percentile(days, 0.9)).isEqualTo(4.0 + 0.6 * 6.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Spread.percentile(List.of(), 0.5)).isNull();
    }

    @Test
    void aStatisticOfAFewCasesIsNotPublished() {
        assertThat(new Spread(4, 3.0, 4.0).publishedMedian()).isEmpty();
        assertThat(new Spread(5, 3.0, 4.0).publishedMedian()).contains(3.0);
        assertThat(new Spread(9, 3.0, 4.0).publishedNinetieth()).isEmpty();
        assertThat(new Spread(10, 3.0, 4.0).publishedNinetieth()).contains(4.0);
    }
}

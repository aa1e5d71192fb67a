package uk.safeguardcases.domain.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionRuleTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Instant RAISED = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    void withoutADateOfBirthTheCaseIsKeptTenYearsFromTheAllegation() {
        assertEquals(new RetentionRule.Retention(LocalDate.of(2036, 11, 22), RetentionBasis.TEN_YEARS_FROM_ALLEGATION),
                RetentionRule.of(RAISED, null, null, TODAY, UK));
    }

    @Test
    void aYoungMemberIsKeptOnRecordUntilTheirStatePensionAge() {
        assertEquals(new RetentionRule.Retention(LocalDate.of(2063, 6, 15), RetentionBasis.PENSION_AGE),
                RetentionRule.of(RAISED, LocalDate.of(1995, 6, 15), AllegationFinding.UNFOUNDED, TODAY, UK));
    }

    @Test
    void aMemberNearPensionAgeIsKeptTenYearsBecauseThatIsLonger() {
        assertEquals(new RetentionRule.Retention(LocalDate.of(2036, 11, 22), RetentionBasis.TEN_YEARS_FROM_ALLEGATION),
                RetentionRule.of(RAISED, LocalDate.of(1962, 1, 1), AllegationFinding.SUBSTANTIATED, TODAY, UK));
    }

    @ParameterizedTest
    @CsvSource({"FALSE", "MALICIOUS"})
    void anAllegationFoundFalseOrMaliciousMayBeRemovedFromTheDayOfTheFinding(AllegationFinding finding) {
        assertEquals(new RetentionRule.Retention(TODAY, RetentionBasis.FALSE_OR_MALICIOUS),
                RetentionRule.of(RAISED, LocalDate.of(1995, 6, 15), finding, TODAY, UK));
    }

    @Test
    void theDayOfTheAllegationIsTheUkDay() {
        Instant lateEvening = Instant.parse("2026-06-30T23:30:00Z");
        assertEquals(LocalDate.of(2036, 7, 1), RetentionRule.of(lateEvening, null, null, TODAY, UK).keepUntil());
    }

    @ParameterizedTest
    @CsvSource({
            "1950-01-01, 65", "1954-10-05, 65", "1954-10-06, 66", "1960-04-05, 66", "1960-04-06, 67",
            "1977-04-05, 67", "1977-04-06, 68", "2001-09-30, 68"})
    void statePensionAgeFollowsThePensionsActsTakingTheHigherAgeOfAPhasedBand(LocalDate born, int age) {
        assertEquals(age, StatePensionAge.years(born));
        assertEquals(born.plusYears(age), StatePensionAge.reachedOn(born));
    }
}

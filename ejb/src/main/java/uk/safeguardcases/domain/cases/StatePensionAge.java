package uk.safeguardcases.domain.cases;

import java.time.LocalDate;

/**
 * State pension age in the UK by date of birth (Pensions Acts 1995, 2007, 2011 and 2014), the "normal pension
 * age" of the retention rule. Where the Acts phase an age in over a band of birth dates, the band takes the
 * higher age: a safeguarding record is then kept a few months longer rather than shorter.
 */
public final class StatePensionAge {

    private static final LocalDate SIXTY_SIX_FROM = LocalDate.of(1954, 10, 6);
    private static final LocalDate SIXTY_SEVEN_FROM = LocalDate.of(1960, 4, 6);
    private static final LocalDate SIXTY_EIGHT_FROM = LocalDate.of(1977, 4, 6);

    private StatePensionAge() {
    }

    public static int years(LocalDate dateOfBirth) {
        if (dateOfBirth.isBefore(SIXTY_SIX_FROM)) {
            return 65;
        }
        if (dateOfBirth.isBefore(SIXTY_SEVEN_FROM)) {
            return 66;
        }
        if (dateOfBirth.isBefore(SIXTY_EIGHT_FROM)) {
            return 67;
        }
        return 68;
    }

    /** The day the member reaches state pension age. */
    public static LocalDate reachedOn(LocalDate dateOfBirth) {
        return dateOfBirth.plusYears(years(dateOfBirth));
    }
}

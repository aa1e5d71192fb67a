package uk.safeguardcases.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long a closed case is kept before it may be anonymised or purged (Keeping Children Safe in Education,
 * Part 4): a record of an allegation against someone who works with children is kept until they reach normal
 * pension age or for 10 years from the date of the allegation, whichever is longer; an allegation found false
 * or malicious is removed from the records, so it may go from the day that finding is made. Without the
 * member's date of birth, the 10 years apply.
 */
public final class RetentionRule {

    static final int YEARS = 10;

    private RetentionRule() {
    }

    /** A case's "keep until" date and which part of the rule set it. */
    public record Retention(LocalDate keepUntil, RetentionBasis basis) {
    }

    public static Retention of(Instant raisedAt, LocalDate dateOfBirth, AllegationFinding finding, LocalDate findingDay,
            ZoneId zone) {
        if (finding != null && finding.removedFromRecords()) {
            return new Retention(findingDay, RetentionBasis.FALSE_OR_MALICIOUS);
        }
        LocalDate tenYears = raisedAt.atZone(zone).toLocalDate().plusYears(YEARS);
        if (dateOfBirth != null && StatePensionAge.reachedOn(dateOfBirth).isAfter(tenYears)) {
            return new Retention(StatePensionAge.reachedOn(dateOfBirth), RetentionBasis.PENSION_AGE);
        }
        return new Retention(tenYears, RetentionBasis.TEN_YEARS_FROM_ALLEGATION);
    }
}

package uk.safeguardcases.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long a closed case is kept before it may be anonymised or purged. Records of allegations against
 * people who work with children are kept until their normal retirement age or for 10 years from the
 * allegation, whichever is longer. The product holds no dates of birth, so the retirement-age date is
 * not known and the 10 years from the date the concern was raised apply.
 */
public final class RetentionRule {

    static final int YEARS = 10;

    private RetentionRule() {
    }

    public static LocalDate keepUntil(Instant raisedAt, ZoneId zone) {
        return raisedAt.atZone(zone).toLocalDate().plusYears(YEARS);
    }
}

package uk.safeguardcases.application.search;

import java.time.LocalDate;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.search.ChildSearch;
import uk.safeguardcases.domain.search.ChildSearchStatus;

/** The register's filter: each part null for any. Dates are the request's day (UK), inclusive. */
public record RegisterFilter(ChildSearchStatus status, Platform platform, LocalDate from, LocalDate to) {

    public static RegisterFilter all() {
        return new RegisterFilter(null, null, null, null);
    }

    /** Whether the register shows {@code search}: in the state, asking for the platform, asked between the days. */
    public boolean shows(ChildSearch search) {
        LocalDate asked = search.requestedAt().atZone(WorkingCalendar.UK).toLocalDate();
        return (status == null || search.status() == status)
                && (platform == null || search.platforms().contains(platform))
                && (from == null || !asked.isBefore(from))
                && (to == null || !asked.isAfter(to));
    }
}

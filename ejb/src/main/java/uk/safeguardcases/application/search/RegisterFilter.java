package uk.safeguardcases.application.search;

import java.time.LocalDate;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.search.ChildSearchStatus;

/** The register's filter: each part null for any. Dates are the request's day (UK), inclusive. */
public record RegisterFilter(ChildSearchStatus status, Platform platform, LocalDate from, LocalDate to) {

    public static RegisterFilter all() {
        return new RegisterFilter(null, null, null, null);
    }
}

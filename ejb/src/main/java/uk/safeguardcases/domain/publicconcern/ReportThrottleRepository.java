package uk.safeguardcases.domain.publicconcern;

import java.time.Instant;
import java.util.Optional;

/** The counts of the public pages' limits ({@link ReportLimit}), which belong to no board. */
public interface ReportThrottleRepository {

    /** The count with this key as it stands, read without a lock. */
    Optional<ReportThrottle> byKey(String key);

    /** The count with this key, locked for this transaction (two requests at once count one after the other). */
    Optional<ReportThrottle> locked(String key);

    void add(ReportThrottle throttle);

    /** Removes the limit's counts whose window started before {@code before}; answers how many went. */
    int removeStartedBefore(ReportLimit limit, Instant before);
}

package uk.safeguardcases.application.publicconcern;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.domain.publicconcern.ReportLimit;
import uk.safeguardcases.domain.publicconcern.ReportThrottle;
import uk.safeguardcases.domain.publicconcern.ReportThrottleRepository;

/** The limits' counts in memory, by key, as the table keeps them (no board's). */
class InMemoryReportThrottleRepository implements ReportThrottleRepository {

    final Map<String, ReportThrottle> byKey = new LinkedHashMap<>();

    @Override
    public Optional<ReportThrottle> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public Optional<ReportThrottle> locked(String key) {
        return byKey(key);
    }

    @Override
    public void add(ReportThrottle throttle) {
        byKey.put(keyOf(throttle), throttle);
    }

    @Override
    public int removeStartedBefore(ReportLimit limit, Instant before) {
        int before0 = byKey.size();
        byKey.entrySet().removeIf(e -> e.getKey().startsWith(limit.name() + ":")
                && e.getValue().windowStart().isBefore(before));
        return before0 - byKey.size();
    }

    private static String keyOf(ReportThrottle throttle) {
        try {
            var key = ReportThrottle.class.getDeclaredField("key");
            key.setAccessible(true);
            return (String) key.get(throttle);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

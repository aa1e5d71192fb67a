package uk.safeguardcases.domain.publicconcern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One count of a {@link ReportLimit} (one address's, or one board's) over a sliding window: the count of the window
 * before is weighed by how much of it still lies within the last window, so no burst fits around a window's edge.
 * Kept before anyone is known, so it belongs to no board. Its windows start on a whole minute, so that no row tells
 * to the second when a report from an address came in.
 *
 * <p>The count is kept over a window a little shorter than the limit's own ({@link #countedOver}): the window before is
 * weighed as if its hits were spread evenly over it, so a burst at its start went on counting after it had left the
 * hour, and "5 concerns an hour" made the sixth wait 72 minutes. Over the shorter window nobody who reached a limit
 * waits longer than the limit's own window (the hour the page names) after their first hit.
 */
@Entity
@Table(name = "public_report_throttle")
public class ReportThrottle {

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(nullable = false)
    private int hits;

    @Column(name = "previous_hits", nullable = false)
    private int previousHits;

    protected ReportThrottle() {
    }

    public ReportThrottle(String key, Instant now) {
        this.key = key;
        this.windowStart = now.truncatedTo(ChronoUnit.MINUTES);
    }

    /** How many are counted now (the window before weighed in). */
    public double count(ReportLimit limit, Instant now) {
        return countAt(countedOver(limit), now);
    }

    public Instant windowStart() {
        return windowStart;
    }

    /** Whether one more would go over the limit now. */
    public boolean refusedAt(ReportLimit limit, Instant now) {
        return countAt(countedOver(limit), now) + 1 > limit.most();
    }

    public void hit(ReportLimit limit, Instant now) {
        slideTo(countedOver(limit), now);
        hits++;
    }

    /** How long until one more is allowed, in whole minutes (at least one). */
    public long minutesToWait(ReportLimit limit, Instant now) {
        Duration window = countedOver(limit);
        long stepSeconds = Math.max(60, window.toSeconds() / 60);
        for (long waited = stepSeconds; waited <= window.toSeconds() * 2; waited += stepSeconds) {
            if (!refusedAt(limit, now.plusSeconds(waited))) {
                return Math.max(1, (waited + 59) / 60);
            }
        }
        return Math.max(1, window.toMinutes() * 2);
    }

    /**
     * The window a limit's count is kept over: most/(most + 1) of the limit's own, in whole minutes (so windows still
     * start on a whole minute). After a burst of {@code most} at a window's start, the evenly spread weighing lets one
     * more in when a (most)th of the next window has passed: at (most + 1)/most of this window, within the limit's.
     * 5 an hour: 50 minutes; 10 per 15 minutes: 13; 30 an hour: 58; 100 an hour: 59.
     */
    static Duration countedOver(ReportLimit limit) {
        return Duration.ofMinutes(Math.max(1, limit.window().toMinutes() * limit.most() / (limit.most() + 1)));
    }

    double countAt(Duration window, Instant now) {
        Instant start = windowStart;
        int current = hits;
        int previous = previousHits;
        long windows = Duration.between(start, now).toNanos() / window.toNanos();
        if (windows >= 2 || windows < 0) {
            return windows < 0 ? current : 0;
        }
        if (windows == 1) {
            previous = current;
            current = 0;
            start = start.plus(window);
        }
        double elapsed = (double) Duration.between(start, now).toNanos() / window.toNanos();
        return previous * (1 - Math.max(0, Math.min(1, elapsed))) + current;
    }

    private void slideTo(Duration window, Instant now) {
        long windows = Duration.between(windowStart, now).toNanos() / window.toNanos();
        if (windows >= 2 || windows < 0) {
            previousHits = 0;
            hits = 0;
            windowStart = now.truncatedTo(ChronoUnit.MINUTES);
        } else if (windows == 1) {
            previousHits = hits;
            hits = 0;
            windowStart = windowStart.plus(window);
        }
    }
}

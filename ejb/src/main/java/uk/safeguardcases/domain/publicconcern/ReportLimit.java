package uk.safeguardcases.domain.publicconcern;

import java.time.Duration;

/**
 * The limits on the public pages, counted over a sliding window (as sign-ins are, {@code SignInThrottle}): concerns
 * raised from one network address and on one board, and wrong receipt codes from one address. A person who reaches
 * one is told how long to wait; what they typed stays on the page.
 */
public enum ReportLimit {
    RAISED_FROM_ADDRESS(5, Duration.ofHours(1)),
    RAISED_ON_BOARD(100, Duration.ofHours(1)),
    WRONG_CODE_FROM_ADDRESS(10, Duration.ofMinutes(15));

    private final int most;
    private final Duration window;

    ReportLimit(int most, Duration window) {
        this.most = most;
        this.window = window;
    }

    public int most() {
        return most;
    }

    public Duration window() {
        return window;
    }

    /** The key of one address's or one board's count of this limit. */
    public String key(String who) {
        String clean = who == null || who.isBlank() ? "unknown" : who.strip();
        return name() + ":" + (clean.length() > 90 ? clean.substring(0, 90) : clean);
    }
}

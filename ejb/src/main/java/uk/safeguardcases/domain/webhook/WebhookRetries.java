package uk.safeguardcases.domain.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When a delivery that failed is tried again: after 5 seconds, 5 minutes, 30 minutes, 2 hours, 5 hours, 10 hours and
 * 10 hours (eight tries over about a day and a quarter, the schedule the Standard Webhooks specification's authors
 * use); after the last it is given up. An operator may set other waits in seconds
 * ({@code -Dsafeguard.webhooks.retryDelays=5,300,…}); the number of tries is always one more than the waits.
 */
public final class WebhookRetries {

    public static final String SETTING = "safeguard.webhooks.retryDelays";
    static final List<Duration> STANDARD = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));

    private final List<Duration> waits;

    WebhookRetries(List<Duration> waits) {
        this.waits = List.copyOf(waits);
    }

    /** The schedule the server was started with (read at each failure, so a change needs no restart). */
    public static WebhookRetries configured() {
        return parse(System.getProperty(SETTING));
    }

    /** The waits given as seconds, comma-separated; the standard schedule when none are given or one is not a number. */
    static WebhookRetries parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return new WebhookRetries(STANDARD);
        }
        List<Duration> waits = new ArrayList<>();
        for (String part : setting.split(",")) {
            try {
                long seconds = Long.parseLong(part.strip());
                if (seconds < 1) {
                    return new WebhookRetries(STANDARD);
                }
                waits.add(Duration.ofSeconds(seconds));
            } catch (NumberFormatException e) {
                return new WebhookRetries(STANDARD);
            }
        }
        return new WebhookRetries(waits);
    }

    /** How many tries a delivery gets before it is given up. */
    public int tries() {
        return waits.size() + 1;
    }

    /** The wait after the {@code attempt}-th try failed (1 for the first); empty past the last. */
    public java.util.Optional<Duration> after(int attempt) {
        return attempt >= 1 && attempt <= waits.size() ? java.util.Optional.of(waits.get(attempt - 1))
                : java.util.Optional.empty();
    }
}

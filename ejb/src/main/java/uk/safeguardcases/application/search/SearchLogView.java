package uk.safeguardcases.application.search;

import java.time.Instant;
import uk.safeguardcases.domain.evidence.Platform;

/** One logged search, as the log and its PDF show it. */
public record SearchLogView(int number, Instant searchedAt, Platform platform, String searchedFor, String method,
        String found, String capturedText, String fileName, String sha256, String loggedBy, Instant loggedAt) implements java.io.Serializable {
}

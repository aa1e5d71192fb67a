package uk.safeguardcases.application.search;

import java.time.Instant;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * One search as the officer logs it: when (null: now), where, what was searched for or opened, the open method, what
 * was found, and the evidence captured: text and/or a file (its name and bytes). There is no password field.
 */
public record SearchLogDetails(Instant searchedAt, Platform platform, String searchedFor, String method, String found,
        String capturedText, String fileName, byte[] fileContent) {
}

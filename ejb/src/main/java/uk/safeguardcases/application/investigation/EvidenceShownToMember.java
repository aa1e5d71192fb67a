package uk.safeguardcases.application.investigation;

import java.io.Serializable;
import java.time.Instant;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * A piece of evidence as the member of the case sees it: what was captured and when, not who captured it.
 *
 * @param providedByMember the member gave it themselves (proof of removal)
 * @param fileName the attached file's name, or null when there is no file
 */
public record EvidenceShownToMember(long id, String url, Platform platform, String capturedText, Instant capturedAt,
        boolean providedByMember, String fileName, Long fileSize, String contentType) implements Serializable {

    public boolean hasFile() {
        return fileName != null;
    }
}

package uk.safeguardcases.application.investigation;

import java.time.Instant;
import uk.safeguardcases.domain.evidence.Evidence;

/**
 * A piece of evidence as officers and seniors see it; never the file's bytes (see
 * {@code EvidenceService.fileOf}).
 *
 * @param platform the platform's label, e.g. "Facebook"
 * @param captureMethod the capture method's label, e.g. "Viewed on a public page"
 * @param sha256 SHA-256 of the stored content, lower-case hex (see {@code ContentHash} for what is hashed)
 * @param capturedText the text captured, or null
 * @param fileName the attached file's name, or null when there is no file
 * @param fileSize the file's size in bytes, or null
 * @param contentType the file's type, or null
 * @param reportReference the IWF / CEOP report reference when illegal imagery was found, else null
 */
public record EvidenceView(long id, String url, String platform, String captureMethod, Instant capturedAt,
        String capturedBy, Instant recordedAt, String sha256, String capturedText, String fileName, Long fileSize,
        String contentType, boolean illegalImagery, String reportReference) {

    public static EvidenceView of(Evidence evidence) {
        return new EvidenceView(evidence.id(), evidence.url(), evidence.platform().label(),
                evidence.captureMethod().label(), evidence.capturedAt(), evidence.capturedBy(), evidence.recordedAt(),
                evidence.contentSha256(), evidence.capturedText(), evidence.fileName(), evidence.fileSize(),
                evidence.contentType(), evidence.illegalImagery(), evidence.reportReference());
    }

    public boolean hasFile() {
        return fileName != null;
    }
}

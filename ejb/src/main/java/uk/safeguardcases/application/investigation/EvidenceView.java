package uk.safeguardcases.application.investigation;

import java.io.Serializable;
import java.time.Instant;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Evidence;
import uk.safeguardcases.domain.evidence.EvidenceReview;
import uk.safeguardcases.domain.evidence.EvidenceSource;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * A piece of evidence as officers and seniors see it; never the file's bytes (see
 * {@code EvidenceService.fileOf}).
 *
 * @param number the item's number in its case, the one the timeline, the pack and the report use
 * @param platform the platform's label, e.g. "Facebook"
 * @param captureMethod the capture method's label, e.g. "Viewed on a public page"
 * @param sha256 SHA-256 of the stored content, lower-case hex (see {@code ContentHash} for what is hashed)
 * @param capturedText the text captured, or null
 * @param fileName the attached file's name, or null when there is no file
 * @param fileSize the file's size in bytes, or null
 * @param contentType the file's type, or null
 * @param reportReference the IWF / CEOP report reference when illegal imagery was found, else null
 * @param shownToMember whether the board shows it to the member of the case in the portal
 * @param platformValue the platform itself, whose words pages take from their bundles
 * @param captureMethodValue the capture method itself, whose words pages take from their bundles
 * @param suppliedBy who supplied it: only the board's own carries the open-methods declaration
 * @param reviewedBy for what a reporter supplied, the officer who reviewed it, or null while it is not reviewed
 * @param reviewedAt when it was reviewed, or null
 * @param captureForm how it was captured, its label (e.g. "Screenshot"), or "Not recorded" for evidence recorded
 *        before it was asked for
 * @param captureFormValue the capture form itself, whose words pages take from their bundles; null when not recorded
 */
public record EvidenceView(long id, int number, String url, String platform, String captureMethod, Instant capturedAt,
        String capturedBy, Instant recordedAt, String sha256, String capturedText, String fileName, Long fileSize,
        String contentType, boolean illegalImagery, String reportReference, boolean shownToMember,
        Platform platformValue, CaptureMethod captureMethodValue, EvidenceSource suppliedBy, String reviewedBy,
        Instant reviewedAt, String captureForm, CaptureForm captureFormValue) implements Serializable {

    /** @param review its review (of what a reporter supplied), or null */
    public static EvidenceView of(Evidence evidence, boolean shownToMember, EvidenceReview review) {
        return new EvidenceView(evidence.id(), evidence.numberInCase(), evidence.url(), evidence.platform().label(),
                evidence.captureMethod().label(), evidence.capturedAt(), evidence.capturedBy(), evidence.recordedAt(),
                evidence.contentSha256(), evidence.capturedText(), evidence.fileName(), evidence.fileSize(),
                evidence.contentType(), evidence.illegalImagery(), evidence.reportReference(), shownToMember,
                evidence.platform(), evidence.captureMethod(), evidence.suppliedBy(),
                review == null ? null : review.reviewedBy(), review == null ? null : review.reviewedAt(),
                CaptureForm.labelOf(evidence.captureForm()), evidence.captureForm());
    }

    /** Supplied by a reporter and not yet looked at by an officer: kept from the member and the HR partner. */
    public boolean awaitingReview() {
        return suppliedBy != null && suppliedBy.needsReview() && reviewedBy == null;
    }

    /** Supplied by a reporter on the public page (not gathered by the board). */
    public boolean suppliedByReporter() {
        return suppliedBy == EvidenceSource.REPORTER;
    }

    public boolean hasFile() {
        return fileName != null;
    }
}

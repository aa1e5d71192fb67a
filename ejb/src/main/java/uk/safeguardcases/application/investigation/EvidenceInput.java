package uk.safeguardcases.application.investigation;

import java.time.Instant;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * Evidence as the officer captures it: at least a web address, captured text or a file.
 *
 * @param capturedAt when the content was captured (it may be before it is recorded; not in the future)
 * @param captureForm how it was captured, the form of its record (a screenshot, a saved copy of the page, …);
 *        required, and it must agree with what is kept ({@link CaptureForm#problem}): the address only when
 *        nothing else is, and always for illegal imagery
 * @param openMethodDeclared the officer confirms the content was gathered by open methods available to any
 *        member of the public, without password guessing or subterfuge (LSCB §3); evidence is refused without
 * @param fileName the file's name as the browser sent it (any path is removed), or null
 * @param contentType the file's declared type (image/png, image/jpeg, image/gif, image/webp, application/pdf,
 *        text/plain), or null
 * @param fileContent the file's bytes (up to 10 MB), or null when there is no file
 * @param illegalImagery indecent images of children were found: no file and no text may then be given; only
 *        the address (optional) and the IWF / CEOP report reference are recorded
 * @param reportReference the IWF / CEOP report reference, required with (and only with) illegal imagery
 * @param shownToMember the officer shows it to the member of the case in the portal (never illegal imagery);
 *        proof a member gives is always shown to them
 */
public record EvidenceInput(String url, Platform platform, String capturedText, Instant capturedAt,
        CaptureMethod captureMethod, CaptureForm captureForm, boolean openMethodDeclared, String fileName,
        String contentType, byte[] fileContent, boolean illegalImagery, String reportReference, boolean shownToMember) {

    /** Evidence the member is not shown until an officer decides otherwise. */
    public EvidenceInput(String url, Platform platform, String capturedText, Instant capturedAt,
            CaptureMethod captureMethod, CaptureForm captureForm, boolean openMethodDeclared, String fileName,
            String contentType, byte[] fileContent, boolean illegalImagery, String reportReference) {
        this(url, platform, capturedText, capturedAt, captureMethod, captureForm, openMethodDeclared, fileName,
                contentType, fileContent, illegalImagery, reportReference, false);
    }

    /** The same evidence, shown to the member of the case (or not). */
    public EvidenceInput withShownToMember(boolean shown) {
        return new EvidenceInput(url, platform, capturedText, capturedAt, captureMethod, captureForm,
                openMethodDeclared, fileName, contentType, fileContent, illegalImagery, reportReference, shown);
    }

    /** A web address and/or captured text, without a file. */
    public static EvidenceInput text(String url, Platform platform, String capturedText, Instant capturedAt,
            CaptureMethod captureMethod, CaptureForm captureForm, boolean openMethodDeclared) {
        return new EvidenceInput(url, platform, capturedText, capturedAt, captureMethod, captureForm,
                openMethodDeclared, null, null, null, false, null);
    }

    /** A file (a screenshot, a saved page, …), with the address it came from if known. */
    public static EvidenceInput file(String url, Platform platform, String fileName, String contentType,
            byte[] fileContent, Instant capturedAt, CaptureMethod captureMethod, CaptureForm captureForm,
            boolean openMethodDeclared) {
        return new EvidenceInput(url, platform, null, capturedAt, captureMethod, captureForm, openMethodDeclared,
                fileName, contentType, fileContent, false, null);
    }

    /**
     * Illegal imagery reported to the IWF / CEOP: only the address (optional) and the report reference; it is never
     * copied, so the only form it may give is {@link CaptureForm#ADDRESS_ONLY}.
     */
    public static EvidenceInput illegalImagery(String url, Platform platform, String reportReference,
            Instant capturedAt, CaptureMethod captureMethod, CaptureForm captureForm, boolean openMethodDeclared) {
        return new EvidenceInput(url, platform, null, capturedAt, captureMethod, captureForm, openMethodDeclared,
                null, null, null, true, reportReference);
    }

    /** Without the captured text and the file's bytes, which must not end up in logs. */
    @Override
    public String toString() {
        return "EvidenceInput[platform=" + platform + ", captureMethod=" + captureMethod + ", captureForm="
                + captureForm + ", capturedAt=" + capturedAt + ", openMethodDeclared=" + openMethodDeclared + ", text="
                + (capturedText == null ? "none" : capturedText.length() + " characters") + ", file="
                + (fileContent == null ? "none" : contentType + ", " + fileContent.length + " bytes")
                + ", illegalImagery=" + illegalImagery + ", shownToMember=" + shownToMember + "]";
    }
}

package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.FileType;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.web.shell.Language;

/**
 * The evidence form: a capture by an open method (LSCB §3), as text, a file, or for illegal imagery only the
 * reference of the report made about it (the imagery itself is never stored).
 */
@Dependent
public class EvidenceForm extends StepForm {

    private static final long serialVersionUID = 1L;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    private EvidenceService evidence;

    private String url;
    private Platform platform;
    private String capturedText;
    private transient Part upload;
    /** As the {@code datetime-local} field sends it, read as UK time; empty means now. */
    private String capturedAt;
    private CaptureMethod captureMethod;
    private CaptureForm captureForm;
    private boolean openMethodDeclared;
    private boolean shownToMember;
    private boolean illegalImagery;
    private String reportReference;

    public void capture() {
        send("evidence", "case.done.evidence", () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            Instant at = capturedAt(problems);
            byte[] content = uploadedBytes(problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            EvidenceInput input;
            if (illegalImagery) {
                input = EvidenceInput.illegalImagery(url, platform, reportReference, at, captureMethod, captureForm,
                        openMethodDeclared);
            } else if (content != null) {
                input = new EvidenceInput(url, platform, capturedText, at, captureMethod, captureForm,
                        openMethodDeclared, fileName(upload), upload.getContentType(), content, false, null);
            } else {
                input = EvidenceInput.text(url, platform, capturedText, at, captureMethod, captureForm,
                        openMethodDeclared);
            }
            evidence.capture(ref(), input.withShownToMember(shownToMember));
            upload = null;
        });
    }

    private Instant capturedAt(Map<String, String> problems) {
        if (capturedAt == null || capturedAt.isBlank()) {
            return Instant.now();
        }
        try {
            return LocalDateTime.parse(capturedAt.strip()).atZone(UK).toInstant();
        } catch (DateTimeParseException e) {
            problems.put("capturedAt", Language.text("officer", "case.error.dateTime"));
            return null;
        }
    }

    private byte[] uploadedBytes(Map<String, String> problems) {
        if (upload == null || upload.getSize() == 0) {
            return null;
        }
        // The domain's cap, checked before the file is read; the service refuses a larger file too.
        if (upload.getSize() > FileType.MAX_BYTES) {
            problems.put("file", Language.text("officer", "case.error.fileTooLarge"));
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(Part part) {
        String name = part.getSubmittedFileName();
        return name == null ? "upload" : name;
    }

    public Platform[] getPlatforms() {
        return Platform.values();
    }

    public CaptureMethod[] getCaptureMethods() {
        return CaptureMethod.values();
    }

    public CaptureForm[] getCaptureForms() {
        return CaptureForm.values();
    }

    public CaptureForm getCaptureForm() {
        return captureForm;
    }

    public void setCaptureForm(CaptureForm captureForm) {
        this.captureForm = captureForm;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Platform getPlatform() {
        return platform;
    }

    public void setPlatform(Platform platform) {
        this.platform = platform;
    }

    public String getCapturedText() {
        return capturedText;
    }

    public void setCapturedText(String capturedText) {
        this.capturedText = capturedText;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getCapturedAt() {
        return capturedAt;
    }

    public void setCapturedAt(String capturedAt) {
        this.capturedAt = capturedAt;
    }

    public CaptureMethod getCaptureMethod() {
        return captureMethod;
    }

    public void setCaptureMethod(CaptureMethod captureMethod) {
        this.captureMethod = captureMethod;
    }

    public boolean isOpenMethodDeclared() {
        return openMethodDeclared;
    }

    public void setOpenMethodDeclared(boolean openMethodDeclared) {
        this.openMethodDeclared = openMethodDeclared;
    }

    public boolean isShownToMember() {
        return shownToMember;
    }

    public void setShownToMember(boolean shownToMember) {
        this.shownToMember = shownToMember;
    }

    public boolean isIllegalImagery() {
        return illegalImagery;
    }

    public void setIllegalImagery(boolean illegalImagery) {
        this.illegalImagery = illegalImagery;
    }

    public String getReportReference() {
        return reportReference;
    }

    public void setReportReference(String reportReference) {
        this.reportReference = reportReference;
    }
}

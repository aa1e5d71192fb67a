package uk.safeguardcases.domain.evidence;

import uk.safeguardcases.domain.cases.PartOfACase;
import uk.safeguardcases.domain.people.AccessScope;
import org.hibernate.annotations.Filter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A piece of evidence on a case (DESIGN.md "The case"): the web address, platform, captured text and/or a
 * file, when it was captured, who captured it and by which open method (LSCB §3), the form its record takes
 * ({@link CaptureForm}: a screenshot, a saved page, an export, …), and the SHA-256 of the stored content (see
 * {@link ContentHash} for exactly what is hashed). Never altered after capture: the entity is immutable, every
 * column is insert-only and there are no mutators.
 *
 * <p>Illegal imagery (indecent images of children) is never stored, neither as a file nor as text: only the
 * fact, the platform, the address if known and the IWF / CEOP report reference are recorded.
 */
@Filter(name = AccessScope.HR_ORGANISATION, deduceAliasInjectionPoints = false,
        condition = "(:organisationId = -1 or {alias}.case_id in (select hr_r.case_id from referral hr_r where hr_r.organisation_id = :organisationId))")
@Filter(name = AccessScope.OWN_CASES, deduceAliasInjectionPoints = false,
        condition = "(:member = '' or {alias}.case_id in (select own_c.id from safeguarding_case own_c join person own_p on own_p.id = own_c.subject_person_id where own_p.username = :member))")
@Entity
@Immutable
@Table(name = "evidence")
public class Evidence extends PartOfACase {

    /** The rule (LSCB §3 on that board), as the product says it when evidence was not gathered by an open method. */
    public static final String OPEN_METHODS_ONLY = "Evidence must be gathered by open methods available"
            + " to any member of the public: no password guessing or subterfuge.";

    /** Said when an officer would accept what is not a reporter's evidence, or without declaring so. */
    public static final String ONLY_SUPPLIED_EVIDENCE_REVIEWED = "Only evidence a reporter supplied is reviewed:"
            + " what the board gathered carries its own declaration.";
    public static final String REVIEW_DECLARATION_MISSING = "Declare that you looked at it and that it was supplied"
            + " by the reporter, not gathered by the board.";

    /** The longest captured text kept (the column's size). */
    public static final int MAX_TEXT_LENGTH = 20_000;


    @Column(updatable = false)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Platform platform;

    @Column(name = "captured_text", updatable = false)
    private String capturedText;

    /** The {@link EvidenceFile} holding the bytes; an id, not an association, so lists never load them. */
    @Column(name = "file_id", updatable = false)
    private Long fileId;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "content_type", updatable = false)
    private String contentType;

    @Column(name = "file_size", updatable = false)
    private Long fileSize;

    @Column(name = "content_sha256", nullable = false, updatable = false)
    private String contentSha256;

    /** When the content was captured; it may be before it was recorded here. */
    @Column(name = "captured_at", nullable = false, updatable = false)
    private Instant capturedAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "captured_by", nullable = false, updatable = false)
    private String capturedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "capture_method", nullable = false, updatable = false)
    private CaptureMethod captureMethod;

    /** The form the record takes; null only for evidence recorded before it was asked for ("not recorded"). */
    @Enumerated(EnumType.STRING)
    @Column(name = "capture_form", updatable = false)
    private CaptureForm captureForm;

    @Column(name = "open_method_declared", nullable = false, updatable = false)
    private boolean openMethodDeclared;

    /** Who supplied it (its provenance); only what the board gathered carries the open-methods declaration. */
    @Enumerated(EnumType.STRING)
    @Column(name = "supplied_by", nullable = false, updatable = false)
    private EvidenceSource suppliedBy;

    @Column(name = "illegal_imagery", nullable = false, updatable = false)
    private boolean illegalImagery;

    @Column(name = "report_reference", updatable = false)
    private String reportReference;

    /** The item's number in its case (1, 2, 3 in the order recorded): the one number people see. */
    @Column(name = "number_in_case", nullable = false, updatable = false)
    private int numberInCase;

    protected Evidence() {
    }

    private Evidence(Long caseId, String url, Platform platform, Instant capturedAt, Instant recordedAt,
            String capturedBy, CaptureMethod captureMethod, CaptureForm captureForm, EvidenceSource suppliedBy,
            boolean openMethodDeclared) {
        super(caseId);
        this.suppliedBy = Objects.requireNonNull(suppliedBy, "suppliedBy");
        if (suppliedBy == EvidenceSource.REPORTER) {
            // Nobody declared how a reporter came by it: no declaration is recorded, and none may be claimed.
            if (openMethodDeclared) {
                throw new IllegalArgumentException("Evidence a reporter supplied carries no open-methods declaration");
            }
        } else if (!openMethodDeclared) {
            throw new IllegalArgumentException(OPEN_METHODS_ONLY);
        }
        this.url = url;
        this.platform = Objects.requireNonNull(platform, "platform");
        this.capturedAt = Objects.requireNonNull(capturedAt, "capturedAt");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.capturedBy = Objects.requireNonNull(capturedBy, "capturedBy");
        this.captureMethod = Objects.requireNonNull(captureMethod, "captureMethod");
        this.captureForm = captureForm;
        this.openMethodDeclared = openMethodDeclared;
    }

    /**
     * Content captured by an open method: a web address, captured text and/or a file (at least one).
     *
     * @param file the saved file (it must already have its id), or null
     * @param fileType the checked type of the file, or null when there is no file
     */
    public static Evidence captured(Long caseId, String url, Platform platform, String capturedText,
            EvidenceFile file, String fileName, FileType fileType, Instant capturedAt, Instant recordedAt,
            String capturedBy, CaptureMethod captureMethod, CaptureForm captureForm, boolean openMethodDeclared) {
        return captured(caseId, url, platform, capturedText, file, fileName, fileType, capturedAt, recordedAt,
                capturedBy, captureMethod, captureForm, EvidenceSource.OFFICER, openMethodDeclared);
    }

    /** As above, from the given source: the board's officer or tool, or the member (each declaring open methods). */
    public static Evidence captured(Long caseId, String url, Platform platform, String capturedText,
            EvidenceFile file, String fileName, FileType fileType, Instant capturedAt, Instant recordedAt,
            String capturedBy, CaptureMethod captureMethod, CaptureForm captureForm, EvidenceSource source,
            boolean openMethodDeclared) {
        if (source == EvidenceSource.REPORTER) {
            throw new IllegalArgumentException("A reporter's evidence is supplied, not captured: see suppliedByReporter");
        }
        return withContent(new Evidence(caseId, url, platform, capturedAt, recordedAt, capturedBy, captureMethod,
                captureForm, source, openMethodDeclared), capturedText, file, fileName, fileType, url);
    }

    /**
     * What a reporter sent on the board's public page (a web address or a file): kept as supplied by them, not
     * gathered by the board, so no open-methods declaration is recorded; it waits for an officer's review before it
     * may reach the member or the HR partner ({@link #mayReachMemberOrHr}).
     */
    public static Evidence suppliedByReporter(Long caseId, String url, Platform platform, EvidenceFile file,
            String fileName, FileType fileType, Instant suppliedAt, Instant recordedAt, String recordedBy,
            CaptureForm captureForm) {
        return withContent(new Evidence(caseId, url, platform, suppliedAt, recordedAt, recordedBy,
                CaptureMethod.PROVIDED_BY_COMPLAINANT, captureForm, EvidenceSource.REPORTER, false), null, file,
                fileName, fileType, url);
    }

    private static Evidence withContent(Evidence evidence, String capturedText, EvidenceFile file, String fileName,
            FileType fileType, String url) {
        requireCaptureForm(evidence.captureForm, capturedText != null || file != null, false);
        evidence.capturedText = capturedText;
        if (file != null) {
            if (file.id() == null) {
                throw new IllegalStateException("Save the file before the evidence that refers to it");
            }
            evidence.fileId = file.id();
            evidence.fileName = Objects.requireNonNull(fileName, "fileName");
            evidence.contentType = Objects.requireNonNull(fileType, "fileType").contentType();
            evidence.fileSize = file.size();
            evidence.contentSha256 = file.contentSha256();
        } else {
            evidence.contentSha256 = ContentHash.ofEvidence(null, capturedText, url, null);
        }
        return evidence;
    }

    /**
     * Illegal imagery was found and reported to the IWF (or CEOP): only the fact, the platform, the address
     * (optional) and the report reference are recorded; the hash is the address's, else the reference's.
     */
    public static Evidence illegalImageryReported(Long caseId, String url, Platform platform,
            String reportReference, Instant capturedAt, Instant recordedAt, String capturedBy,
            CaptureMethod captureMethod, CaptureForm captureForm, boolean openMethodDeclared) {
        if (reportReference == null || reportReference.isBlank()) {
            throw new IllegalArgumentException("Illegal imagery is recorded with its IWF / CEOP report reference");
        }
        requireCaptureForm(captureForm, false, true);
        Evidence evidence = new Evidence(caseId, url, platform, capturedAt, recordedAt, capturedBy, captureMethod,
                captureForm, EvidenceSource.OFFICER, openMethodDeclared);
        evidence.illegalImagery = true;
        evidence.reportReference = reportReference;
        evidence.contentSha256 = ContentHash.ofEvidence(null, null, url, reportReference);
        return evidence;
    }

    /** New evidence says how it was captured, in agreement with what is kept ({@link CaptureForm#problem}). */
    private static void requireCaptureForm(CaptureForm form, boolean copyKept, boolean illegalImagery) {
        CaptureForm.problem(form, copyKept, illegalImagery).ifPresent(problem -> {
            throw new IllegalArgumentException("Capture form " + form + ": " + problem);
        });
    }

    /**
     * Gives the item its number in the case before it is saved; once only. The caller holds the board's chain
     * (see {@code TimelineService.holdChain}) so that two items of one case never take the same number.
     */
    public Evidence numbered(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Evidence is numbered from 1");
        }
        if (numberInCase != 0) {
            throw new IllegalStateException("Evidence " + numberInCase + " is already numbered");
        }
        this.numberInCase = number;
        return this;
    }

    public int numberInCase() {
        return numberInCase;
    }

    /** Whether an officer must look at it before it may reach the member or the HR partner. */
    public boolean needsReview() {
        return suppliedBy.needsReview();
    }

    /**
     * An officer looked at what a reporter supplied and accepts it as supplied (no open-methods declaration is made
     * for it: the board did not gather it). Only a reporter's evidence is reviewed, and only with that declaration.
     */
    public EvidenceReview reviewedBy(String officer, Instant at, boolean declaredLookedAtAndSupplied) {
        if (!needsReview()) {
            throw new IllegalArgumentException(ONLY_SUPPLIED_EVIDENCE_REVIEWED);
        }
        if (!declaredLookedAtAndSupplied) {
            throw new IllegalArgumentException(REVIEW_DECLARATION_MISSING);
        }
        return new EvidenceReview(id(), officer, at);
    }

    /**
     * The rule for what the member and the HR partner may be given: what the board gathered (or the member gave)
     * always may, by the board's other rules; what a reporter supplied only once this review of it was made.
     *
     * @param review its review, or null when there is none
     */
    public boolean mayReachMemberOrHr(EvidenceReview review) {
        return !needsReview() || review != null && review.evidenceId() != null && review.evidenceId().equals(id());
    }

    public EvidenceSource suppliedBy() {
        return suppliedBy;
    }

    /** Whether these bytes are the file captured with this evidence (their SHA-256 is the one recorded). */
    public boolean isCapturedFile(byte[] content) {
        return fileId != null && content != null && ContentHash.sha256Hex(content).equals(contentSha256);
    }



    public String url() {
        return url;
    }

    public Platform platform() {
        return platform;
    }

    public String capturedText() {
        return capturedText;
    }

    public boolean hasFile() {
        return fileId != null;
    }

    public Long fileId() {
        return fileId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public Long fileSize() {
        return fileSize;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public Instant capturedAt() {
        return capturedAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String capturedBy() {
        return capturedBy;
    }

    public CaptureMethod captureMethod() {
        return captureMethod;
    }

    /** How it was captured (the form of the record), or null for evidence recorded before it was asked for. */
    public CaptureForm captureForm() {
        return captureForm;
    }

    public boolean openMethodDeclared() {
        return openMethodDeclared;
    }

    public boolean illegalImagery() {
        return illegalImagery;
    }

    public String reportReference() {
        return reportReference;
    }
}

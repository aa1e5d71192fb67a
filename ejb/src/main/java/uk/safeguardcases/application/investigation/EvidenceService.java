package uk.safeguardcases.application.investigation;

import java.time.Clock;
import uk.safeguardcases.domain.board.PolicyCitation;
import uk.safeguardcases.domain.audit.ReadKind;
import uk.safeguardcases.application.audit.ReadAudit;
import uk.safeguardcases.domain.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.people.PeopleNames;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.domain.api.ApiKey;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.Visibility;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Evidence;
import uk.safeguardcases.domain.evidence.EvidenceDisclosure;
import uk.safeguardcases.domain.evidence.EvidenceFile;
import uk.safeguardcases.domain.evidence.EvidenceRecorded;
import uk.safeguardcases.domain.evidence.EvidenceRecords;
import uk.safeguardcases.domain.evidence.EvidenceReview;
import uk.safeguardcases.domain.evidence.EvidenceSource;
import uk.safeguardcases.domain.evidence.EvidenceTamperedException;
import uk.safeguardcases.domain.evidence.EvidenceUrl;
import uk.safeguardcases.domain.evidence.FileNames;
import uk.safeguardcases.domain.evidence.FileType;
import uk.safeguardcases.domain.evidence.UploadedFileCheck;
import uk.safeguardcases.domain.evidence.SuppliedEvidenceReviewed;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * Gathering evidence (DESIGN.md step 4), by open methods only (LSCB §3). Evidence is captured by the case's
 * board's officers, seen by its officers and seniors, and never changed afterwards: each piece carries the
 * SHA-256 of its stored content, written to the (chained) timeline as well, and a file is checked against it
 * every time it is read.
 */
@Stateless
public class EvidenceService {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());

    /** Clocks differ: a capture time up to this far ahead of the server's is accepted. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReadAudit reads;

    @Inject
    private EvidenceRecords evidenceRecords;

    @Inject
    private CaseLookup cases;

    @Inject
    private CaseTasks tasks;

    @Inject
    private TimelineService timeline;

    @Inject
    private MemberRequests memberRequests;

    @Inject
    private Event<EvidenceRecorded> evidenceRecorded;

    @Inject
    private Event<SuppliedEvidenceReviewed> suppliedReviewed;

    /** The officer has gathered the evidence; the member is then asked to remove the content. */
    public void finishGathering(String reference, String summary) {
        finishGathering(reference, summary, false);
    }

    /** As above; {@code internal} keeps the summary from the HR partner (see {@link Visibility}). */
    public void finishGathering(String reference, String summary, boolean internal) {
        CallerContext.require(Role.OFFICER);
        Map<String, String> problems = new LinkedHashMap<>();
        String text = Inputs.text(problems, "summary", summary, 4000, Texts.text("gathering.summary.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        timeline.recordNote(safeguardingCase.id(), AuditAction.EVIDENCE_GATHERED, text, internal);
        tasks.complete(safeguardingCase, InvestigationProcess.GATHER_EVIDENCE_TASK, Texts.text("step.gatheringEvidence"), Map.of());
    }

    /**
     * Records a piece of evidence on an open case of the caller's board. Every problem with the input is
     * reported at once, field by field; nothing is stored unless all is well. Illegal imagery is never
     * stored: only the fact, the address if known and the IWF / CEOP report reference.
     */
    public EvidenceView capture(String reference, EvidenceInput input) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.MEMBER);
        EvidenceSource source = !caller.has(Role.OFFICER) ? EvidenceSource.MEMBER
                : caller.username().startsWith(ApiKey.MACHINE_PREFIX) ? EvidenceSource.MONITORING_TOOL
                : EvidenceSource.OFFICER;
        return record(caller, reference, input, source);
    }

    /**
     * Records what a reporter sent on the board's public page (a web address or a file), as the page's own caller:
     * supplied by the reporter, not gathered by the board, so no open-methods declaration is asked for or recorded
     * (the input's is ignored). It waits for an officer's {@link #review} before it may reach the member or the HR
     * partner, and the timeline's entry for it is the board's own.
     */
    public EvidenceView supplyFromReporter(String reference, EvidenceInput input) {
        Caller caller = CallerContext.require(Role.OFFICER);
        return record(caller, reference, input, EvidenceSource.REPORTER);
    }

    /**
     * An officer of the case's board looked at evidence a reporter supplied and accepts it as supplied, not gathered
     * by the board (the declaration they make; four eyes are not needed). Recorded on the timeline, the board's own.
     * Then, by the board's usual rules, it may be shown to the member and is in the HR partner's pack.
     *
     * @throws NotFoundException when the case is not on the caller's board or the evidence not on the case
     */
    public EvidenceView review(String reference, long evidenceId, boolean declaredLookedAtAndSupplied) {
        Caller caller = CallerContext.require(Role.OFFICER);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        Evidence evidence = evidenceOnCase(safeguardingCase, evidenceId);
        EvidenceReview earlier = reviewOf(evidence.id());
        if (earlier != null) {
            throw TaskAlreadyDoneException.doneBy(Texts.text("evidence.review.step", evidence.numberInCase()),
                    safeguardingCase.reference(), PeopleNames.describedToCaller(earlier.reviewedBy()),
                    earlier.reviewedAt());
        }
        EvidenceReview review;
        try {
            review = evidence.reviewedBy(caller.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
                    declaredLookedAtAndSupplied);
        } catch (IllegalArgumentException e) {
            String problem = Evidence.REVIEW_DECLARATION_MISSING.equals(e.getMessage())
                    ? Texts.text("evidence.review.declare") : Texts.text("evidence.review.onlySupplied");
            throw new InvalidInputException(Map.of("reviewDeclared", problem));
        }
        em.persist(review);
        suppliedReviewed.fire(new SuppliedEvidenceReviewed(safeguardingCase.id(), evidence, review, "Evidence "
                + evidence.numberInCase() + ": looked at by the officer and accepted as supplied by the reporter,"
                + " not gathered by the board"));
        return EvidenceView.of(evidence, shownIds(safeguardingCase).contains(evidence.id()), review);
    }

    private EvidenceView record(Caller caller, String reference, EvidenceInput input, EvidenceSource source) {
        if (input == null) {
            throw new InvalidInputException(Map.of("evidence", Texts.text("evidence.missing")));
        }
        boolean supplied = source == EvidenceSource.REPORTER;
        boolean fromMember = source == EvidenceSource.MEMBER;
        if (fromMember && (input.illegalImagery() || input.captureMethod() != CaptureMethod.PROVIDED_BY_MEMBER)) {
            // A member gives proof of their own compliance; they never report or upload anything else.
            throw new AccessRefusedException(Texts.text("evidence.memberProofOnly"));
        }
        Instant now = Instant.now(clock);
        Map<String, String> problems = new LinkedHashMap<>();

        String url = Inputs.text(problems, "url", input.url(), EvidenceUrl.MAX_LENGTH, null);
        if (!url.isEmpty()) {
            EvidenceUrl.problem(url).ifPresent(problem -> problems.putIfAbsent("url",
                    Texts.text("evidenceUrl." + problem.name(), EvidenceUrl.MAX_LENGTH)));
        }
        if (input.platform() == null) {
            problems.put("platform", Texts.text("evidence.platform.missing"));
        }
        String text = capturedText(problems, input.capturedText());
        byte[] bytes = input.fileContent();
        boolean hasFile = bytes != null;
        if (input.capturedAt() == null) {
            problems.put("capturedAt", Texts.text("evidence.capturedAt.missing"));
        } else if (input.capturedAt().isAfter(now.plus(CLOCK_SKEW))) {
            problems.put("capturedAt", Texts.text("evidence.capturedAt.future"));
        }
        if (input.captureMethod() == null) {
            problems.put("captureMethod", Texts.text("evidence.captureMethod.missing"));
        }
        if (!supplied && !input.openMethodDeclared()) {
            problems.put("openMethodDeclared", Texts.text("evidence.openMethodsOnly",
                    PolicyCitation.OPEN_METHODS_ONLY.inBrackets(CallerContext.current().tenantId())));
        }

        CaptureForm.problem(input.captureForm(), !input.illegalImagery() && (text != null || hasFile),
                input.illegalImagery()).ifPresent(problem -> problems.put("captureForm",
                        Texts.text("evidence.captureForm." + problem.name())));

        String reportReference;
        FileType fileType = null;
        String fileName = null;
        if (supplied && (input.illegalImagery() || input.shownToMember())) {
            throw new AccessRefusedException(Texts.text("evidence.memberProofOnly"));
        }
        if (input.illegalImagery()) {
            if (input.shownToMember()) {
                problems.put("shownToMember", Texts.text("evidence.illegalImageryNeverShown"));
            }
            if (hasFile) {
                problems.put("file", Texts.text("evidence.illegalImagesNotUploaded"));
            }
            if (text != null) {
                problems.put("capturedText", Texts.text("evidence.illegalImagesNotUploaded"));
            }
            reportReference = Inputs.text(problems, "reportReference", input.reportReference(), 100,
                    Texts.text("evidence.reportReference.missing"));
        } else {
            reportReference = Inputs.text(problems, "reportReference", input.reportReference(), 100, null);
            if (!reportReference.isEmpty()) {
                problems.put("reportReference", Texts.text("evidence.reportReference.notIllegal"));
            }
            if (url.isEmpty() && text == null && !hasFile) {
                problems.put("evidence", Texts.text("evidence.nothing"));
            }
            if (hasFile) {
                fileType = fileType(problems, input.contentType(), bytes);
                fileName = fileName(problems, input.fileName(), fileType);
            }
        }
        Inputs.check(problems);

        SafeguardingCase safeguardingCase = cases.forCaller(caller, reference);
        if (safeguardingCase.status() == CaseStatus.CLOSED) {
            throw new InvalidInputException(Map.of("reference", Texts.text("evidence.caseClosed",
                    safeguardingCase.reference())));
        }
        // Kept to the microsecond, as every database we run on stores it: what is shown is what is stored.
        Instant capturedAt = input.capturedAt().truncatedTo(ChronoUnit.MICROS);
        Instant recordedAt = now.truncatedTo(ChronoUnit.MICROS);
        String storedUrl = url.isEmpty() ? null : url;
        Evidence evidence;
        String what;
        if (input.illegalImagery()) {
            evidence = Evidence.illegalImageryReported(safeguardingCase.id(), storedUrl, input.platform(),
                    reportReference, capturedAt, recordedAt, caller.username(), input.captureMethod(),
                    input.captureForm(), true);
            what = "illegal imagery reported (IWF / CEOP reference " + reportReference + "); no image or text kept";
        } else {
            EvidenceFile file = null;
            if (hasFile) {
                file = EvidenceFile.of(bytes);
                em.persist(file);
            }
            evidence = supplied
                    ? Evidence.suppliedByReporter(safeguardingCase.id(), storedUrl, input.platform(), file, fileName,
                            fileType, capturedAt, recordedAt, caller.username(), input.captureForm())
                    : Evidence.captured(safeguardingCase.id(), storedUrl, input.platform(), text, file, fileName,
                            fileType, capturedAt, recordedAt, caller.username(), input.captureMethod(),
                            input.captureForm(), source, true);
            what = describe(storedUrl, text, fileType, hasFile ? bytes.length : 0);
        }
        timeline.holdChain();
        evidence.numbered(1 + em.createQuery("select coalesce(max(e.numberInCase), 0) from Evidence e"
                        + " where e.caseId = :caseId", Integer.class)
                .setParameter("caseId", safeguardingCase.id()).getSingleResult());
        em.persist(evidence);
        // The member always sees the proof they gave; what an officer captures only when the officer says so.
        boolean shown = fromMember || input.shownToMember();
        em.persist(EvidenceDisclosure.decide(evidence, shown, caller.username(), recordedAt));
        // No captured text, address or file name here: the timeline holds no personal data of the evidence. A
        // report to the IWF / CEOP is the board's and those agencies' business, so that entry is the board's only.
        // A reporter's evidence is the board's alone until an officer reviewed it: no declaration is recorded for it,
        // and its entry is the reporter's process's own (it observes the evidence recorded).
        String entry = "Evidence " + evidence.numberInCase() + ": " + input.platform().label() + "; "
                + evidence.captureMethod().label() + "; " + evidence.captureForm().label() + "; " + what + "; SHA-256 "
                + evidence.contentSha256() + "; "
                + (supplied ? "supplied by the reporter, not gathered by the board; not yet reviewed"
                        : shown ? "shown to the member" : "not shown to the member");
        if (!supplied) {
            timeline.record(safeguardingCase.id(), input.illegalImagery() ? AuditAction.ILLEGAL_IMAGERY_REPORTED
                    : AuditAction.EVIDENCE_CAPTURED, entry);
        }
        evidenceRecorded.fire(new EvidenceRecorded(safeguardingCase.id(), evidence, entry));
        return EvidenceView.of(evidence, shown, null);
    }

    /**
     * The officer decides whether the member of the case is shown a piece of evidence in the portal (a report of
     * illegal imagery never is). Recorded on the case's timeline; nothing is written when nothing changes.
     *
     * @return the evidence as it now is
     */
    public EvidenceView changeShownToMember(String reference, long evidenceId, boolean shown) {
        Caller caller = CallerContext.require(Role.OFFICER);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        Evidence evidence = evidenceOnCase(safeguardingCase, evidenceId);
        if (shown && evidence.illegalImagery()) {
            throw new InvalidInputException(Map.of("shownToMember", Texts.text("evidence.illegalImageryNeverShown")));
        }
        EvidenceReview review = reviewOf(evidence.id());
        if (shown && !evidence.mayReachMemberOrHr(review)) {
            throw new InvalidInputException(Map.of("shownToMember", Texts.text("evidence.reviewFirst")));
        }
        EvidenceDisclosure disclosure = disclosureOf(evidence.id());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        boolean changed;
        if (disclosure == null) {
            em.persist(EvidenceDisclosure.decide(evidence, shown, caller.username(), now));
            changed = true;
        } else {
            changed = disclosure.change(evidence, shown, caller.username(), now);
        }
        if (changed) {
            timeline.record(safeguardingCase.id(), shown ? AuditAction.EVIDENCE_SHOWN_TO_MEMBER
                    : AuditAction.EVIDENCE_NO_LONGER_SHOWN, "Evidence " + evidence.numberInCase());
        }
        return EvidenceView.of(evidence, shown, review);
    }

    /** The evidence on a case of the caller's board, in the order it was captured. Never the files' bytes. */
    public List<EvidenceView> evidenceOf(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase safeguardingCase = cases.toRead(reference);
        Set<Long> shownIds = Set.copyOf(shownIds(safeguardingCase));
        Map<Long, EvidenceReview> reviews = reviewsOf(safeguardingCase);
        return evidenceRecords.ofCase(safeguardingCase.id()).stream()
                .map(e -> EvidenceView.of(e, shownIds.contains(e.id()), reviews.get(e.id()))).toList();
    }

    /**
     * The evidence the member of a case is shown: once the board has sent them a request on the case, the pieces
     * the board chose to show them (what was captured, where and when) and any proof they gave; never a report of
     * illegal imagery, which only the board and the IWF / CEOP deal with. Nothing before a request is sent.
     *
     * @throws NotFoundException when the case is not about the calling member, or no request was sent on it
     */
    public List<EvidenceShownToMember> evidenceShownToMember(String reference) {
        SafeguardingCase safeguardingCase = memberCase(reference);
        return shownToMember(safeguardingCase).stream().map(EvidenceService::memberView).toList();
    }

    /**
     * The file of a piece of evidence shown to the member of the case (see {@link #evidenceShownToMember}),
     * checked against the SHA-256 recorded at capture.
     *
     * @throws NotFoundException when the case is not about the calling member, or the evidence is not shown to
     *         them or has no file
     */
    public byte[] fileShownToMember(String reference, long evidenceId) {
        SafeguardingCase safeguardingCase = memberCase(reference);
        Evidence evidence = shownToMember(safeguardingCase).stream()
                .filter(e -> e.id() == evidenceId && e.hasFile()).findFirst()
                .orElseThrow(() -> new NotFoundException(Texts.text("notFound.evidenceFileForYou",
                        String.valueOf(evidenceId), safeguardingCase.reference())));
        byte[] content = checkedFile(safeguardingCase, evidence);
        reads.record(ReadKind.EVIDENCE_FILE_VIEWED, safeguardingCase.id(), safeguardingCase.reference(), evidenceId);
        return content;
    }

    private SafeguardingCase memberCase(String reference) {
        Caller caller = CallerContext.require(Role.MEMBER);
        if (caller.has(Role.OFFICER)) {
            // The member's rule must hold for everyone who uses the portal, whatever else they may do.
            caller = new Caller(caller.username(), caller.displayName(), caller.tenantId(), Set.of(Role.MEMBER),
                    caller.organisationId(), caller.language());
        }
        SafeguardingCase safeguardingCase = cases.forCaller(caller, reference);
        if (memberRequests.of(safeguardingCase.id(), RequestKind.REMOVAL).isEmpty()
                && memberRequests.of(safeguardingCase.id(), RequestKind.COOPERATION).isEmpty()) {
            throw new NotFoundException(Texts.text("notFound.requestForYou", reference));
        }
        return safeguardingCase;
    }

    private List<Evidence> shownToMember(SafeguardingCase safeguardingCase) {
        Map<Long, EvidenceReview> reviews = reviewsOf(safeguardingCase);
        return em.createQuery("select e from Evidence e join EvidenceDisclosure d on d.evidenceId = e.id"
                        + " where e.caseId = :caseId and d.shownToMember = true and e.illegalImagery = false"
                        + " order by e.capturedAt, e.id", Evidence.class)
                .setParameter("caseId", safeguardingCase.id())
                .getResultStream().filter(e -> e.mayReachMemberOrHr(reviews.get(e.id()))).toList();
    }

    /** The reviews of a case's evidence a reporter supplied, by the evidence's id. */
    private Map<Long, EvidenceReview> reviewsOf(SafeguardingCase safeguardingCase) {
        return evidenceRecords.reviewsOnCase(safeguardingCase.id()).stream()
                .collect(java.util.stream.Collectors.toMap(EvidenceReview::evidenceId, r -> r));
    }

    private EvidenceReview reviewOf(long evidenceId) {
        return em.find(EvidenceReview.class, evidenceId);
    }

    private List<Long> shownIds(SafeguardingCase safeguardingCase) {
        return evidenceRecords.shownToMemberOnCase(safeguardingCase.id());
    }

    private EvidenceDisclosure disclosureOf(long evidenceId) {
        return em.createQuery("select d from EvidenceDisclosure d where d.evidenceId = :id", EvidenceDisclosure.class)
                .setParameter("id", evidenceId).getResultStream().findFirst().orElse(null);
    }

    private static EvidenceShownToMember memberView(Evidence e) {
        return new EvidenceShownToMember(e.id(), e.url(), e.platform(), e.capturedText(), e.capturedAt(),
                e.captureMethod() == CaptureMethod.PROVIDED_BY_MEMBER, e.fileName(), e.fileSize(), e.contentType());
    }

    /**
     * The file captured with a piece of evidence, checked against the SHA-256 recorded at capture.
     *
     * @throws NotFoundException when the case is not on the caller's board, or the evidence is not on the case
     *         or has no file (text only, or illegal imagery, which is never stored)
     * @throws EvidenceTamperedException (an {@link IllegalStateException}) when the stored bytes are not those
     *         captured: they were changed or removed behind the product's back
     */
    public byte[] fileOf(String reference, long evidenceId) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        Evidence evidence = evidence(safeguardingCase, evidenceId).filter(Evidence::hasFile)
                .orElseThrow(() -> new NotFoundException(Texts.text("notFound.evidenceFile", String.valueOf(evidenceId),
                        safeguardingCase.reference())));
        byte[] content = checkedFile(safeguardingCase, evidence);
        reads.record(ReadKind.EVIDENCE_FILE_VIEWED, safeguardingCase.id(), safeguardingCase.reference(), evidenceId);
        return content;
    }

    private byte[] checkedFile(SafeguardingCase safeguardingCase, Evidence evidence) {
        long evidenceId = evidence.id();
        Optional<EvidenceFile> file = em.createQuery("select f from EvidenceFile f where f.id = :id",
                        EvidenceFile.class)
                .setParameter("id", evidence.fileId()).getResultStream().findFirst();
        byte[] content = file.map(EvidenceFile::content).orElse(null);
        file.ifPresent(em::detach);
        if (!evidence.isCapturedFile(content)) {
            LOG.severe(() -> "Evidence " + evidenceId + " on case " + safeguardingCase.reference()
                    + ": the stored file does not match the SHA-256 recorded at capture");
            throw new EvidenceTamperedException("The file of evidence " + evidenceId + " on case "
                    + safeguardingCase.reference() + " is not the one captured: its SHA-256 no longer matches "
                    + evidence.contentSha256() + ". It has been changed since it was captured.");
        }
        return content;
    }

    /** The evidence {@code evidenceId} of the case, or not found (another case's, another board's, none). */
    private Evidence evidenceOnCase(SafeguardingCase safeguardingCase, long evidenceId) {
        return evidence(safeguardingCase, evidenceId).orElseThrow(() -> new NotFoundException(Texts.text(
                "notFound.evidence", String.valueOf(evidenceId), safeguardingCase.reference())));
    }

    private Optional<Evidence> evidence(SafeguardingCase safeguardingCase, long evidenceId) {
        return em.createQuery("select e from Evidence e where e.id = :id and e.caseId = :caseId", Evidence.class)
                .setParameter("id", evidenceId).setParameter("caseId", safeguardingCase.id())
                .getResultStream().findFirst();
    }

    /** The captured text exactly as given (it is hashed as stored), or null when there is none. */
    private static String capturedText(Map<String, String> problems, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > Evidence.MAX_TEXT_LENGTH) {
            problems.put("capturedText", Texts.text("evidence.capturedText.tooLong", Evidence.MAX_TEXT_LENGTH));
        } else if (text.indexOf('\u0000') >= 0 || !StandardCharsets.UTF_8.newEncoder().canEncode(text)) {
            problems.put("capturedText", Texts.text("evidence.capturedText.unstorable"));
        }
        return text;
    }

    /** The file checked by the one rule every uploader's file passes ({@link UploadedFileCheck}). */
    private static FileType fileType(Map<String, String> problems, String declared, byte[] bytes) {
        UploadedFileCheck.Verdict verdict = UploadedFileCheck.check(declared, bytes);
        verdict.refused().ifPresent(refusal -> problems.put(UploadRefusals.field(refusal),
                UploadRefusals.text(verdict, declared)));
        return verdict.accepted() ? verdict.type() : null;
    }

    private static String fileName(Map<String, String> problems, String given, FileType type) {
        String name = FileNames.withoutPath(given);
        if (name.isEmpty()) {
            return type == null ? null : "evidence." + type.extension();
        }
        if (name.length() > FileNames.MAX_LENGTH) {
            problems.put("fileName", Texts.text("evidence.fileName.tooLong", FileNames.MAX_LENGTH));
        }
        return name;
    }

    private static String describe(String url, String text, FileType fileType, int size) {
        StringBuilder what = new StringBuilder();
        if (fileType != null) {
            what.append("file (").append(fileType.contentType()).append(", ").append(String.format("%,d", size))
                    .append(size == 1 ? " byte)" : " bytes)");
        }
        if (text != null) {
            what.append(what.length() == 0 ? "" : " and ").append("captured text (")
                    .append(String.format("%,d", text.length()))
                    .append(text.length() == 1 ? " character)" : " characters)");
        }
        if (what.length() == 0 && url != null) {
            what.append("web address only");
        }
        return what.toString();
    }
}
